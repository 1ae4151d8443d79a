import type { StaffSupportRequest } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildStaffSupportRequest, supportRequestId } from '../test/factories.ts'
import { recorder, signedInAs, supportRequestHandler } from '../test/handlers.ts'

const path = `/support-line/requests/${supportRequestId}/triage`

function triageAnswers(
  sent: ReturnType<typeof recorder>,
  answer: () => Response | Promise<Response> = () =>
    HttpResponse.json<StaffSupportRequest>(
      buildStaffSupportRequest({ status: 'awaiting_allocation', allowedActions: ['allocate'] }),
    ),
) {
  return http.post(mswPath('triageSupportRequest'), async ({ request }) => {
    await sent.record(request)
    return answer()
  })
}

describe('record a triage decision', { timeout: 30_000 }, () => {
  it('reveals the call’s date and time, or who it was referred to, under the decision', async () => {
    server.use(...signedInAs('duty_officer'), supportRequestHandler())
    const { user } = renderRoute(path)

    const decisions = await screen.findByRole('group', { name: 'What is the decision?' })
    expect(document.title).toBe('Record a triage decision – Adoption support')
    expect(screen.getByText('Request SR-2026-0042: Sarah Philips and James Philips')).toHaveClass(
      'govuk-caption-l',
    )
    expect(
      within(decisions)
        .getAllByRole('radio')
        .map((radio) => radio.closest('.govuk-radios__item')?.textContent),
    ).toEqual([
      'Give advice and close',
      'Offer a group or training',
      'Short-term duty support',
      'Book a support and advice call',
      'Allocate for an assessment of need',
      'Refer on (safeguarding or another service)',
    ])
    const callRadio = screen.getByRole('radio', { name: 'Book a support and advice call' })
    const callReveal = document.getElementById(callRadio.getAttribute('aria-controls') ?? '')
    expect(callReveal).toHaveClass('govuk-radios__conditional--hidden')

    await user.click(callRadio)
    expect(callReveal).not.toHaveClass('govuk-radios__conditional--hidden')
    expect(within(callReveal!).getByRole('group', { name: 'Date of the call' })).toBeVisible()
    expect(within(callReveal!).getByRole('textbox', { name: 'Time of the call' })).toBeVisible()

    const referRadio = screen.getByRole('radio', {
      name: 'Refer on (safeguarding or another service)',
    })
    await user.click(referRadio)
    expect(callReveal).toHaveClass('govuk-radios__conditional--hidden')
    const referReveal = document.getElementById(referRadio.getAttribute('aria-controls') ?? '')
    expect(referReveal).not.toHaveClass('govuk-radios__conditional--hidden')
    expect(
      within(referReveal!).getByRole('textbox', { name: 'Who it was referred to' }),
    ).toBeInTheDocument()

    // Tiers come from the agency's settings; the safeguarding flag starts as the request has it.
    expect(
      within(screen.getByRole('group', { name: 'Support tier (optional)' }))
        .getAllByRole('radio')
        .map((radio) => radio.closest('.govuk-radios__item')?.textContent),
    ).toEqual(['Tier 1: Information and advice', 'Tier 2: Duty support', 'Tier 3: Allocated case'])
    expect(
      screen.getByRole('checkbox', {
        name: 'This is a safeguarding concern — the team manager will be alerted',
      }),
    ).not.toBeChecked()
  })

  it('books a call: sends its London time with the offset, the tier, the flag and the version', async () => {
    const sent = recorder()
    server.use(...signedInAs('duty_officer'), supportRequestHandler(), triageAnswers(sent))
    const { user, router } = renderRoute(path)

    await user.click(await screen.findByRole('radio', { name: 'Book a support and advice call' }))
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '14')
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '10')
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2026')
    await user.type(screen.getByRole('textbox', { name: 'Time of the call' }), '10:30am')
    await user.click(screen.getByRole('radio', { name: 'Tier 2: Duty support' }))
    await user.click(
      screen.getByRole('checkbox', {
        name: 'This is a safeguarding concern — the team manager will be alerted',
      }),
    )
    await user.type(
      screen.getByRole('textbox', { name: 'Reason for the decision' }),
      'Needs a longer conversation about school.',
    )
    await user.click(screen.getByRole('button', { name: 'Record decision' }))

    expect(await screen.findByRole('alert', {}, { timeout: 5_000 })).toHaveTextContent(
      'The triage decision has been recorded',
    )
    expect(currentLocation(router).path).toBe(`/support-line/requests/${supportRequestId}`)
    expect(sent.bodies).toEqual([
      {
        version: 3,
        decision: 'book_advice_call',
        reason: 'Needs a longer conversation about school.',
        tier: 2,
        safeguarding: true,
        adviceCallAt: '2026-10-14T10:30:00+01:00',
      },
    ])
  })

  it('allocates for an assessment of need, and refers on to someone', async () => {
    const sent = recorder()
    server.use(...signedInAs('team_manager'), supportRequestHandler(), triageAnswers(sent))
    const { user } = renderRoute(path)

    await user.click(
      await screen.findByRole('radio', { name: 'Refer on (safeguarding or another service)' }),
    )
    await user.type(
      screen.getByRole('textbox', { name: 'Who it was referred to' }),
      'Coventry children’s services front door',
    )
    await user.click(screen.getByRole('radio', { name: 'Allocate for an assessment of need' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Reason for the decision' }),
      'Several needs over time.',
    )
    await user.click(screen.getByRole('button', { name: 'Record decision' }))

    await screen.findByRole('alert', {}, { timeout: 5_000 })
    // Only what the chosen decision needs is sent.
    expect(sent.bodies).toEqual([
      {
        version: 3,
        decision: 'allocate_for_assessment',
        reason: 'Several needs over time.',
        safeguarding: false,
      },
    ])
  })

  it('shows the GOV.UK errors in page order', async () => {
    const sent = recorder()
    server.use(...signedInAs('duty_officer'), supportRequestHandler(), triageAnswers(sent))
    const { user } = renderRoute(path)

    await user.click(await screen.findByRole('button', { name: 'Record decision' }))
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Select a triage decision', '#decision'],
      ['Enter the reason for the decision', '#reason'],
    ])
    expect(document.title).toBe('Error: Record a triage decision – Adoption support')

    await user.click(screen.getByRole('radio', { name: 'Book a support and advice call' }))
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '31')
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '11')
    await user.type(screen.getByRole('textbox', { name: 'Time of the call' }), 'half ten')
    await user.click(screen.getByRole('button', { name: 'Record decision' }))
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Date of the call must include a year', '#adviceCallAt-year'],
      ['Enter the time of the call, like 10:30am or 2pm', '#adviceCallTime'],
      ['Enter the reason for the decision', '#reason'],
    ])
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveClass('govuk-input--error')
    expect(screen.getByRole('textbox', { name: 'Day' })).not.toHaveClass('govuk-input--error')
    expect(screen.getByRole('textbox', { name: 'Time of the call' })).toHaveAccessibleDescription(
      'UK time. For example, 10:30am or 2pm Error: Enter the time of the call, like 10:30am or 2pm',
    )
    expect(sent.bodies).toEqual([])
  })

  it('says when someone else changed the request first, keeps what was typed and sends the new version next', async () => {
    let version = 3
    const sent = recorder()
    server.use(
      ...signedInAs('duty_officer'),
      supportRequestHandler(() => buildStaffSupportRequest({ version })),
      triageAnswers(sent, () => {
        if (version === 3) {
          version = 4
          return apiErrorResponse(409, {
            code: 'CONFLICT',
            message: 'Someone else changed this request while you were working on it',
          })
        }
        return HttpResponse.json(buildStaffSupportRequest({ version: 5 }))
      }),
    )
    const { user } = renderRoute(path)

    await user.click(await screen.findByRole('radio', { name: 'Short-term duty support' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Reason for the decision' }),
      'Two calls this week.',
    )
    await user.click(screen.getByRole('button', { name: 'Record decision' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is a problemSomeone else changed this request while you were working on it',
    )
    expect(document.title).toBe('Error: Record a triage decision – Adoption support')
    expect(screen.getByRole('radio', { name: 'Short-term duty support' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Reason for the decision' })).toHaveValue(
      'Two calls this week.',
    )

    await user.click(screen.getByRole('button', { name: 'Record decision' }))
    expect(
      await screen.findByText('The triage decision has been recorded', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(sent.bodies.map((body) => (body as { version: number }).version)).toEqual([3, 4])
  })

  it('says so when the request’s status no longer allows a triage decision', async () => {
    server.use(
      ...signedInAs('duty_officer'),
      supportRequestHandler(
        buildStaffSupportRequest({ status: 'allocated', allowedActions: ['message', 'note'] }),
      ),
    )
    renderRoute(path)

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You cannot record a triage decision for this request',
      }),
    ).toBeInTheDocument()
    expect(screen.getByText(/The request’s status is allocated/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Record decision' })).not.toBeInTheDocument()
  })
})
