import type { StaffSupportRequest } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { familyId } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { renderRoute } from '../../../test/render.tsx'
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
    expect(valueOf('Time left to reply')).toHaveTextContent(
      '2 working days left (reply due by 5 October 2026)',
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
    await user.click(screen.getByRole('button', { name: 'Send message' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter your message' }),
    ).toHaveAttribute('href', '#message-body')

    await user.type(box, 'I will call you on Monday.')
    await user.click(screen.getByRole('button', { name: 'Send message' }))

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
    await user.click(screen.getByRole('button', { name: 'Send message' }))

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
