import type { StaffPlan } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildDraftPlan, buildStaffPlan, planId } from '../test/plan-factories.ts'
import { planHandler, recorder, signedInAs } from '../test/plan-handlers.ts'

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

function valueOf(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

describe('record a review of the plan', { timeout: 30_000 }, () => {
  it('needs the dates and what changed, then records the review', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      planHandler(buildStaffPlan({ reviewDue: true })),
      http.post(mswPath('recordPlanReview'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffPlan>(
          buildStaffPlan({ nextReviewOn: '2027-10-01', reviewDue: false, version: 5 }),
        )
      }),
    )
    const { user, router } = renderRoute(`/support-plans/${planId}/review`)

    await screen.findByRole('heading', { level: 1, name: 'Record a review' })
    expect(document.title).toBe('Record a review – Adoption support')
    expect(screen.getByText(/The review is due on 1 April 2027\./)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Record the review' }))
    expect(summaryLinks()).toEqual([
      ['Enter the date of the review', '#reviewedOn-day'],
      ['Enter what changed', '#whatChanged'],
      ['Enter the date of the next review', '#nextReviewOn-day'],
    ])
    expect(document.title).toBe('Error: Record a review – Adoption support')

    const reviewed = within(screen.getByRole('group', { name: 'Date of the review' }))
    await user.type(reviewed.getByRole('textbox', { name: 'Day' }), '2')
    await user.type(reviewed.getByRole('textbox', { name: 'Month' }), '4')
    await user.type(reviewed.getByRole('textbox', { name: 'Year' }), '2027')
    await user.type(
      screen.getByRole('textbox', { name: 'What changed?' }),
      'The school liaison continues; the course has finished.',
    )
    const next = within(screen.getByRole('group', { name: 'Date of the next review' }))
    await user.type(next.getByRole('textbox', { name: 'Day' }), '1')
    await user.type(next.getByRole('textbox', { name: 'Month' }), '13')
    await user.type(next.getByRole('textbox', { name: 'Year' }), '2027')
    await user.click(screen.getByRole('button', { name: 'Record the review' }))
    expect(summaryLinks()).toEqual([
      ['The date of the next review must be a real date', '#nextReviewOn-month'],
    ])
    expect(next.getByRole('textbox', { name: 'Month' })).toHaveClass('govuk-input--error')
    expect(next.getByRole('textbox', { name: 'Day' })).not.toHaveClass('govuk-input--error')
    expect(sent.bodies).toEqual([])

    await user.clear(next.getByRole('textbox', { name: 'Month' }))
    await user.type(next.getByRole('textbox', { name: 'Month' }), '10')
    await user.click(screen.getByRole('button', { name: 'Record the review' }))

    expect(await screen.findByText('Review recorded', {}, { timeout: 5_000 })).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/support-plans/${planId}`)
    expect(valueOf('Next review')).toBe('1 October 2027')
    expect(sent.bodies).toEqual([
      {
        version: 4,
        reviewedOn: '2027-04-02',
        whatChanged: 'The school liaison continues; the course has finished.',
        nextReviewOn: '2027-10-01',
      },
    ])
  })

  it('says a draft cannot be reviewed until it is shared', async () => {
    server.use(signedInAs('team_manager'), planHandler(buildDraftPlan()))
    renderRoute(`/support-plans/${planId}/review`)

    await screen.findByRole('heading', { level: 1, name: 'Record a review' })
    expect(
      screen.getByText('You can record a review once the plan is shared with the family.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Record the review' })).not.toBeInTheDocument()
  })
})

describe('close the plan', { timeout: 30_000 }, () => {
  it('needs the outcome, then closes the plan with it', async () => {
    const sent = recorder()
    const outcome = 'Mia is settled at school and the family no longer needs the services.'
    server.use(
      signedInAs('team_manager'),
      planHandler(),
      http.post(mswPath('closePlan'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffPlan>(
          buildStaffPlan({
            status: 'closed',
            outcome,
            closedAt: '2027-06-30T14:00:00.000Z',
            allowedActions: [],
            version: 5,
          }),
        )
      }),
    )
    const { user, router } = renderRoute(`/support-plans/${planId}/close`)

    await screen.findByRole('heading', { level: 1, name: 'Close the plan' })
    await user.click(screen.getByRole('button', { name: 'Close the plan' }))
    expect(summaryLinks()).toEqual([['Enter the outcome', '#outcome']])
    expect(sent.bodies).toEqual([])

    await user.type(screen.getByRole('textbox', { name: 'What was the outcome?' }), outcome)
    await user.click(screen.getByRole('button', { name: 'Close the plan' }))

    expect(
      await screen.findByText('Support plan closed', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/support-plans/${planId}`)
    expect(valueOf('Outcome')).toBe(outcome)
    expect(sent.bodies).toEqual([{ version: 4, outcome }])
  })
})
