import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localAuthorities } from '../../../../test/factories.ts'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildAsfReport, buildContactsReport, now } from '../../test/factories.ts'
import { reportHandler, signedInAs } from '../../test/handlers.ts'

/** A table's rows, each as the text of its cells. */
function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.children].map((cell) => cell.textContent))
}

const quarter = `?period=quarter&financialYear=2026&quarter=2&localAuthorityId=${localAuthorities.coventry.id}`

/** The pages and the chart load as chunks of their own: on a busy machine that takes a while. */
const loading = { timeout: 10_000 }

describe('a report', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(now)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the current financial year for every local authority until another is chosen', async () => {
    const contacts = reportHandler(buildContactsReport())
    server.use(...signedInAs('data_analyst'), contacts.handler)
    renderRoute('/reports/contacts')

    await screen.findByRole(
      'heading',
      { level: 1, name: 'Contacts to the support and advice line' },
      loading,
    )
    expect(document.title).toBe('Contacts to the support and advice line – Adoption support')
    expect(contacts.asked).toEqual(['?period=financial_year&financialYear=2026'])
    const period = screen.getByRole('group', { name: 'Period' })
    expect(within(period).getByRole('radio', { name: 'Financial year' })).toBeChecked()
    const year = within(document.getElementById('conditional-period')!).getByRole('combobox', {
      name: 'Financial year',
    })
    expect(year).toHaveValue('2026')
    expect(
      within(year)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['2026 to 2027', '2025 to 2026', '2024 to 2025'])
    expect(
      within(screen.getByRole('combobox', { name: 'Local authority' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'All local authorities',
      'Coventry City Council',
      'Solihull Metropolitan Borough Council',
    ])
    expect(screen.getByRole('combobox', { name: 'Local authority' })).toHaveValue('')
  })

  it('shows each table with its total row, the rolling 12 months and the notes', async () => {
    const contacts = reportHandler(buildContactsReport())
    server.use(...signedInAs('team_manager'), contacts.handler)
    renderRoute(`/reports/contacts${quarter}`)

    await screen.findByRole(
      'heading',
      {
        level: 2,
        name: 'Quarter 2 of 2026 to 2027: July to September 2026',
      },
      loading,
    )
    expect(contacts.asked).toEqual([quarter])
    expect(
      screen.getByText('For all local authorities, from 1 July 2026 to 30 September 2026.'),
    ).toBeInTheDocument()

    const table = screen.getByRole('table', { name: 'Contacts by local authority and month' })
    expect(rowsOf(table)).toEqual([
      [
        'Local authority',
        'July 2026',
        'August 2026',
        'September 2026',
        'Total',
        'Went on to an advice call',
        'Average working days from enquiry to call',
      ],
      ['Coventry City Council', '14', '9', '1,021', '1,044', '12', '3.5'],
      // An average of no calls is no figure at all.
      ['Solihull Metropolitan Borough Council', '3', '0', '2', '5', '0', '–No figure'],
      ['Total', '17', '9', '1,023', '1,049', '12', '3.5'],
    ])
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Coventry City Council', 'Solihull Metropolitan Borough Council', 'Total'])
    for (const header of within(table).getAllByRole('columnheader').slice(1)) {
      expect(header).toHaveClass('govuk-table__header--numeric')
    }
    const [, , , total] = within(table).getAllByRole('row')
    for (const cell of within(total!).getAllByRole('cell')) {
      expect(cell).toHaveClass('govuk-table__cell--numeric', 'govuk-!-font-weight-bold')
    }

    const rolling = screen.getByRole('table', {
      name: 'Contacts by local authority and month: rolling 12 months',
    })
    expect(rowsOf(rolling)).toEqual([
      ['Period', 'Total', 'Went on to an advice call', 'Average working days from enquiry to call'],
      ['Rolling 12 months to 30 September 2026', '3,980', '51', '4.2'],
      ['Rolling 12 months to 30 June 2026 (previous quarter)', '3,712', '47', '4.0'],
    ])
    expect(
      screen.getByText(/^A contact is a request for support received/, { selector: 'p' }),
    ).toBeInTheDocument()
  })

  it('writes money in pounds, with pence in a column that has any, and a table without a chart', async () => {
    const asf = reportHandler(buildAsfReport())
    server.use(...signedInAs('team_manager'), asf.handler)
    const { container } = renderRoute(
      `/reports/asf?period=financial_year&financialYear=2025&localAuthorityId=${localAuthorities.coventry.id}`,
    )

    await screen.findByRole('heading', { level: 2, name: 'Financial year 2025 to 2026' }, loading)
    expect(
      screen.getByText('For Coventry City Council, from 1 April 2025 to 31 March 2026.'),
    ).toBeInTheDocument()
    expect(rowsOf(screen.getByRole('table', { name: 'Therapy applied for by type' }))).toEqual([
      ['Therapy type', 'Applications', 'Cost of the therapy'],
      ['Theraplay', '3', '£4,500.50'],
      ['Dyadic developmental psychotherapy', '2', '£3,000.00'],
      ['Total', '4', '£7,500.50'],
    ])
    expect(container.querySelector('.app-report-chart')).toBeNull()
    expect(screen.queryByRole('table', { name: /rolling 12 months/ })).not.toBeInTheDocument()
  })

  it('hides the chart from assistive technology: the table beside it has every figure', async () => {
    server.use(...signedInAs('team_manager'), reportHandler(buildContactsReport()).handler)
    const { container } = renderRoute(`/reports/contacts${quarter}`)

    await screen.findByRole('table', { name: 'Contacts by local authority and month' }, loading)
    const chart = container.querySelector('.app-report-chart')
    expect(chart).toHaveAttribute('aria-hidden', 'true')
    await waitFor(() => {
      expect(chart?.querySelector('.recharts-bar-rectangle')).not.toBeNull()
    }, loading)
    // Bars for each row's total and advice calls, named in the legend as the table's columns.
    expect(
      [...(chart?.querySelectorAll('.recharts-legend-item-text') ?? [])].map(
        (item) => item.textContent,
      ),
    ).toEqual(['Total', 'Went on to an advice call'])
    expect(
      chart?.querySelectorAll('a, button, input, [tabindex]:not([tabindex="-1"])'),
    ).toHaveLength(0)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })

  it('links to the CSV of the same report, and to the one for publication', async () => {
    server.use(...signedInAs('team_manager'), reportHandler(buildContactsReport()).handler)
    renderRoute(`/reports/contacts${quarter}`)

    const csv = await screen.findByRole('link', { name: 'Download this report (CSV)' }, loading)
    expect(csv).toHaveAttribute('href', `/api/reports/contacts/csv${quarter}`)
    expect(
      screen.getByRole('link', {
        name: 'Download for publication, counts under 5 suppressed (CSV)',
      }),
    ).toHaveAttribute('href', `/api/reports/contacts/csv${quarter}&suppress=true`)
  })

  it('prints the report', async () => {
    server.use(...signedInAs('team_manager'), reportHandler(buildContactsReport()).handler)
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const { user } = renderRoute(`/reports/contacts${quarter}`)

    await user.click(await screen.findByRole('button', { name: 'Print this report' }, loading))
    expect(print).toHaveBeenCalledOnce()
  })

  it('reveals the question each period needs, and puts the choices in the address', async () => {
    const contacts = reportHandler(buildContactsReport())
    server.use(...signedInAs('team_manager'), contacts.handler)
    const { user, router } = renderRoute('/reports/contacts')

    const period = within(await screen.findByRole('group', { name: 'Period' }, loading))
    const revealed = () =>
      [...document.querySelectorAll('.govuk-radios__conditional')]
        .filter((reveal) => !reveal.classList.contains('govuk-radios__conditional--hidden'))
        .map((reveal) => reveal.id)
    expect(revealed()).toEqual(['conditional-period'])

    await user.click(period.getByRole('radio', { name: /^Quarter/ }))
    expect(revealed()).toEqual(['conditional-period-2'])
    expect(period.getByRole('radio', { name: /^Quarter/ })).toHaveAttribute(
      'aria-controls',
      'conditional-period-2',
    )
    const quarterReveal = within(document.getElementById('conditional-period-2')!)
    expect(
      within(quarterReveal.getByRole('combobox', { name: 'Quarter' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Select a quarter',
      'Quarter 1: April to June',
      'Quarter 2: July to September',
      'Quarter 3: October to December',
      'Quarter 4: January to March',
    ])
    await user.selectOptions(
      quarterReveal.getByRole('combobox', { name: 'Financial year' }),
      '2025',
    )
    await user.selectOptions(quarterReveal.getByRole('combobox', { name: 'Quarter' }), '3')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Local authority' }),
      localAuthorities.coventry.id,
    )
    await user.click(screen.getByRole('button', { name: 'Show the report' }))

    const chosen = `?period=quarter&financialYear=2025&quarter=3&localAuthorityId=${localAuthorities.coventry.id}`
    await waitFor(() => {
      expect(currentLocation(router).path).toBe(`/reports/contacts${chosen}`)
    }, loading)
    await waitFor(() => {
      expect(contacts.asked).toEqual(['?period=financial_year&financialYear=2026', chosen])
    }, loading)

    // The report for the new address, with a form of its own.
    await waitFor(() => {
      expect(screen.getByRole('link', { name: 'Download this report (CSV)' })).toHaveAttribute(
        'href',
        `/api/reports/contacts/csv${chosen}`,
      )
    }, loading)
    const again = within(screen.getByRole('group', { name: 'Period' }))
    expect(again.getByRole('radio', { name: /^Quarter/ })).toBeChecked()
    await user.click(again.getByRole('radio', { name: 'Month' }))
    expect(revealed()).toEqual(['conditional-period-3'])
    // This month, in London.
    expect(screen.getByRole('combobox', { name: 'Month' })).toHaveValue('2026-10')
    await user.click(again.getByRole('radio', { name: /^Other dates/ }))
    expect(revealed()).toEqual(['conditional-period-4'])
    expect(screen.getByRole('group', { name: 'Start date' })).toBeVisible()
    expect(screen.getByRole('group', { name: 'End date' })).toBeVisible()
  })

  it('says what is wrong with other dates before asking for the report', async () => {
    const contacts = reportHandler(buildContactsReport())
    server.use(...signedInAs('team_manager'), contacts.handler)
    const { user, router } = renderRoute('/reports/contacts')

    const period = within(await screen.findByRole('group', { name: 'Period' }, loading))
    await user.click(period.getByRole('radio', { name: /^Other dates/ }))
    const from = within(screen.getByRole('group', { name: 'Start date' }))
    const to = within(screen.getByRole('group', { name: 'End date' }))
    await user.type(from.getByRole('textbox', { name: 'Day' }), '1')
    await user.type(from.getByRole('textbox', { name: 'Year' }), '2026')
    await user.click(screen.getByRole('button', { name: 'Show the report' }))

    const summary = within(await screen.findByRole('alert', {}, loading))
    expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument()
    expect(
      summary.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Start date must include a month', '#from-month'],
      ['Enter an end date', '#to-day'],
    ])
    expect(document.title).toBe('Error: Contacts to the support and advice line – Adoption support')

    await user.type(from.getByRole('textbox', { name: 'Month' }), '4')
    await user.type(to.getByRole('textbox', { name: 'Day' }), '31')
    await user.type(to.getByRole('textbox', { name: 'Month' }), '3')
    await user.type(to.getByRole('textbox', { name: 'Year' }), '2026')
    await user.click(screen.getByRole('button', { name: 'Show the report' }))
    await waitFor(() => {
      expect(
        within(screen.getByRole('alert'))
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['The end date must be the same as or after the start date'])
    }, loading)
    expect(currentLocation(router).path).toBe('/reports/contacts')
    expect(contacts.asked).toEqual(['?period=financial_year&financialYear=2026'])

    await user.clear(to.getByRole('textbox', { name: 'Year' }))
    await user.type(to.getByRole('textbox', { name: 'Year' }), '2027')
    await user.click(screen.getByRole('button', { name: 'Show the report' }))
    await waitFor(() => {
      expect(currentLocation(router).path).toBe(
        '/reports/contacts?period=custom&from=2026-04-01&to=2027-03-31',
      )
    }, loading)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('shows what the API refuses in the address as a problem with the form', async () => {
    const elsewhere = '0f7c3c4a-1111-4a5b-8c9d-2e3f4a5b6c7d'
    server.use(
      ...signedInAs('team_manager'),
      http.get(mswPath('getReport'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with the report’s choices',
          fieldErrors: { localAuthorityId: 'Select a local authority' },
        }),
      ),
    )
    renderRoute(
      `/reports/caseload?period=financial_year&financialYear=2026&localAuthorityId=${elsewhere}`,
    )

    const summary = within(await screen.findByRole('alert', {}, loading))
    expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument()
    expect(
      summary.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([['Select a local authority', '#localAuthorityId']])
    expect(screen.getByRole('combobox', { name: 'Local authority' })).toHaveAccessibleDescription(
      'Error: Select a local authority',
    )
    expect(document.title).toBe('Error: Caseload – Adoption support')
    expect(
      screen.queryByRole('link', { name: 'Download this report (CSV)' }),
    ).not.toBeInTheDocument()
  })

  it('shows choices in the address that break the rules without asking for the report', async () => {
    const contacts = reportHandler(buildContactsReport())
    server.use(...signedInAs('team_manager'), contacts.handler)
    renderRoute('/reports/contacts?period=quarter&financialYear=2026')

    const summary = within(await screen.findByRole('alert', {}, loading))
    expect(
      summary.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([['Select the quarter', '#quarter']])
    expect(screen.getByRole('radio', { name: /^Quarter/ })).toBeChecked()
    expect(contacts.asked).toEqual([])
  })

  it('answers "Page not found" for a report that does not exist', async () => {
    server.use(...signedInAs('team_manager'))
    renderRoute('/reports/adoptions')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }, loading),
    ).toBeInTheDocument()
  })
})
