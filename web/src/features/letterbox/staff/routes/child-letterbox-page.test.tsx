import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { familyId } from '../../../../test/factories.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import { agreementId, buildChildLetterbox, buildLetterSummary, childId } from '../test/factories.ts'
import { childLetterboxHandler, signedInAs } from '../test/handlers.ts'

function rowsOf(name: string) {
  return within(screen.getByRole('region', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )
}

describe('a child’s letterbox', { timeout: 30_000 }, () => {
  it('shows the agreements, letters and birth relatives, with the archive and a new agreement', async () => {
    server.use(signedInAs('team_manager'), childLetterboxHandler())
    renderRoute(`/children/${childId}/letterbox`)

    await screen.findByRole('heading', { level: 1, name: 'Mia Philips’s letterbox' })
    expect(document.title).toBe('Mia Philips’s letterbox – Adoption support')
    expect(rowsOf('Contact agreements')).toEqual([
      [
        'Birth mum, Karen: contact agreement',
        'Both ways',
        'March and September',
        'Active',
        '1 March 2027',
      ],
    ])
    expect(
      screen.getByRole('link', { name: 'Birth mum, Karen: contact agreement' }),
    ).toHaveAttribute('href', `/contact-agreements/${agreementId}`)
    expect(rowsOf('Letters')).toHaveLength(1)
    expect(rowsOf('Birth relatives')).toEqual([
      ['Karen Doyle', 'Birth mother', 'Yes'],
      ['Dean Doyle', 'Birth father', 'No'],
      ['Lily Doyle', 'Half-sister', 'No'],
    ])
    expect(screen.getByRole('button', { name: 'Make a contact agreement' })).toHaveAttribute(
      'href',
      `/children/${childId}/letterbox/new-agreement`,
    )
    expect(
      screen.getByRole('link', { name: 'Download the letterbox archive (PDF)' }),
    ).toHaveAttribute('href', `/api/staff/letterbox/children/${childId}/archive`)
    expect(screen.getByRole('link', { name: 'Back to the family' })).toHaveAttribute(
      'href',
      `/families/${familyId}`,
    )
  })

  it('shows a long history a page at a time, newest first, with GOV.UK pagination', async () => {
    const items = Array.from({ length: 25 }, (_, index) =>
      buildLetterSummary({
        id: `3f6e2a1b-7c4d-4e5f-8a9b-${String(index).padStart(12, '0')}`,
      }),
    )
    server.use(
      signedInAs('team_manager'),
      childLetterboxHandler(
        buildChildLetterbox({ letters: { items, page: 2, pageSize: 25, total: 60 } }),
      ),
    )
    renderRoute(`/children/${childId}/letterbox?page=2`)

    await screen.findByRole('heading', { level: 1, name: 'Mia Philips’s letterbox' })
    expect(document.title).toBe('Mia Philips’s letterbox (page 2 of 3) – Adoption support')
    expect(screen.getByText('60 letters: showing 26 to 50. The newest are first.')).toBeVisible()
    expect(rowsOf('Letters')).toHaveLength(25)
    const pagination = screen.getByRole('navigation', { name: 'Pagination' })
    expect(within(pagination).getByRole('link', { name: /Previous/ })).toHaveAttribute(
      'href',
      `/children/${childId}/letterbox`,
    )
    expect(within(pagination).getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      `/children/${childId}/letterbox?page=3`,
    )
  })

  it('offers a duty officer the archive but not a new agreement', async () => {
    server.use(
      signedInAs('duty_officer'),
      childLetterboxHandler(
        buildChildLetterbox({
          agreements: [],
          letters: { items: [], page: 1, pageSize: 25, total: 0 },
        }),
      ),
    )
    renderRoute(`/children/${childId}/letterbox`)
    await screen.findByRole('heading', { level: 1, name: 'Mia Philips’s letterbox' })
    expect(screen.getByText('There are no contact agreements for Mia Philips.')).toBeInTheDocument()
    expect(screen.getByText('No letters yet.')).toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: 'Make a contact agreement' }),
    ).not.toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Download the letterbox archive (PDF)' }),
    ).toBeInTheDocument()
  })
})
