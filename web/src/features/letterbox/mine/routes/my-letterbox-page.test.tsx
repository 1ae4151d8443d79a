import { configure, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  agreementIds,
  buildMyAgreement,
  buildMyLetter,
  buildMyLetterbox,
  buildMyLetterSummary,
  letterIds,
} from '../test/factories.ts'
import { letterHandlers, myLetterboxHandler, signedInAs } from '../test/handlers.ts'

// Pages load through the app's loaders: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 })

/** The text of a summary list row's value, found by its key. */
function valueOf(container: HTMLElement, key: string) {
  return within(container).getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

/** An agreement's part of the page, found by its heading. */
async function agreementSection(heading: string) {
  return (await screen.findByRole('heading', { level: 2, name: heading })).closest(
    'section',
  ) as HTMLElement
}

/** The rows of a table, found by its caption, as the text of each cell. */
function tableRows(caption: string) {
  const table = screen.getByRole('table', { name: caption })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )
}

describe('the letterbox', { timeout: 30_000 }, () => {
  it('puts a two-way agreement in plain words, with what is due and what may be sent', async () => {
    signedInAs('adopter')
    server.use(myLetterboxHandler())
    renderRoute('/letterbox')

    expect(await screen.findByRole('heading', { level: 1, name: 'Letterbox' })).toBeInTheDocument()
    expect(document.title).toBe('Letterbox – Adoption support')
    const section = await agreementSection('Letters with Birth mum, Sarah')
    expect(
      within(section).getByText(
        'You write to Birth mum, Sarah each March and September, and they write back.',
      ),
    ).toBeInTheDocument()
    expect(within(section).getByText('Your next letter is due in March 2027.')).toBeInTheDocument()
    expect(valueOf(section, 'Child')).toBe('Maisie')
    expect(valueOf(section, 'What can be sent')).toBe(
      'LettersPhotos can be sentCards can be sentGifts cannot be sent',
    )
    // Active: no status row, no warning.
    expect(within(section).queryByText('Status', { selector: 'dt' })).not.toBeInTheDocument()
    expect(within(section).queryByText(/overdue/)).not.toBeInTheDocument()
    expect(
      within(section).getByRole('button', { name: 'Write a letter to Birth mum, Sarah' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to your account' })).toHaveAttribute(
      'href',
      '/home',
    )

    expect(tableRows('Letters received')).toEqual([
      ['Birth mum, Sarah, passed on 16 September 2026', '16 September 2026', 'Read'],
    ])
    expect(tableRows('Letters sent')).toEqual([
      ['Birth mum, Sarah, sent 20 March 2026', '20 March 2026', 'Being checked'],
    ])
    expect(
      screen.getByRole('link', { name: 'Birth mum, Sarah, passed on 16 September 2026' }),
    ).toHaveAttribute('href', `/letterbox/letters/${letterIds.received}`)
  })

  it('says when the reader only reads, and offers no letter to write', async () => {
    signedInAs('birth_relative')
    server.use(
      myLetterboxHandler(() =>
        buildMyLetterbox({
          agreements: [
            buildMyAgreement({
              otherPartyNames: ['Maisie’s mum and dad'],
              direction: 'from_family',
              canWrite: false,
              exchangeMonths: [6],
              photosAllowed: false,
              cardsAllowed: false,
              nextDueMonth: null,
            }),
          ],
          letters: [],
        }),
      ),
    )
    renderRoute('/letterbox')

    const section = await agreementSection('Letters from Maisie’s mum and dad')
    expect(
      within(section).getByText('Maisie’s mum and dad write to you each June.'),
    ).toBeInTheDocument()
    expect(
      within(section).getByText('You read their letters but do not write back.'),
    ).toBeInTheDocument()
    expect(valueOf(section, 'What can be sent')).toBe(
      'LettersPhotos cannot be sentCards cannot be sentGifts cannot be sent',
    )
    expect(within(section).queryByText(/next letter is due/)).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Write a letter/ })).not.toBeInTheDocument()
    expect(
      screen.getByText(
        'You have not received any letters yet. We will email you when a letter has been passed on to you.',
      ),
    ).toBeInTheDocument()
    // They never write, and have written nothing.
    expect(screen.queryByRole('heading', { name: 'Letters sent' })).not.toBeInTheDocument()
  })

  it('warns of overdue letters and shows a paused agreement’s status', async () => {
    signedInAs('adopter')
    server.use(
      myLetterboxHandler(() =>
        buildMyLetterbox({
          agreements: [
            buildMyAgreement({ overdueMonths: ['2026-03-01', '2026-09-01'] }),
            buildMyAgreement({
              id: agreementIds.grandparents,
              otherPartyNames: ['Nan and Grandad'],
              direction: 'from_family',
              exchangeMonths: [12],
              status: 'paused',
              nextDueMonth: null,
            }),
          ],
        }),
      ),
    )
    renderRoute('/letterbox')

    const sarah = await agreementSection('Letters with Birth mum, Sarah')
    const warning = within(sarah).getByText(
      'Your letters due in March 2026 and September 2026 are overdue.',
    )
    expect(warning.closest('.govuk-warning-text')).toHaveTextContent(
      'WarningYour letters due in March 2026 and September 2026 are overdue.',
    )

    const grandparents = await agreementSection('Letters to Nan and Grandad')
    expect(
      within(grandparents).getByText('You write to Nan and Grandad each December.'),
    ).toBeInTheDocument()
    expect(valueOf(grandparents, 'Status')).toBe(
      'PausedContact is paused. No letters can be written for now.',
    )
    expect(
      within(grandparents).queryByRole('button', { name: /Write a letter/ }),
    ).not.toBeInTheDocument()
  })

  it('helps someone with no agreement and no letters yet', async () => {
    signedInAs('adopter')
    server.use(myLetterboxHandler(() => ({ agreements: [], letters: [] })))
    renderRoute('/letterbox')

    expect(
      await screen.findByText('You do not have a letterbox agreement yet.'),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/If you think you should have one, contact the adoption agency/),
    ).toBeInTheDocument()
    expect(screen.getByText(/You have not received any letters yet/)).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('starts a letter once and opens it to be written', async () => {
    signedInAs('adopter')
    const letters = letterHandlers(buildMyLetter({ id: letterIds.sent }), {
      started: buildMyLetter(),
    })
    server.use(
      myLetterboxHandler(() =>
        buildMyLetterbox({
          letters: [
            buildMyLetterSummary({
              id: letterIds.returned,
              box: 'sent',
              toName: 'Birth mum, Sarah',
              progress: 'draft',
              submittedAt: null,
              releasedAt: null,
              readAt: null,
            }),
          ],
        }),
      ),
      ...letters.handlers,
    )
    const { user, router } = renderRoute('/letterbox')

    // A draft is listed, and opens to be written.
    await screen.findByRole('heading', { level: 2, name: 'Letters sent' })
    expect(tableRows('Letters sent')).toEqual([
      ['Birth mum, Sarah, not sent yet', 'Not sent yet', 'Draft'],
    ])
    expect(screen.getByRole('link', { name: 'Birth mum, Sarah, not sent yet' })).toHaveAttribute(
      'href',
      `/letterbox/letters/${letterIds.returned}/edit`,
    )

    await user.dblClick(screen.getByRole('button', { name: 'Write a letter to Birth mum, Sarah' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Write your letter' }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/letterbox/letters/${letterIds.draft}/edit`)
    expect(letters.received.starts).toEqual([{ agreementId: agreementIds.sarah, body: {} }])
  })

  it('is for adoptive parents and birth relatives only', async () => {
    signedInAs('support_worker')
    renderRoute('/letterbox')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
    await waitFor(() => {
      expect(document.title).not.toContain('Letterbox')
    })
  })
})
