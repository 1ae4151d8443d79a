import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  agreementIds,
  buildMyLetter,
  buildReceivedLetter,
  buildWrittenLetter,
  letterIds,
  photoId,
} from '../test/factories.ts'
import { letterHandlers, myLetterboxHandler, signedInAs } from '../test/handlers.ts'

// Pages load through the app's loaders: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 })

/** The text of a summary list row's value, found by its key. */
function valueOf(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

/** A paragraph of a letter, found by its whole text (its lines are spans of it). */
function paragraph(text: string) {
  return screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === text)
}

/** The steps of a sent letter, each as its text. */
function steps() {
  const list = screen.getByRole('heading', { level: 2, name: 'Where your letter is' })
    .nextElementSibling as HTMLElement
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent)
}

describe('a letter', { timeout: 30_000 }, () => {
  it('shows a letter received: who from, when, its paragraphs, photos and a PDF', async () => {
    signedInAs('adopter')
    server.use(...letterHandlers(buildReceivedLetter()).handlers, myLetterboxHandler())
    renderRoute(`/letterbox/letters/${letterIds.received}`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Letter from Birth mum, Sarah' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Letter from Birth mum, Sarah – Adoption support')
    expect(valueOf('From')).toBe('Birth mum, Sarah')
    expect(valueOf('To')).toBe('Maisie’s mum and dad')
    expect(valueOf('Passed on')).toBe('16 September 2026')
    expect(
      paragraph('Thank you for your letter and the drawing of the horse. It is on my fridge.'),
    ).toBeInTheDocument()
    expect(paragraph('I started a new job in the spring and I am enjoying it.')).toBeInTheDocument()
    expect(
      screen.getAllByRole('img').map((img) => [img.getAttribute('alt'), img.getAttribute('src')]),
    ).toEqual([
      [
        'Photo 1 of 2 from Birth mum, Sarah',
        `/api/letterbox/letters/${letterIds.received}/photos/${photoId(1)}`,
      ],
      [
        'Photo 2 of 2 from Birth mum, Sarah',
        `/api/letterbox/letters/${letterIds.received}/photos/${photoId(2)}`,
      ],
    ])
    expect(screen.getByRole('link', { name: 'Download as a PDF' })).toHaveAttribute(
      'href',
      `/api/letterbox/letters/${letterIds.received}/pdf`,
    )
    expect(screen.getByRole('link', { name: 'Back to your letterbox' })).toHaveAttribute(
      'href',
      '/letterbox',
    )
  })

  it('replies to a letter received under a two-way agreement', async () => {
    signedInAs('adopter')
    const reply = buildMyLetter({ replyToLetterId: letterIds.received })
    const letters = letterHandlers(buildReceivedLetter(), { started: reply })
    server.use(...letters.handlers)
    const { user, router } = renderRoute(`/letterbox/letters/${letterIds.received}`)

    await user.click(await screen.findByRole('button', { name: 'Reply' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Write your letter' }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/letterbox/letters/${letterIds.draft}/edit`)
    expect(letters.received.starts).toEqual([
      { agreementId: agreementIds.sarah, body: { replyToLetterId: letterIds.received } },
    ])
    // Back goes to the letter it answers.
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      `/letterbox/letters/${letterIds.received}`,
    )
  })

  it('offers no reply where the reader only reads', async () => {
    signedInAs('birth_relative')
    server.use(...letterHandlers(buildReceivedLetter({ canReply: false })).handlers)
    renderRoute(`/letterbox/letters/${letterIds.received}`)
    await screen.findByRole('heading', { level: 1, name: 'Letter from Birth mum, Sarah' })
    expect(screen.getByRole('link', { name: 'Download as a PDF' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument()
  })

  it('shows where a sent letter is', async () => {
    signedInAs('adopter')
    server.use(
      ...letterHandlers(
        buildWrittenLetter({
          progress: 'released',
          canEdit: false,
          submittedAt: '2026-09-02T10:15:00.000Z',
          releasedAt: '2026-09-16T14:00:00.000Z',
        }),
      ).handlers,
    )
    renderRoute(`/letterbox/letters/${letterIds.draft}`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your letter to Birth mum, Sarah' }),
    ).toBeInTheDocument()
    expect(valueOf('Sent')).toBe('2 September 2026')
    expect(valueOf('Status')).toBe('Passed on')
    expect(steps()).toEqual([
      'Received by the agency Done2 September 2026',
      'Being checked Done',
      'Passed on Done16 September 2026',
      'Read Not yet',
    ])
    expect(paragraph('Dear Sarah,')).toBeInTheDocument()
  })

  it('shows why a letter was returned, with a link to change it', async () => {
    signedInAs('birth_relative')
    server.use(
      ...letterHandlers(
        buildWrittenLetter({
          id: letterIds.returned,
          fromName: 'Birth mum, Sarah',
          toName: 'Maisie’s mum and dad',
          progress: 'returned',
          returnedReason: 'Please take out the name of the town where you live.',
          submittedAt: '2026-09-02T10:15:00.000Z',
        }),
      ).handlers,
    )
    renderRoute(`/letterbox/letters/${letterIds.returned}`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your letter to Maisie’s mum and dad' }),
    ).toBeInTheDocument()
    expect(valueOf('Status')).toBe('Returned to you')
    expect(steps()).toEqual([
      'Received by the agency Done2 September 2026',
      'Being checked Done',
      'Returned to you NowPlease take out the name of the town where you live.Change your letter',
    ])
    expect(screen.getByRole('link', { name: 'Change your letter' })).toHaveAttribute(
      'href',
      `/letterbox/letters/${letterIds.returned}/edit`,
    )
  })

  it('is "Page not found" for an address that cannot be a letter', async () => {
    signedInAs('adopter')
    renderRoute('/letterbox/letters/not-a-letter')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})
