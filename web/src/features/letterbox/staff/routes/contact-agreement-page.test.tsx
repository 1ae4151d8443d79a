import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import { agreementId, buildStaffAgreement, childId, otherLetterId } from '../test/factories.ts'
import { agreementHandler, signedInAs } from '../test/handlers.ts'

function valueOf(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )
}

describe('a contact agreement', { timeout: 30_000 }, () => {
  it('shows its parties, rules, schedule and letters, with what a support worker can do', async () => {
    server.use(
      signedInAs('support_worker'),
      agreementHandler(
        buildStaffAgreement({
          status: 'paused',
          statusReason: 'Karen asked for a break while she moves house.',
          lastReviewedOn: '2026-03-02',
        }),
      ),
    )
    renderRoute(`/contact-agreements/${agreementId}`)

    await screen.findByRole('heading', { level: 1, name: 'Contact agreement for Mia Philips' })
    expect(document.title).toBe('Contact agreement for Mia Philips – Adoption support')
    expect(valueOf('Child')).toBe('Mia Philips')
    expect(valueOf('Family')).toBe('ACE-2024-0117Known in letters as Mia’s mum and dad')
    expect(valueOf('Birth relatives')).toBe(
      'Karen Doyle, birth motherKnown in letters as Birth mum, Karen. Uses the portal.',
    )
    expect(valueOf('Who writes')).toBe('Both ways')
    expect(valueOf('Letters due')).toBe('March and September')
    expect(valueOf('Photos, cards and gifts')).toBe('Photos and cards allowed')
    expect(valueOf('Words to watch for')).toBe('Oakfield PrimaryOtley Harriers')
    expect(valueOf('Reminders')).toBe('4 weeks before a letter is due')
    expect(valueOf('Start date')).toBe('1 March 2026')
    expect(valueOf('Status')).toBe('PausedKaren asked for a break while she moves house.')
    expect(valueOf('Last review')).toBe('2 March 2026')
    expect(valueOf('Next review')).toBe('1 March 2027')

    const [schedule, letters] = screen.getAllByRole('table')
    if (schedule === undefined || letters === undefined) {
      throw new Error('The schedule and the letters should be tables')
    }
    expect(rowsOf(schedule)).toEqual([
      [
        'March 2026',
        'Mia’s mum and dad',
        'Received See the letter from Mia’s mum and dad, March 2026',
      ],
      ['March 2026', 'Birth mum, Karen', 'Overdue'],
      ['September 2026', 'Mia’s mum and dad', 'Not due yet'],
    ])
    expect(within(schedule).getByRole('link', { name: /^See the letter/ })).toHaveAttribute(
      'href',
      `/letterbox-checks/${otherLetterId}`,
    )
    expect(rowsOf(letters)).toEqual([
      [
        'Mia’s mum and dad, 10 March 2026Adoptive family',
        '10 March 2026',
        'Through the portal',
        '1',
        'Passed on and read',
      ],
    ])

    expect(screen.getByRole('button', { name: 'Change status' })).toHaveAttribute(
      'href',
      `/contact-agreements/${agreementId}/status`,
    )
    expect(screen.getByRole('button', { name: 'Record a review' })).toHaveAttribute(
      'href',
      `/contact-agreements/${agreementId}/review`,
    )
    expect(screen.getByRole('button', { name: 'Log a paper letter' })).toHaveAttribute(
      'href',
      `/contact-agreements/${agreementId}/paper-letters/new`,
    )
    expect(screen.getByRole('link', { name: 'Back to Mia Philips’s letterbox' })).toHaveAttribute(
      'href',
      `/children/${childId}/letterbox`,
    )
  })

  it('offers a duty officer only to log a paper letter', async () => {
    server.use(signedInAs('duty_officer'), agreementHandler())
    renderRoute(`/contact-agreements/${agreementId}`)
    await screen.findByRole('heading', { level: 1, name: 'Contact agreement for Mia Philips' })
    expect(screen.getByRole('button', { name: 'Log a paper letter' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Change status' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Record a review' })).not.toBeInTheDocument()
  })

  it('does not let a duty officer change its status or record a review', async () => {
    server.use(signedInAs('duty_officer'), agreementHandler())
    renderRoute(`/contact-agreements/${agreementId}/status`)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
