import { configure, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildMyLetter, buildWrittenLetter, letterIds, photoId } from '../test/factories.ts'
import { letterHandlers, signedInAs } from '../test/handlers.ts'

// Pages load through the app's loaders: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 })

const letterPath = `/letterbox/letters/${letterIds.draft}`
const previewPath = `${letterPath}/preview`

describe('checking and sending a letter', { timeout: 30_000 }, () => {
  it('shows the letter as it will be read, with its photos and a way to change it', async () => {
    signedInAs('adopter')
    server.use(
      ...letterHandlers(
        buildWrittenLetter({
          photos: [{ id: photoId(1), status: 'pending', width: 800, height: 600 }],
        }),
      ).handlers,
    )
    renderRoute(previewPath)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your letter' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Check your letter – Adoption support')
    const letter = screen.getByRole('heading', { level: 2, name: 'Your letter' })
      .nextElementSibling as HTMLElement
    expect(
      within(letter)
        .getAllByText((_, element) => element?.tagName === 'P')
        .map((paragraph) => paragraph.textContent),
    ).toEqual([
      'Dear Sarah,',
      'Maisie has had a lovely summer. She learnt to swim without armbands and now wants to go to the pool every weekend.',
      'She still loves drawing horses, and asked us to send you one of her pictures.',
      'With best wishes,Maisie’s mum and dad',
    ])
    expect(screen.getByRole('img', { name: 'Photo 1 of 1' })).toHaveAttribute(
      'src',
      `/api/letterbox/letters/${letterIds.draft}/photos/${photoId(1)}`,
    )
    expect(screen.getByRole('link', { name: 'Change your letter' })).toHaveAttribute(
      'href',
      `${letterPath}/edit`,
    )
    expect(
      screen.getByText(/The agency checks every letter before it is passed on/),
    ).toBeInTheDocument()
  })

  it('sends the letter once, however many times the button is pressed, and confirms', async () => {
    signedInAs('adopter')
    const letter = letterHandlers(buildWrittenLetter())
    server.use(...letter.handlers)
    const { user, router } = renderRoute(previewPath)

    await user.dblClick(await screen.findByRole('button', { name: 'Send for checking' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Letter sent for checking' }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`${letterPath}/sent`)
    expect(letter.received.sends).toHaveLength(1)
    expect(letter.received.sends[0]).toEqual({
      version: 2,
      body: buildWrittenLetter().body,
    })
    expect(document.title).toBe('Letter sent for checking – Adoption support')
    const main = screen.getByRole('main')
    expect(within(main).getByText('Your letter to Birth mum, Sarah')).toBeInTheDocument()
    expect(main).toHaveTextContent(
      'We will tell you when it has been passed on, or if anything needs to change.',
    )
    expect(within(main).getByRole('link', { name: 'Follow your letter' })).toHaveAttribute(
      'href',
      letterPath,
    )
  })

  it('says so when the letter changed elsewhere, and shows it as it is now', async () => {
    signedInAs('adopter')
    const letter = letterHandlers(buildWrittenLetter(), {
      answerSend: (body) =>
        body.version === 2
          ? apiErrorResponse(409, {
              code: 'CONFLICT',
              message: 'This letter has been changed since you opened it',
            })
          : null,
    })
    server.use(...letter.handlers)
    const { user } = renderRoute(previewPath)

    const button = await screen.findByRole('button', { name: 'Send for checking' })
    letter.change(letterIds.draft, { version: 3, body: 'Dear Sarah,\n\nA shorter letter.' })
    await user.click(button)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your letter was changed in another tab or window after you opened this page. We have loaded it again: check it before you send it.',
    )
    expect(await screen.findByText('A shorter letter.')).toBeInTheDocument()
    expect(document.title).toBe('Error: Check your letter – Adoption support')

    // Sent again: the version now on the page.
    await user.click(screen.getByRole('button', { name: 'Send for checking' }))
    await screen.findByRole('heading', { level: 1, name: 'Letter sent for checking' })
    expect(letter.received.sends.map((send) => send.version)).toEqual([2, 3])
  })

  it('sends an empty letter back to be written', async () => {
    signedInAs('adopter')
    server.use(...letterHandlers(buildMyLetter()).handlers)
    const { router } = renderRoute(previewPath)
    await screen.findByRole('heading', { level: 1, name: 'Write your letter' })
    await waitFor(() => {
      expect(currentLocation(router).path).toBe(`${letterPath}/edit`)
    })
  })
})
