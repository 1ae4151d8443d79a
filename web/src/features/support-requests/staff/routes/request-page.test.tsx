import type { StaffSupportRequest } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { familyId } from '../../../../test/factories.ts'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import { buildPdf, uploadedFileId, uploadHandler } from '../../../files/test/handlers.ts'
import { buildStaffSupportRequest, supportRequestId } from '../test/factories.ts'
import { recorder, signedInAs, supportRequestHandler } from '../test/handlers.ts'

const path = `/support-line/requests/${supportRequestId}`

function valueOf(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling
}

describe('a request as staff see it', { timeout: 30_000 }, () => {
  it('shows its details, with a link to the family’s record', async () => {
    server.use(
      ...signedInAs('duty_officer'),
      supportRequestHandler(
        buildStaffSupportRequest({
          tier: { level: 2, name: 'Duty support' },
          adviceCallAt: '2026-10-08T13:00:00.000Z',
          safeguarding: true,
          messages: [
            {
              id: 'a1b2c3d4-0000-4000-8000-000000000002',
              sentAt: '2026-10-01T10:00:00.000Z',
              from: 'family',
              authorName: 'Sarah Philips',
              body: 'Thank you for calling back.',
              attachments: [
                {
                  id: 'f1e2d3c4-0000-4000-8000-000000000001',
                  fileName: 'school-letter.pdf',
                  contentType: 'application/pdf',
                  sizeBytes: 122_880,
                },
              ],
            },
          ],
        }),
      ),
    )
    renderRoute(path)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request SR-2026-0042' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Request SR-2026-0042 – Adoption support')
    expect(screen.getByText('Sarah Philips and James Philips', { selector: 'span' })).toHaveClass(
      'govuk-caption-l',
    )
    expect(screen.getByText(/flagged as a safeguarding concern/)).toHaveClass(
      'govuk-warning-text__text',
    )
    expect(valueOf('Status')).toHaveTextContent('New')
    expect(valueOf('How it came in')).toHaveTextContent('Phone')
    expect(valueOf('Received')).toHaveTextContent('1 October 2026 at 10:45am')
    expect(valueOf('Local authority')).toHaveTextContent('Coventry City Council')
    expect(
      within(valueOf('Family') as HTMLElement).getByRole('link', {
        name: 'Sarah Philips and James Philips',
      }),
    ).toHaveAttribute('href', `/families/${familyId}`)
    expect(valueOf('Children')).toHaveTextContent('Mia Philips')
    expect(valueOf('What it is about')).toHaveTextContent('School or education')
    expect(valueOf('Urgency')).toHaveTextContent('Soon')
    expect(valueOf('What is happening')).toHaveTextContent(
      'Mia is refusing to go to school and the school wants a meeting.We do not know what to say.',
    )
    expect(valueOf('How to contact them')).toHaveTextContent(
      'By phone07700 900 982Weekday mornings',
    )
    expect(valueOf('Support tier')).toHaveTextContent('Tier 2: Duty support')
    expect(valueOf('Worker')).toHaveTextContent('Unallocated')
    expect(valueOf('Support and advice call')).toHaveTextContent('8 October 2026 at 2:00pm')
    expect(valueOf('What is due')).toHaveTextContent(
      'Reply: 2 working days left (due by 5 October 2026)',
    )
    // Only what the status allows, and no audit trail for a duty officer.
    expect(screen.getByRole('button', { name: 'Record triage decision' })).toHaveAttribute(
      'href',
      `${path}/triage`,
    )
    expect(screen.getByRole('button', { name: 'Close request' })).toHaveAttribute(
      'href',
      `${path}/close`,
    )
    expect(screen.queryByRole('button', { name: 'Allocate' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'View audit trail' })).not.toBeInTheDocument()
    // A duty officer does not carry out assessments.
    expect(
      screen.queryByRole('button', { name: 'Start an assessment of need' }),
    ).not.toBeInTheDocument()
    // Timeline, messages and the internal notes.
    expect(screen.getByRole('heading', { level: 3, name: 'Phone call logged' })).toBeInTheDocument()
    expect(screen.getByText('1 October 2026 at 10:45am, by Priya Shah')).toBeInTheDocument()
    const messages = screen.getByRole('region', { name: 'Messages' })
    expect(within(messages).getByText('Thank you for calling back.')).toBeInTheDocument()
    expect(within(messages).getByText(/Sent by the family on 1 October 2026/)).toBeInTheDocument()
    expect(within(messages).getByRole('link', { name: 'school-letter.pdf' })).toHaveAttribute(
      'href',
      '/api/files/f1e2d3c4-0000-4000-8000-000000000001',
    )
    expect(within(messages).getByText(/\(PDF, 120 KB\)/)).toBeInTheDocument()
    const notes = screen.getByRole('region', { name: 'Case notes' })
    expect(within(notes).getByText('The family never sees case notes.')).toHaveClass(
      'govuk-inset-text',
    )
  })

  it('keeps a message to the family and a case note apart: each its own form, heading and button', async () => {
    server.use(...signedInAs('support_worker'), supportRequestHandler())
    renderRoute(path)

    const messageForm = await screen.findByRole('form', { name: 'Send a message to the family' })
    expect(within(messageForm).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Send a message to the family',
    )
    expect(
      within(messageForm).getByRole('textbox', { name: 'Message to the family' }),
    ).toHaveAccessibleDescription('The family will see this message when they sign in.')
    expect(within(messageForm).getByLabelText('Attach a file (optional)')).toHaveAttribute(
      'type',
      'file',
    )
    expect(
      within(messageForm).getByRole('button', { name: 'Send message to the family' }),
    ).toBeInTheDocument()
    expect(within(messageForm).queryByText(/never sees this/)).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Messages' })).toContainElement(messageForm)

    const noteForm = screen.getByRole('form', { name: 'Add a case note' })
    expect(within(noteForm).getByRole('heading', { level: 3 })).toHaveTextContent('Add a case note')
    expect(
      within(noteForm).getByText(/The family never sees this\./, {
        selector: '.govuk-warning-text__text',
      }),
    ).toHaveTextContent(/The family never sees this\. Case notes are for the team only\.$/)
    expect(
      within(noteForm).getByRole('textbox', { name: 'Case note' }),
    ).toHaveAccessibleDescription(
      'The family never sees this. Write what happened and what was decided.',
    )
    expect(within(noteForm).getByRole('button', { name: 'Add case note' })).toBeInTheDocument()
    expect(within(noteForm).queryByRole('button', { name: /message/i })).not.toBeInTheDocument()
    expect(within(noteForm).queryByLabelText('Attach a file (optional)')).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Case notes' })).toContainElement(noteForm)
  })

  it('shows each form’s own errors, linking to its own field', async () => {
    server.use(...signedInAs('support_worker'), supportRequestHandler())
    const { user } = renderRoute(path)

    await screen.findByRole('form', { name: 'Send a message to the family' })
    await user.click(screen.getByRole('button', { name: 'Send message to the family' }))
    let summary = within(screen.getByRole('alert'))
    expect(summary.getByRole('link', { name: 'Enter your message' })).toHaveAttribute(
      'href',
      '#message-body',
    )
    expect(summary.queryByRole('link', { name: 'Enter the case note' })).not.toBeInTheDocument()
    expect(
      screen.getByRole('textbox', { name: 'Message to the family' }),
    ).toHaveAccessibleDescription(
      'The family will see this message when they sign in. Error: Enter your message',
    )

    await user.click(screen.getByRole('button', { name: 'Add case note' }))
    summary = within(screen.getByRole('alert'))
    expect(summary.getByRole('link', { name: 'Enter the case note' })).toHaveAttribute(
      'href',
      '#note-body',
    )
    expect(summary.queryByRole('link', { name: 'Enter your message' })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Case note' })).toHaveAccessibleDescription(
      'The family never sees this. Write what happened and what was decided. Error: Enter the case note',
    )
  })

  it('names a birth relative, or an enquirer, instead of a family', async () => {
    server.use(
      ...signedInAs('support_worker'),
      supportRequestHandler(
        buildStaffSupportRequest({
          queue: 'birth_relative',
          family: null,
          children: [],
          birthRelative: {
            id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
            name: 'Karen Doyle',
            relationship: 'Birth mother',
          },
        }),
      ),
    )
    renderRoute(path)

    await screen.findByRole('heading', { level: 1, name: 'Request SR-2026-0042' })
    expect(valueOf('Birth relative')).toHaveTextContent('Karen Doyle')
    expect(valueOf('Relationship to the child')).toHaveTextContent('Birth mother')
    expect(screen.queryByText('Family', { selector: 'dt' })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Message to the birth relative' })).toBeVisible()
    expect(
      screen.getByRole('form', { name: 'Send a message to the birth relative' }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: 'Send message to the birth relative' }),
    ).toBeInTheDocument()
    const noteForm = screen.getByRole('form', { name: 'Add a case note' })
    expect(
      within(noteForm).getByText(/The birth relative never sees this\./, {
        selector: '.govuk-warning-text__text',
      }),
    ).toHaveTextContent(/The birth relative never sees this\. Case notes are for the team only\.$/)
    expect(
      within(noteForm).getByRole('textbox', { name: 'Case note' }),
    ).toHaveAccessibleDescription(
      'The birth relative never sees this. Write what happened and what was decided.',
    )
    expect(screen.getByText('The birth relative never sees case notes.')).toHaveClass(
      'govuk-inset-text',
    )
    // Their own assessment starts from their request.
    expect(screen.getByRole('button', { name: 'Start an assessment of need' })).toHaveAttribute(
      'href',
      `/needs-assessments/new?birthRelativeId=b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e&supportRequestId=${supportRequestId}`,
    )
  })

  it('starts an assessment of the family’s needs from an open request, never a closed one', async () => {
    server.use(
      ...signedInAs('support_worker'),
      supportRequestHandler(
        buildStaffSupportRequest({
          status: 'allocated',
          allowedActions: ['close', 'message', 'note'],
        }),
      ),
    )
    const { unmount } = renderRoute(path)

    expect(
      await screen.findByRole('button', { name: 'Start an assessment of need' }),
    ).toHaveAttribute(
      'href',
      `/needs-assessments/new?familyId=${familyId}&supportRequestId=${supportRequestId}`,
    )
    unmount()

    server.use(
      supportRequestHandler(
        buildStaffSupportRequest({ status: 'closed', allowedActions: ['note'] }),
      ),
    )
    renderRoute(path)
    await screen.findByRole('heading', { level: 1, name: 'Request SR-2026-0042' })
    expect(
      screen.queryByRole('button', { name: 'Start an assessment of need' }),
    ).not.toBeInTheDocument()
  })

  it('offers team managers allocation and the audit trail', async () => {
    server.use(
      ...signedInAs('team_manager'),
      supportRequestHandler(
        buildStaffSupportRequest({
          status: 'awaiting_allocation',
          allowedActions: ['allocate', 'close', 'message', 'note'],
        }),
      ),
    )
    renderRoute(path)

    expect(await screen.findByRole('button', { name: 'Allocate' })).toHaveAttribute(
      'href',
      `${path}/allocate`,
    )
    expect(screen.queryByRole('button', { name: 'Record triage decision' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'View audit trail' })).toHaveAttribute(
      'href',
      `${path}/audit`,
    )
  })

  it('sends the family a message with an idempotency key, then empties the box', async () => {
    const sent = recorder()
    server.use(
      ...signedInAs('support_worker'),
      supportRequestHandler(),
      http.post(mswPath('sendTeamMessage'), async ({ request }) => {
        await sent.record(request)
        const request_ = buildStaffSupportRequest()
        return HttpResponse.json<StaffSupportRequest>(
          {
            ...request_,
            messages: [
              ...request_.messages,
              {
                id: 'a1b2c3d4-0000-4000-8000-000000000009',
                sentAt: '2026-10-02T08:30:00.000Z',
                from: 'team',
                authorName: 'Tom Hughes',
                body: 'I will call you on Monday.',
                attachments: [],
              },
            ],
          },
          { status: 201 },
        )
      }),
    )
    const { user } = renderRoute(path)

    const box = await screen.findByRole('textbox', { name: 'Message to the family' })
    await user.click(screen.getByRole('button', { name: 'Send message to the family' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter your message' }),
    ).toHaveAttribute('href', '#message-body')

    await user.type(box, 'I will call you on Monday.')
    await user.click(screen.getByRole('button', { name: 'Send message to the family' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Your message has been sent')
    expect(
      within(screen.getByRole('region', { name: 'Messages' })).getByText(
        'I will call you on Monday.',
      ),
    ).toBeInTheDocument()
    expect(box).toHaveValue('')
    expect(sent.bodies).toHaveLength(1)
    expect(sent.bodies[0]).toMatchObject({
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      body: 'I will call you on Monday.',
    })
  })

  it('sends the files still attached: a removed one is left out', async () => {
    const sent = recorder()
    const upload = uploadHandler()
    server.use(
      ...signedInAs('support_worker'),
      supportRequestHandler(),
      upload.handler,
      http.post(mswPath('sendTeamMessage'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffSupportRequest>(buildStaffSupportRequest(), { status: 201 })
      }),
    )
    const { user } = renderRoute(path)

    await user.type(
      await screen.findByRole('textbox', { name: 'Message to the family' }),
      'The school’s letter and the meeting notes.',
    )
    const fileInput = screen.getByLabelText('Attach a file (optional)')
    await user.upload(fileInput, buildPdf('school letter.pdf'))
    await screen.findByRole('button', { name: 'Remove school letter.pdf' })
    await user.upload(fileInput, buildPdf('meeting notes.pdf'))
    await user.click(await screen.findByRole('button', { name: 'Remove school letter.pdf' }))

    expect(screen.queryByText('school letter.pdf')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Remove meeting notes.pdf' })).toBeInTheDocument()
    expect(fileInput).toHaveFocus()
    expect(upload.received.map((file) => file.fileName)).toEqual([
      'school letter.pdf',
      'meeting notes.pdf',
    ])
    await user.click(screen.getByRole('button', { name: 'Send message to the family' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Your message has been sent')
    expect(sent.bodies).toEqual([
      {
        idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        body: 'The school’s letter and the meeting notes.',
        attachmentIds: [uploadedFileId(2)],
      },
    ])
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument()
  })

  it('attaches files with GOV.UK’s “Choose file” button when its JavaScript runs', async () => {
    document.body.classList.add('govuk-frontend-supported')
    onTestFinished(() => {
      document.body.classList.remove('govuk-frontend-supported')
    })
    // jsdom has no GOV.UK styles, which the service navigation's JavaScript looks for.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const upload = uploadHandler()
    server.use(...signedInAs('support_worker'), supportRequestHandler(), upload.handler)
    const { user } = renderRoute(path)

    const chooseFile = await screen.findByRole('button', { name: /^Attach a file \(optional\)/ })
    expect(chooseFile).toHaveAttribute('id', 'message-file')
    expect(chooseFile).toHaveTextContent('Choose file')
    const fileInput = screen
      .getByRole('form', { name: 'Send a message to the family' })
      .querySelector<HTMLInputElement>('input[type="file"]')
    expect(fileInput).toHaveAttribute('hidden')
    await user.upload(fileInput as HTMLInputElement, buildPdf('school letter.pdf'))
    await user.click(await screen.findByRole('button', { name: 'Remove school letter.pdf' }))

    expect(upload.received.map((file) => file.fileName)).toEqual(['school letter.pdf'])
    expect(chooseFile).toHaveFocus()
  })

  it('refuses a sixth file, and a file over 10MB, without uploading them', async () => {
    const upload = uploadHandler()
    server.use(...signedInAs('support_worker'), supportRequestHandler(), upload.handler)
    const { user } = renderRoute(path)

    const fileInput = await screen.findByLabelText('Attach a file (optional)')
    const tooLarge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.pdf', {
      type: 'application/pdf',
    })
    await user.upload(fileInput, tooLarge)
    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'The selected file must be smaller than 10MB',
      }),
    ).toHaveAttribute('href', '#message-file')

    for (const n of [1, 2, 3, 4, 5]) {
      await user.upload(fileInput, buildPdf(`page ${String(n)}.pdf`))
      await screen.findByRole('button', { name: `Remove page ${String(n)}.pdf` })
    }
    // A good upload takes the file's error away.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await user.upload(fileInput, buildPdf('page 6.pdf'))

    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'You can attach up to 5 files to a message',
      }),
    ).toHaveAttribute('href', '#message-file')
    expect(fileInput).toHaveAccessibleDescription(
      'PDF, JPG, PNG or Word document, up to 10MB. You can attach up to 5 files. Error: You can attach up to 5 files to a message',
    )
    expect(upload.received).toHaveLength(5)
    expect(screen.getAllByRole('button', { name: /^Remove/ })).toHaveLength(5)
  })

  it('adds an internal case note', async () => {
    const sent = recorder()
    server.use(
      ...signedInAs('support_worker'),
      supportRequestHandler(),
      http.post(mswPath('addCaseNote'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffSupportRequest>(
          buildStaffSupportRequest({
            notes: [
              {
                id: 'a1b2c3d4-0000-4000-8000-000000000010',
                writtenAt: '2026-10-02T08:45:00.000Z',
                authorName: 'Tom Hughes',
                body: 'School meeting on Friday.',
              },
            ],
          }),
          { status: 201 },
        )
      }),
    )
    const { user } = renderRoute(path)

    await user.type(
      await screen.findByRole('textbox', { name: 'Case note' }),
      'School meeting on Friday.',
    )
    await user.click(screen.getByRole('button', { name: 'Add case note' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('The case note has been added')
    const notes = screen.getByRole('region', { name: 'Case notes' })
    expect(within(notes).getByText('School meeting on Friday.')).toBeInTheDocument()
    expect(within(notes).getByText('Written on 2 October 2026 at 9:45am')).toBeInTheDocument()
    expect(sent.bodies).toEqual([{ body: 'School meeting on Friday.' }])
  })

  it('shows the API’s message when a message cannot be sent, keeps it and fetches the request again', async () => {
    let closed = false
    server.use(
      ...signedInAs('support_worker'),
      supportRequestHandler(() =>
        closed
          ? buildStaffSupportRequest({ status: 'closed', allowedActions: ['note'] })
          : buildStaffSupportRequest(),
      ),
      http.post(mswPath('sendTeamMessage'), () => {
        closed = true
        return apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'This request has been closed, so messages cannot be sent',
        })
      }),
    )
    const { user } = renderRoute(path)

    await user.type(await screen.findByRole('textbox', { name: 'Message to the family' }), 'Hello')
    await user.click(screen.getByRole('button', { name: 'Send message to the family' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This request has been closed, so messages cannot be sent',
    )
    expect(await screen.findByText('Closed', { selector: '.govuk-tag' })).toBeInTheDocument()
    expect(document.title).toBe('Error: Request SR-2026-0042 – Adoption support')
  })

  it('is “Page not found” for an id that cannot be one', async () => {
    server.use(...signedInAs('support_worker'))
    renderRoute('/support-line/requests/SR-1')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})
