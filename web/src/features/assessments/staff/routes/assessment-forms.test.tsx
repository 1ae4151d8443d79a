import type { StaffAssessment } from '@asp/bff/contract'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { assessmentId, buildStaffAssessment } from '../test/factories.ts'
import { assessmentHandler, recorder, signedInAs } from '../test/handlers.ts'

const assessmentPath = `/needs-assessments/${assessmentId}`

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('send the proposed decision', { timeout: 30_000 }, () => {
  it('warns that the family is emailed, needs the proposal, then sends it with the version', async () => {
    const sent = recorder()
    let assessment = buildStaffAssessment({
      status: 'signed_off',
      allowedActions: ['sendProposal', 'withdraw'],
    })
    server.use(
      signedInAs('support_worker'),
      assessmentHandler(() => assessment),
      http.post(mswPath('sendProposal'), async ({ request }) => {
        await sent.record(request)
        assessment = buildStaffAssessment({
          status: 'proposal_sent',
          proposal: 'Therapeutic parenting support for 12 weeks.',
          proposalSentAt: '2026-10-03T08:00:00.000Z',
          responseDueOn: '2026-11-02',
          allowedActions: ['recordResponse', 'withdraw'],
          version: 6,
        })
        return HttpResponse.json<StaffAssessment>(assessment)
      }),
    )
    const { user, router } = renderRoute(`${assessmentPath}/proposal`)

    await screen.findByRole('heading', { level: 1, name: 'Send the proposed decision' })
    expect(document.title).toBe('Send the proposed decision – Adoption support')
    expect(screen.getByText(/The family will be emailed/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Back to the assessment' })).toHaveAttribute(
      'href',
      assessmentPath,
    )

    await user.click(screen.getByRole('button', { name: 'Send the proposed decision' }))
    expect(summaryLinks()).toEqual([['Enter the proposed decision', '#proposal']])
    expect(
      screen.getByRole('textbox', { name: 'The proposed decision' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Error: Enter the proposed decision'))
    expect(document.title).toBe('Error: Send the proposed decision – Adoption support')
    expect(sent.bodies).toEqual([])

    await user.type(
      screen.getByRole('textbox', { name: 'The proposed decision' }),
      'Therapeutic parenting support for 12 weeks.',
    )
    await user.click(screen.getByRole('button', { name: 'Send the proposed decision' }))

    expect(
      await screen.findByText('Proposed decision sent', { selector: 'h3' }, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(assessmentPath)
    expect(screen.getByText('Respond by', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      '2 November 2026',
    )
    expect(sent.bodies).toEqual([
      { version: 5, proposal: 'Therapeutic parenting support for 12 weeks.' },
    ])
  })
})

describe('record the family’s response', { timeout: 30_000 }, () => {
  it('asks for the representations when the family made them', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      assessmentHandler(
        buildStaffAssessment({ status: 'proposal_sent', allowedActions: ['recordResponse'] }),
      ),
      http.post(mswPath('recordProposalResponse'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffAssessment>(
          buildStaffAssessment({ status: 'response_received', allowedActions: [], version: 6 }),
        )
      }),
    )
    const { user } = renderRoute(`${assessmentPath}/response`)

    await screen.findByRole('heading', { level: 1, name: 'How did the family respond?' })
    await user.click(screen.getByRole('button', { name: 'Record the response' }))
    expect(summaryLinks()).toEqual([['Select how the family responded', '#response']])

    await user.click(screen.getByRole('radio', { name: 'They made representations' }))
    await user.click(screen.getByRole('button', { name: 'Record the response' }))
    expect(summaryLinks()).toEqual([['Enter the family’s representations', '#representations']])

    await user.type(
      screen.getByRole('textbox', { name: 'The family’s representations' }),
      'Sarah phoned: they would like the sessions after school.',
    )
    await user.click(screen.getByRole('button', { name: 'Record the response' }))
    expect(
      await screen.findByText('The family’s response has been recorded', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(sent.bodies).toEqual([
      {
        version: 5,
        response: 'representations',
        representations: 'Sarah phoned: they would like the sessions after school.',
      },
    ])
  })
})

describe('return with comments', { timeout: 30_000 }, () => {
  it('keeps the comments when someone else changed the assessment first, and retries with their version', async () => {
    const sent = recorder()
    let version = 5
    server.use(
      signedInAs('team_manager'),
      assessmentHandler(() =>
        buildStaffAssessment({
          status: 'awaiting_sign_off',
          allowedActions: ['return', 'signOff', 'withdraw'],
          version,
        }),
      ),
      http.post(mswPath('returnAssessment'), async ({ request }): Promise<Response> => {
        await sent.record(request)
        if (sent.bodies.length === 1) {
          version = 6
          return apiErrorResponse(409, {
            code: 'CONFLICT',
            message: 'This assessment was changed by someone else. Check it and try again',
          })
        }
        return HttpResponse.json<StaffAssessment>(
          buildStaffAssessment({ status: 'returned', version: 7 }),
        )
      }),
    )
    const { user } = renderRoute(`${assessmentPath}/return`)

    const box = await screen.findByRole('textbox', { name: 'What needs to change?' })
    await user.type(box, 'Say more about school.')
    await user.click(screen.getByRole('button', { name: 'Return with comments' }))

    expect(
      await within(await screen.findByRole('alert')).findByText(
        /This assessment was changed by someone else\. Check it and try again\. We have loaded their changes/,
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'What needs to change?' })).toHaveValue(
      'Say more about school.',
    )
    await user.click(screen.getByRole('button', { name: 'Return with comments' }))
    await screen.findByText('Assessment returned with comments', {}, { timeout: 5_000 })
    await waitFor(() => {
      expect(sent.bodies).toEqual([
        { version: 5, comments: 'Say more about school.' },
        { version: 6, comments: 'Say more about school.' },
      ])
    })
  })

  it('says it cannot be done once the assessment has moved on', async () => {
    server.use(
      signedInAs('team_manager'),
      assessmentHandler(buildStaffAssessment({ status: 'signed_off', allowedActions: [] })),
    )
    renderRoute(`${assessmentPath}/return`)
    await screen.findByRole('heading', { level: 1, name: 'What needs to change?' })
    expect(screen.getByText('You cannot do this now.')).toBeVisible()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('is not for duty officers', async () => {
    server.use(signedInAs('duty_officer'), assessmentHandler())
    renderRoute(`${assessmentPath}/decision`)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
