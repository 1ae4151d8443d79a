import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { familyId } from '../../../../test/factories.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import { agreementId, buildChildLetterbox, childId } from '../test/factories.ts'
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

  it('offers a duty officer the archive but not a new agreement', async () => {
    server.use(
      signedInAs('duty_officer'),
      childLetterboxHandler(buildChildLetterbox({ agreements: [], letters: [] })),
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
