import { configure, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildMyLetter, letterIds, photoId } from '../test/factories.ts'
import { letterHandlers, signedInAs } from '../test/handlers.ts'

// Pages load through the app's loaders: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 })

const editPath = `/letterbox/letters/${letterIds.draft}/edit`

function photoFile(name = 'beach.jpg', bytes = 2048) {
  return new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' })
}

describe('writing a letter', { timeout: 30_000 }, () => {
  it('says what to write and what to leave out, and counts the characters', async () => {
    signedInAs('birth_relative')
    server.use(...letterHandlers(buildMyLetter({ toName: 'Maisie’s mum and dad' })).handlers)
    const { user } = renderRoute(editPath)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Write your letter' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Write your letter – Adoption support')
    expect(screen.getByText('Letter to Maisie’s mum and dad')).toHaveClass('govuk-caption-l')
    const details = screen.getByText('What to write and what to leave out').closest('details')
    expect(details).toHaveTextContent('surnames')
    expect(details).toHaveTextContent('the names of schools or nurseries')
    expect(details).toHaveTextContent('car registrations')
    expect(details).toHaveTextContent(
      'The agency reads every letter before it is passed on. They may return it to you to make changes.',
    )
    const box = screen.getByRole('textbox', { name: 'Your letter' })
    await user.type(box, 'Dear all')
    expect(screen.getByText('You have 19,992 characters remaining')).toBeInTheDocument()
    expect(screen.getByLabelText('Add a photo (optional)')).toHaveAttribute('accept', 'image/*')
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/letterbox')
  })

  it('asks for a letter before going on, and sends nothing', async () => {
    signedInAs('adopter')
    const letter = letterHandlers(buildMyLetter())
    server.use(...letter.handlers)
    const { user } = renderRoute(editPath)

    await user.click(await screen.findByRole('button', { name: 'Continue' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument()
    expect(within(summary).getByRole('link', { name: 'Enter your letter' })).toHaveAttribute(
      'href',
      '#body',
    )
    expect(screen.getByRole('textbox', { name: 'Your letter' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter your letter') as string,
    )
    expect(document.title).toBe('Error: Write your letter – Adoption support')
    expect(letter.received.saves).toEqual([])
  })

  it('saves the letter to come back to later, and says so', async () => {
    signedInAs('adopter')
    const letter = letterHandlers(buildMyLetter())
    server.use(...letter.handlers)
    const { user, router } = renderRoute(editPath)

    await user.type(await screen.findByRole('textbox', { name: 'Your letter' }), 'Dear Sarah,')
    await user.click(screen.getByRole('button', { name: 'Save and come back later' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Your letter has been saved')
    expect(within(banner).getByRole('link', { name: 'letterbox' })).toHaveAttribute(
      'href',
      '/letterbox',
    )
    expect(letter.received.saves).toEqual([{ version: 1, body: 'Dear Sarah,' }])
    expect(currentLocation(router).path).toBe(editPath)

    // Saved again: against the version the first save gave back.
    await user.type(screen.getByRole('textbox', { name: 'Your letter' }), ' hello')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save and come back later' }))
    await screen.findByRole('alert')
    expect(letter.received.saves[1]).toEqual({ version: 2, body: 'Dear Sarah, hello' })
  })

  it('saves the letter, then goes on to check it', async () => {
    signedInAs('adopter')
    const letter = letterHandlers(buildMyLetter())
    server.use(...letter.handlers)
    const { user, router } = renderRoute(editPath)

    await user.type(
      await screen.findByRole('textbox', { name: 'Your letter' }),
      'Dear Sarah,{enter}{enter}Maisie started swimming lessons.',
    )
    await user.dblClick(screen.getByRole('button', { name: 'Continue' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your letter' }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/letterbox/letters/${letterIds.draft}/preview`)
    expect(letter.received.saves).toEqual([
      { version: 1, body: 'Dear Sarah,\n\nMaisie started swimming lessons.' },
    ])
  })

  it('shows why the BFF refused a photo, and keeps the letter typed so far', async () => {
    signedInAs('adopter')
    const refusal = 'The selected file must be a JPG, PNG, GIF, WebP or HEIC'
    const letter = letterHandlers(buildMyLetter(), {
      answerPhoto: () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: refusal,
          fieldErrors: { file: refusal },
        }),
    })
    server.use(...letter.handlers)
    const { user } = renderRoute(editPath)

    const box = await screen.findByRole('textbox', { name: 'Your letter' })
    await user.type(box, 'Dear Sarah, here is a photo of the beach.')
    await user.upload(screen.getByLabelText('Add a photo (optional)'), photoFile('notes.jpg'))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: refusal })).toHaveAttribute('href', '#file')
    expect(screen.getByLabelText('Add a photo (optional)')).toHaveAccessibleDescription(
      expect.stringContaining(`Error: ${refusal}`) as string,
    )
    expect(letter.received.photos).toEqual([
      { fileName: 'notes.jpg', contentType: 'application/octet-stream', size: 2048 },
    ])
    expect(screen.getByRole('textbox', { name: 'Your letter' })).toHaveValue(
      'Dear Sarah, here is a photo of the beach.',
    )
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })

  it('refuses a photo over 10MB before sending it', async () => {
    signedInAs('adopter')
    const letter = letterHandlers(buildMyLetter())
    server.use(...letter.handlers)
    const { user } = renderRoute(editPath)

    await user.upload(
      await screen.findByLabelText('Add a photo (optional)'),
      photoFile('huge.jpg', 10 * 1024 * 1024 + 1),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The selected file must be smaller than 10MB',
    )
    expect(letter.received.photos).toEqual([])
  })

  it('adds a photo as a thumbnail, and removes it', async () => {
    signedInAs('adopter')
    const letter = letterHandlers(buildMyLetter())
    server.use(...letter.handlers)
    const { user } = renderRoute(editPath)

    const box = await screen.findByRole('textbox', { name: 'Your letter' })
    await user.type(box, 'Dear Sarah,')
    await user.upload(screen.getByLabelText('Add a photo (optional)'), photoFile())

    const photo = await screen.findByRole('img', { name: 'Photo 1 of 1' })
    expect(photo).toHaveAttribute(
      'src',
      `/api/letterbox/letters/${letterIds.draft}/photos/${photoId(1)}`,
    )
    expect(letter.received.photos).toEqual([
      { fileName: 'beach.jpg', contentType: 'application/octet-stream', size: 2048 },
    ])
    expect(box).toHaveValue('Dear Sarah,')

    await user.click(screen.getByRole('button', { name: 'Remove photo 1' }))
    await waitFor(() => {
      expect(screen.queryByRole('img')).not.toBeInTheDocument()
    })
    expect(letter.received.removed).toEqual([photoId(1)])
    expect(box).toHaveValue('Dear Sarah,')
  })

  it('offers no photos where the agreement does not allow them', async () => {
    signedInAs('adopter')
    server.use(...letterHandlers(buildMyLetter({ photosAllowed: false })).handlers)
    renderRoute(editPath)
    await screen.findByRole('textbox', { name: 'Your letter' })
    expect(screen.queryByLabelText('Add a photo (optional)')).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Photos' })).not.toBeInTheDocument()
  })

  it('shows why a returned letter came back', async () => {
    signedInAs('adopter')
    server.use(
      ...letterHandlers(
        buildMyLetter({
          progress: 'returned',
          body: 'Dear Sarah,\n\nMaisie has started at Foleshill Primary.',
          returnedReason: 'Please take out the name of Maisie’s school.',
          submittedAt: '2026-09-02T10:15:00.000Z',
          version: 4,
        }),
      ).handlers,
    )
    renderRoute(editPath)

    const banner = (await screen.findByRole('region', { name: 'Returned to you' })) as HTMLElement
    expect(banner).toHaveTextContent('The agency has asked you to change your letter')
    expect(banner).toHaveTextContent('Please take out the name of Maisie’s school.')
    expect(screen.getByRole('textbox', { name: 'Your letter' })).toHaveValue(
      'Dear Sarah,\n\nMaisie has started at Foleshill Primary.',
    )
  })

  it('says so when the letter was changed elsewhere, and keeps what was typed', async () => {
    signedInAs('adopter')
    const letter = letterHandlers(buildMyLetter(), {
      answerSave: (body) =>
        body.version === 1
          ? apiErrorResponse(409, {
              code: 'CONFLICT',
              message: 'This letter has been changed since you opened it',
            })
          : null,
    })
    server.use(...letter.handlers)
    const { user } = renderRoute(editPath)

    const box = await screen.findByRole('textbox', { name: 'Your letter' })
    await user.type(box, 'Dear Sarah,')
    letter.change(letterIds.draft, { version: 2, body: 'From the other tab' })
    await user.click(screen.getByRole('button', { name: 'Save and come back later' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your letter was changed in another tab or window after you opened this page.',
    )
    expect(box).toHaveValue('Dear Sarah,')
    // The letter is fetched again, so the next save is made against its new version.
    await waitFor(() => {
      expect(letter.received.gets).toBe(2)
    })
    await user.click(screen.getByRole('button', { name: 'Save and come back later' }))
    expect(await screen.findByText('Your letter has been saved')).toBeInTheDocument()
    expect(letter.received.saves.at(-1)).toEqual({ version: 2, body: 'Dear Sarah,' })
  })
})
