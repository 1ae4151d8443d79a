import type { MySupportRequest } from '@asp/bff/contract'
import { configure, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildPdf, uploadedFileId, uploadHandler } from '../../../files/test/handlers.ts'
import {
  buildMySupportRequest,
  buildMySupportRequestSummary,
  supportRequestId,
} from '../test/factories.ts'

// Pages load through the app's loaders: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 })

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const requestPath = `/support/requests/${supportRequestId}`

/** `GET /api/my/support-requests/:id` answers with `current()`, read at each request. */
function requestHandler(current: () => MySupportRequest) {
  return http.get(mswPath('getMySupportRequest'), () =>
    HttpResponse.json<MySupportRequest>(current()),
  )
}

function signedInAs(role: 'adopter' | 'birth_relative' = 'adopter') {
  server.use(sessionHandler(buildSession({ user: { role } })))
}

/** The text of a summary list row's value, found by its key. */
function valueOf(container: HTMLElement, key: string) {
  return within(container).getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

describe('your requests', { timeout: 30_000 }, () => {
  it('lists the requests with their status, worker and unread messages', async () => {
    signedInAs()
    server.use(
      http.get(mswPath('findMySupportRequests'), () =>
        HttpResponse.json({
          requests: [
            buildMySupportRequestSummary(),
            buildMySupportRequestSummary({
              id: '3f2b8c1d-6e4a-4b9f-8d7c-2a1b0c9d8e70',
              reference: 'ASR-2026-000098',
              categories: ['advice', 'financial'],
              status: 'new',
              statusText: 'We have your request',
              receivedAt: '2026-10-03T13:05:00.000Z',
              workerName: null,
              unreadMessages: 0,
            }),
          ],
        }),
      ),
    )
    renderRoute('/support/requests')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your requests' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Your requests – Adoption support')
    const main = screen.getByRole('main')
    const cards = within(main).getAllByRole('heading', { level: 2 })
    expect(cards.map((card) => card.textContent)).toEqual(['ASR-2026-000123', 'ASR-2026-000098'])
    expect(within(cards[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', requestPath)

    const first = cards[0]?.closest('.govuk-summary-card') as HTMLElement
    expect(valueOf(first, 'What it is about')).toBe('School or education')
    expect(within(first).getByText('Your support worker is helping you')).toHaveClass('govuk-tag')
    expect(valueOf(first, 'Received')).toBe('24 November 2026 at 10:15am')
    expect(valueOf(first, 'Support worker')).toBe('Sam Okafor')
    expect(valueOf(first, 'Messages')).toBe('1 unread message')

    const second = cards[1]?.closest('.govuk-summary-card') as HTMLElement
    expect(valueOf(second, 'What it is about')).toBe(
      'Advice or informationMoney and financial support',
    )
    expect(within(second).getByText('We have your request')).toHaveClass('govuk-tag')
    expect(valueOf(second, 'Received')).toBe('3 October 2026 at 2:05pm')
    expect(within(second).queryByText('Support worker')).not.toBeInTheDocument()
    expect(valueOf(second, 'Messages')).toBe('No unread messages')
    expect(within(main).getByRole('button', { name: 'Ask for support' })).toHaveAttribute(
      'href',
      '/support/ask',
    )
    expect(within(main).getByRole('link', { name: 'Your assessment and plan' })).toHaveAttribute(
      'href',
      '/assessments',
    )
  })

  it('says when there are none yet', async () => {
    signedInAs('birth_relative')
    server.use(
      http.get(mswPath('findMySupportRequests'), () => HttpResponse.json({ requests: [] })),
    )
    renderRoute('/support/requests')

    expect(await screen.findByText('You have not asked for support yet.')).toBeInTheDocument()
    expect(
      within(screen.getByRole('navigation', { name: 'Menu' }))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Your account', '/home'],
      ['Ask for support', '/support/ask'],
      ['Your requests', '/support/requests'],
      ['Letterbox', '/letterbox'],
      ['Sign out', '/sign-out'],
    ])
    expect(screen.getByRole('link', { name: 'Your requests' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })
})

describe('a request', { timeout: 30_000 }, () => {
  it('shows where it stands, what has happened, newest first, and the messages', async () => {
    signedInAs()
    server.use(requestHandler(() => buildMySupportRequest()))
    renderRoute(requestPath)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request ASR-2026-000123' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Request ASR-2026-000123 – Adoption support')
    const main = screen.getByRole('main')
    expect(valueOf(main, 'Reference')).toBe('ASR-2026-000123')
    expect(within(main).getByText('Your support worker is helping you')).toHaveClass('govuk-tag')
    expect(valueOf(main, 'What it is about')).toBe('School or education')
    expect(valueOf(main, 'Children')).toBe('Mia')
    expect(valueOf(main, 'Support worker')).toBe('Sam Okafor')
    expect(valueOf(main, 'Support and advice call')).toBe('27 November 2026 at 2:30pm')
    expect(valueOf(main, 'Expect a reply by')).toBe('30 November 2026')
    expect(valueOf(main, 'Received')).toBe('24 November 2026 at 10:15am')
    expect(valueOf(main, 'What you told us')).toBe(
      'Mia has been refusing to go to school since half term.She is very anxious.',
    )

    const timeline = within(main).getByRole('heading', { level: 2, name: 'What has happened' })
      .nextElementSibling as HTMLElement
    expect(timeline.tagName).toBe('OL')
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Sam Okafor is your support worker25 November 2026 at 9:40am',
      'You asked for support24 November 2026 at 10:15am by Sarah Philips',
    ])

    const message = within(main)
      .getByRole('heading', { level: 3, name: 'Sam Okafor' })
      .closest('li') as HTMLElement
    expect(within(message).getByText('25 November 2026 at 9:45am')).toBeInTheDocument()
    // Line breaks kept: a paragraph for each part, a <br> for each single newline.
    const paragraphs = message.querySelectorAll('p.govuk-body')
    expect([...paragraphs].map((p) => p.innerHTML.replace(/<\/?span>/g, ''))).toEqual([
      'Hello Sarah,<br>I will call you on Friday.',
      'Sam',
    ])
    const attachment = within(message).getByRole('link', { name: 'School support leaflet.pdf' })
    expect(attachment).toHaveAttribute('href', '/api/files/c1b2c3d4-0000-4000-8000-000000000001')
    expect(attachment.closest('li')).toHaveTextContent('School support leaflet.pdf (PDF, 240 KB)')
    expect(within(main).getByRole('button', { name: 'Withdraw this request' })).toHaveAttribute(
      'href',
      `${requestPath}/withdraw`,
    )
  })

  it('sends a message with an idempotency key, shows it and empties the box', async () => {
    signedInAs()
    let current = buildMySupportRequest()
    const received: unknown[] = []
    server.use(
      requestHandler(() => current),
      http.post(mswPath('sendMyMessage'), async ({ request }) => {
        const body = (await request.json()) as { idempotencyKey: string; body: string }
        received.push(body)
        current = buildMySupportRequest({
          messages: [
            ...current.messages,
            {
              id: 'b1b2c3d4-0000-4000-8000-000000000002',
              sentAt: '2026-11-25T11:00:00.000Z',
              from: 'family',
              authorName: 'Sarah Philips',
              body: body.body,
              attachments: [],
            },
          ],
        })
        return HttpResponse.json<MySupportRequest>(current, { status: 201 })
      }),
    )
    const { user } = renderRoute(requestPath)
    const box = await screen.findByRole('textbox', { name: 'Send a message' })
    await user.click(screen.getByRole('button', { name: 'Send message' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter your message' }),
    ).toHaveAttribute('href', '#message-body')

    await user.type(box, 'Thank you.{Enter}Friday morning is best.')
    await user.click(screen.getByRole('button', { name: 'Send message' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Your message has been sent')
    expect(box).toHaveValue('')
    const mine = screen.getByRole('heading', { level: 3, name: 'You' }).closest('li') as HTMLElement
    expect(within(mine).getByText(/Thank you\./)).toBeInTheDocument()
    // Newest first.
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual(['You', 'Sam Okafor'])
    expect(received).toHaveLength(1)
    expect(received[0]).toMatchObject({
      idempotencyKey: expect.stringMatching(uuid) as unknown,
      body: 'Thank you.\nFriday morning is best.',
    })
  })

  it('uploads a chosen file at once, lists it and sends its id with the message', async () => {
    signedInAs()
    let current = buildMySupportRequest()
    const received: unknown[] = []
    let finishUpload: () => void = () => undefined
    const uploadFinished = new Promise<void>((resolve) => {
      finishUpload = resolve
    })
    const upload = uploadHandler({ wait: () => uploadFinished })
    server.use(
      requestHandler(() => current),
      upload.handler,
      http.post(mswPath('sendMyMessage'), async ({ request }) => {
        const body = (await request.json()) as { body: string; attachmentIds: string[] }
        received.push(body)
        current = buildMySupportRequest({
          messages: [
            ...current.messages,
            {
              id: 'b1b2c3d4-0000-4000-8000-000000000003',
              sentAt: '2026-11-25T11:00:00.000Z',
              from: 'family',
              authorName: 'Sarah Philips',
              body: body.body,
              attachments: [
                {
                  id: uploadedFileId(1),
                  fileName: 'letter.pdf',
                  contentType: 'application/pdf',
                  sizeBytes: 52,
                },
              ],
            },
          ],
        })
        return HttpResponse.json<MySupportRequest>(current, { status: 201 })
      }),
    )
    const { user } = renderRoute(requestPath)
    const box = await screen.findByRole('textbox', { name: 'Send a message' })
    await user.type(box, 'Here is the letter from school.')
    const fileInput = screen.getByLabelText('Attach a file (optional)')
    expect(fileInput).toHaveAttribute('type', 'file')
    expect(fileInput).toHaveAccessibleDescription(
      'PDF, JPG, PNG or Word document, up to 10MB. You can attach up to 5 files.',
    )
    await user.upload(fileInput, buildPdf('letter from school.pdf'))

    expect(await screen.findByText('Uploading…')).toBeInTheDocument()
    expect(screen.getByText('Uploading…').parentElement).toHaveAttribute('aria-live', 'polite')
    expect(screen.getByRole('button', { name: 'Send message' })).toBeDisabled()
    finishUpload()

    const remove = await screen.findByRole('button', { name: 'Remove letter from school.pdf' })
    const row = remove.closest('.govuk-summary-list__row') as HTMLElement
    expect(row).toHaveTextContent('letter from school.pdfPDF, 1 KB')
    expect(screen.queryByText('Uploading…')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Send message' })).toBeEnabled()
    expect(upload.received).toEqual([
      {
        fileName: 'letter from school.pdf',
        contentType: 'application/octet-stream',
        text: '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n',
      },
    ])

    await user.click(screen.getByRole('button', { name: 'Send message' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Your message has been sent')
    expect(received).toEqual([
      {
        idempotencyKey: expect.stringMatching(uuid) as unknown,
        body: 'Here is the letter from school.',
        attachmentIds: [uploadedFileId(1)],
      },
    ])
    expect(box).toHaveValue('')
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument()
    const mine = screen.getByRole('heading', { level: 3, name: 'You' }).closest('li') as HTMLElement
    expect(within(mine).getByRole('link', { name: 'letter.pdf' })).toHaveAttribute(
      'href',
      `/api/files/${uploadedFileId(1)}`,
    )
  })

  it('shows why the BFF refused a file, on the field and in the summary, and keeps the message', async () => {
    signedInAs()
    const upload = uploadHandler({
      answer: () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'The selected file must be a PDF, JPG, PNG, GIF, WebP, HEIC or Word document',
          fieldErrors: {
            file: 'The selected file must be a PDF, JPG, PNG, GIF, WebP, HEIC or Word document',
          },
        }),
    })
    server.use(
      requestHandler(() => buildMySupportRequest()),
      upload.handler,
    )
    const { user } = renderRoute(requestPath)
    const box = await screen.findByRole('textbox', { name: 'Send a message' })
    await user.type(box, 'Our notes from the meeting.')
    const fileInput = screen.getByLabelText('Attach a file (optional)')
    await user.upload(fileInput, new File(['Notes'], 'notes.txt', { type: 'text/plain' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    const link = within(summary).getByRole('link', {
      name: 'The selected file must be a PDF, JPG, PNG, GIF, WebP, HEIC or Word document',
    })
    expect(link).toHaveAttribute('href', '#message-file')
    expect(fileInput).toHaveClass('govuk-file-upload--error')
    expect(fileInput).toHaveAccessibleDescription(
      'PDF, JPG, PNG or Word document, up to 10MB. You can attach up to 5 files. Error: The selected file must be a PDF, JPG, PNG, GIF, WebP, HEIC or Word document',
    )
    expect(document.title).toBe('Error: Request ASR-2026-000123 – Adoption support')
    expect(box).toHaveValue('Our notes from the meeting.')
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument()
    await user.click(link)
    expect(fileInput).toHaveFocus()
  })

  it('keeps the message and its key when sending fails, so a retry sends it once', async () => {
    signedInAs()
    const keys: string[] = []
    server.use(
      requestHandler(() => buildMySupportRequest()),
      http.post(mswPath('sendMyMessage'), async ({ request }) => {
        keys.push(((await request.json()) as { idempotencyKey: string }).idempotencyKey)
        return keys.length === 1
          ? HttpResponse.error()
          : HttpResponse.json<MySupportRequest>(buildMySupportRequest(), { status: 201 })
      }),
    )
    const { user } = renderRoute(requestPath)
    const box = await screen.findByRole('textbox', { name: 'Send a message' })
    await user.type(box, 'Is the call still on?')
    await user.click(screen.getByRole('button', { name: 'Send message' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sorry, there is a problem with the service. Your message has not been sent. Try again.',
    )
    expect(document.title).toBe('Error: Request ASR-2026-000123 – Adoption support')
    expect(box).toHaveValue('Is the call still on?')
    await user.click(screen.getByRole('button', { name: 'Send message' }))

    expect(await screen.findByText('Your message has been sent')).toBeInTheDocument()
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
  })

  it('shows the API’s message when the request was closed meanwhile, and loads it again', async () => {
    signedInAs()
    let current = buildMySupportRequest()
    server.use(
      requestHandler(() => current),
      http.post(mswPath('sendMyMessage'), () => {
        current = buildMySupportRequest({
          status: 'closed',
          statusText: 'Closed',
          canWithdraw: false,
          version: 5,
        })
        return apiErrorResponse(409, {
          code: 'CONFLICT',
          message:
            'You cannot send a message about a request that is closed. Ask for support again',
        })
      }),
    )
    const { user } = renderRoute(requestPath)
    const box = await screen.findByRole('textbox', { name: 'Send a message' })
    await user.type(box, 'One more thing')
    await user.click(screen.getByRole('button', { name: 'Send message' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is a problemYou cannot send a message about a request that is closed. Ask for support again',
    )
    expect(await screen.findByText('Closed', { selector: '.govuk-tag' })).toBeInTheDocument()
    expect(box).toHaveValue('One more thing')
    expect(screen.queryByRole('button', { name: 'Withdraw this request' })).not.toBeInTheDocument()
  })

  it('shows a birth relative their request, with nothing about children or a family', async () => {
    signedInAs('birth_relative')
    server.use(
      requestHandler(() =>
        buildMySupportRequest({
          categories: ['birth_relative_counselling'],
          children: [],
          workerName: null,
          adviceCallAt: null,
          status: 'new',
          statusText: 'We have your request',
          description: 'I would like counselling.',
          timeline: [],
          messages: [],
        }),
      ),
    )
    renderRoute(requestPath)

    await screen.findByRole('heading', { level: 1, name: 'Request ASR-2026-000123' })
    const main = screen.getByRole('main')
    expect(valueOf(main, 'What it is about')).toBe(
      'Counselling and support for you as a birth relative',
    )
    for (const key of ['Children', 'Support worker', 'Address', 'Family reference']) {
      expect(within(main).queryByText(key, { selector: 'dt' })).not.toBeInTheDocument()
    }
    expect(within(main).getByText('Nothing has happened yet.')).toBeInTheDocument()
    expect(within(main).getByText('There are no messages yet.')).toBeInTheDocument()
  })

  it('says "Page not found" for an address that cannot be a request', async () => {
    signedInAs()
    renderRoute('/support/requests/not-a-request')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})

describe('withdraw a request', { timeout: 30_000 }, () => {
  it('withdraws with the version seen and a reason, and says so on the request', async () => {
    signedInAs()
    let current = buildMySupportRequest()
    const received: unknown[] = []
    server.use(
      requestHandler(() => current),
      http.post(mswPath('withdrawMySupportRequest'), async ({ request }) => {
        received.push(await request.json())
        current = buildMySupportRequest({
          status: 'withdrawn',
          statusText: 'Withdrawn',
          canWithdraw: false,
          version: 5,
        })
        return HttpResponse.json<MySupportRequest>(current)
      }),
    )
    const { user, router } = renderRoute(requestPath)
    await user.click(await screen.findByRole('button', { name: 'Withdraw this request' }))

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Are you sure you want to withdraw this request?',
      }),
    ).toBeInTheDocument()
    await user.type(
      screen.getByRole('textbox', { name: 'Why are you withdrawing it? (optional)' }),
      'School has put support in place',
    )
    await user.click(screen.getByRole('button', { name: 'Withdraw request' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('You have withdrawn this request')
    expect(currentLocation(router).path).toBe(requestPath)
    expect(screen.getByText('Withdrawn', { selector: '.govuk-tag' })).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: 'Send a message' })).not.toBeInTheDocument()
    expect(received).toEqual([{ version: 4, reason: 'School has put support in place' }])
  })

  it('shows the API’s message when someone else changed the request, and loads it again', async () => {
    signedInAs()
    let current = buildMySupportRequest()
    const versions: number[] = []
    server.use(
      requestHandler(() => current),
      http.post(mswPath('withdrawMySupportRequest'), async ({ request }): Promise<Response> => {
        const { version } = (await request.json()) as { version: number }
        versions.push(version)
        if (version === 4) {
          current = buildMySupportRequest({ workerName: 'Jo Whitfield', version: 5 })
          return apiErrorResponse(409, {
            code: 'CONFLICT',
            message: 'This request was changed by someone else. Check it and try again',
          })
        }
        return HttpResponse.json<MySupportRequest>(
          buildMySupportRequest({ status: 'withdrawn', statusText: 'Withdrawn', version: 6 }),
        )
      }),
    )
    const { user } = renderRoute(`${requestPath}/withdraw`)
    const reason = await screen.findByRole('textbox', {
      name: 'Why are you withdrawing it? (optional)',
    })
    await user.type(reason, 'No longer needed')
    await user.click(screen.getByRole('button', { name: 'Withdraw request' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This request was changed by someone else. Check it and try again',
    )
    expect(document.title).toBe(
      'Error: Are you sure you want to withdraw this request? – Adoption support',
    )
    expect(reason).toHaveValue('No longer needed')
    await user.click(screen.getByRole('button', { name: 'Withdraw request' }))

    expect(await screen.findByText('You have withdrawn this request')).toBeInTheDocument()
    expect(versions).toEqual([4, 5])
  })

  it('is only for adoptive parents and birth relatives', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'duty_officer' } })))
    renderRoute(`${requestPath}/withdraw`)

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})

describe('feedback on a closed request', { timeout: 30_000 }, () => {
  const closed = () =>
    buildMySupportRequest({
      status: 'closed',
      statusText: 'Closed',
      canWithdraw: false,
      canLeaveFeedback: true,
    })

  it('asks how satisfied they were, says which answer is missing, and shows what they said', async () => {
    signedInAs()
    let current = closed()
    const received: unknown[] = []
    server.use(
      requestHandler(() => current),
      http.post(mswPath('leaveMyFeedback'), async ({ request }) => {
        received.push(await request.json())
        current = buildMySupportRequest({
          ...closed(),
          canLeaveFeedback: false,
          feedback: {
            rating: 'satisfied',
            comment: 'Quicker replies',
            leftAt: '2026-11-20T10:00:00.000Z',
          },
        })
        return HttpResponse.json<MySupportRequest>(current, { status: 201 })
      }),
    )
    const { user, router } = renderRoute(requestPath)
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tell us how we did' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Give feedback' }))

    const question = await screen.findByRole('group', {
      name: 'How satisfied were you with the support?',
    })
    await user.click(screen.getByRole('button', { name: 'Send feedback' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Select how satisfied you were with the support',
    )
    expect(received).toEqual([])

    await user.click(within(question).getByRole('radio', { name: 'Satisfied' }))
    await user.type(
      screen.getByRole('textbox', { name: 'How could we improve the support? (optional)' }),
      'Quicker replies',
    )
    await user.click(screen.getByRole('button', { name: 'Send feedback' }))

    expect(await screen.findByText('Thank you for your feedback')).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(requestPath)
    expect(received).toEqual([{ rating: 'satisfied', comment: 'Quicker replies' }])
    const answers = screen.getByRole('heading', { level: 2, name: 'Your feedback' })
      .nextElementSibling as HTMLElement
    expect(valueOf(answers, 'How satisfied you were')).toBe('Satisfied')
    expect(valueOf(answers, 'How we could improve')).toBe('Quicker replies')
    expect(screen.queryByRole('button', { name: 'Give feedback' })).not.toBeInTheDocument()
  })

  it('is not offered on an open request, and its page says why', async () => {
    signedInAs()
    server.use(requestHandler(() => buildMySupportRequest()))
    const { user } = renderRoute(requestPath)
    await screen.findByRole('heading', { level: 1 })
    expect(screen.queryByRole('button', { name: 'Give feedback' })).not.toBeInTheDocument()
    void user
    renderRoute(`${requestPath}/feedback`)
    expect(
      await screen.findByText('You can give feedback once your request is closed.', {
        exact: false,
      }),
    ).toBeInTheDocument()
  })
})
