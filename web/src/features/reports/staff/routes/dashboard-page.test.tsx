import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../../test/factories.ts'
import { sessionHandler } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import { dashboardHandler, signedInAs } from '../../test/handlers.ts'

/** The figures of a summary list, each as its term and value. */
function termsOf(element: HTMLElement) {
  return within(element)
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextElementSibling?.textContent])
}

/** A table's rows, each as the text of its cells. */
function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.children].map((cell) => cell.textContent))
}

/** The pages and the chart load as chunks of their own: on a busy machine that takes a while. */
const loading = { timeout: 10_000 }

describe('the reports dashboard', { timeout: 30_000 }, () => {
  it('shows the service now: the figures, open requests by status and tier, and upcoming groups', async () => {
    server.use(...signedInAs('team_manager'), dashboardHandler())
    renderRoute('/reports')

    await screen.findByRole('heading', { level: 1, name: 'Reports' }, loading)
    expect(document.title).toBe('Reports – Adoption support')
    expect(
      screen.getByText(
        'Figures as at 3 October 2026 at 2:05pm. Money is for the financial year 2026 to 2027.',
      ),
    ).toBeInTheDocument()
    // Counts with thousands separated; money in pounds, with pence only where there are some.
    expect(termsOf(screen.getByRole('main'))).toEqual([
      ['Requests overdue against the standards', '7'],
      ['Allocated support cases', '59'],
      ['Families supported through duty', '1,204'],
      ['Fund money applied for this financial year', '£49,798.75'],
      ['Fund money approved this financial year', '£28,386'],
    ])

    const table = screen.getByRole('table', { name: 'Open requests by status and tier' })
    expect(rowsOf(table)).toEqual([
      [
        'Status',
        'Not triaged',
        'Tier 1: Information and advice',
        'Tier 2: Duty support',
        'Tier 3: Allocated case',
        'Total',
      ],
      ['New', '12', '0', '0', '0', '12'],
      ['Duty support', '0', '3', '21', '0', '24'],
      ['Allocated', '0', '0', '2', '57', '59'],
      ['Total', '12', '3', '23', '57', '95'],
    ])
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['New', 'Duty support', 'Allocated', 'Total'])
    const totalRow = within(table).getByRole('row', { name: /^Total 12/ })
    for (const cell of within(totalRow).getAllByRole('cell')) {
      expect(cell).toHaveClass('govuk-table__cell--numeric', 'govuk-!-font-weight-bold')
    }

    const groups = screen.getByRole('table', {
      name: 'Upcoming groups and training, with places left',
    })
    expect(rowsOf(groups)).toEqual([
      ['Event', 'Date', 'Places left', 'Places'],
      ['Therapeutic parenting: understanding behaviour', '14 October 2026', '4', '16'],
      // London's date, not the UTC one.
      ['Teen talk group', '1 November 2026', '0', '12'],
    ])
  })

  it('links to every report', async () => {
    server.use(...signedInAs('data_analyst'), dashboardHandler())
    renderRoute('/reports')

    await screen.findByRole('heading', { level: 2, name: 'Reports for a period' }, loading)
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Contacts to the support and advice line', '/reports/contacts'],
      ['Caseload', '/reports/caseload'],
      ['Adoption Support Fund', '/reports/asf'],
      ['Letterbox', '/reports/letterbox'],
      ['Groups and training', '/reports/groups'],
      ['Birth relative support referrals', '/reports/birth-relative-referrals'],
      ['Feedback from families and birth relatives', '/reports/feedback'],
    ])
  })

  it('hides the chart from assistive technology: the table beside it has every figure', async () => {
    server.use(...signedInAs('team_manager'), dashboardHandler())
    const { container } = renderRoute('/reports')

    await screen.findByRole('heading', { level: 1, name: 'Reports' }, loading)
    const chart = container.querySelector('.app-report-chart')
    expect(chart).toHaveAttribute('aria-hidden', 'true')
    // The chart library loads on its own, after the page.
    await waitFor(() => {
      expect(chart?.querySelector('svg')).not.toBeNull()
    }, loading)
    // Nothing in it takes focus from the keyboard (axe's aria-hidden-focus).
    expect(
      chart?.querySelectorAll('a, button, input, [tabindex]:not([tabindex="-1"])'),
    ).toHaveLength(0)
    expect(screen.getByRole('table', { name: 'Open requests by status and tier' })).toBeVisible()
  })

  it('is not for support workers', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'support_worker' } })))
    renderRoute('/reports')
    expect(
      await screen.findByRole(
        'heading',
        {
          level: 1,
          name: 'You do not have permission to view this page',
        },
        loading,
      ),
    ).toBeInTheDocument()
  })
})
