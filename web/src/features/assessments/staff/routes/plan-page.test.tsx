import type { StaffPlan } from '@asp/bff/contract'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { assessmentId, buildDraftPlan, buildStaffPlan, planId } from '../test/plan-factories.ts'
import { planHandler, recorder, signedInAs } from '../test/plan-handlers.ts'

const planPath = `/support-plans/${planId}`

function valueOf(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

function actionNames() {
  return [...screen.queryAllByRole('button', { name: /the plan|with the family|review/ })].map(
    (action) => action.textContent,
  )
}

describe('a support plan', { timeout: 30_000 }, () => {
  it('shows the plan: its status, review due, services with their costs and the reviews, newest first', async () => {
    server.use(signedInAs('support_worker'), planHandler(buildStaffPlan({ reviewDue: true })))
    renderRoute(planPath)

    await screen.findByRole('heading', { level: 1, name: 'Support plan' })
    expect(document.title).toBe('Support plan – Adoption support')
    expect(screen.getByText('ACE-2024-0117')).toBeInTheDocument()
    expect(screen.getByText('Active', { selector: '.govuk-tag' })).toBeInTheDocument()
    expect(valueOf('Named worker')).toBe('Tom Hughes')
    expect(valueOf('Next review')).toBe('1 April 2027 Review due')
    expect(screen.getByText('Review due')).toHaveClass('govuk-tag--red')
    expect(valueOf('Shared with the family')).toBe('5 October 2026 at 11:30am')
    expect(screen.queryByText('Outcome', { selector: 'dt' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Download the plan (PDF)' })).toHaveAttribute(
      'href',
      `/api/staff/plans/${planId}/pdf`,
    )

    const services = within(screen.getByRole('region', { name: 'Services' }))
    expect(
      services.getAllByRole('row').map((row) =>
        within(row)
          .getAllByRole(row.querySelector('th') ? 'columnheader' : 'cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Service', 'Provided by', 'How often', 'When', 'Cost', 'Paid by'],
      [
        'Therapeutic parenting course',
        'Family Futures',
        'Weekly for 12 weeks',
        '2 November 2026 to 25 January 2027',
        '£1,234.50',
        'Adoption Support Fund',
      ],
      [
        'School liaison',
        'Virtual School, Coventry',
        'Once a term',
        'From 1 November 2026',
        '£0.00',
        'Education',
      ],
    ])

    expect(
      screen.getAllByRole('heading', { level: 3, name: /^Review on/ }).map((h) => h.textContent),
    ).toEqual(['Review on 15 January 2027', 'Review on 1 December 2026'])
    expect(
      screen.getByText('The course has ended. Sarah and James use the strategies every day.'),
    ).toBeInTheDocument()

    expect(actionNames()).toEqual(['Change the plan', 'Record a review', 'Close the plan'])
    expect(screen.getByRole('button', { name: 'Change the plan' })).toHaveAttribute(
      'href',
      `/support-plans/${planId}/change`,
    )
    expect(screen.getByRole('button', { name: 'Record a review' })).toHaveAttribute(
      'href',
      `/support-plans/${planId}/review`,
    )
    expect(screen.getByRole('button', { name: 'Close the plan' })).toHaveAttribute(
      'href',
      `/support-plans/${planId}/close`,
    )
    expect(
      screen.getByRole('link', { name: 'See the assessment the plan comes from' }),
    ).toHaveAttribute('href', `/needs-assessments/${assessmentId}`)
    expect(screen.getByRole('link', { name: 'Back to the assessment' })).toHaveAttribute(
      'href',
      `/needs-assessments/${assessmentId}`,
    )
  })

  it('offers a duty officer nothing to do, and shows a closed plan’s outcome', async () => {
    server.use(
      signedInAs('duty_officer'),
      planHandler(
        buildStaffPlan({
          status: 'closed',
          outcome: 'Mia is settled at school and the family no longer needs the services.',
          closedAt: '2027-06-30T14:00:00.000Z',
          allowedActions: [],
        }),
      ),
    )
    renderRoute(planPath)

    await screen.findByRole('heading', { level: 1, name: 'Support plan' })
    expect(screen.getByText('Closed', { selector: '.govuk-tag' })).toBeInTheDocument()
    expect(valueOf('Outcome')).toBe(
      'Mia is settled at school and the family no longer needs the services.',
    )
    expect(valueOf('Closed')).toBe('30 June 2027 at 3:00pm')
    expect(screen.queryByText('Next review', { selector: 'dt' })).not.toBeInTheDocument()
    expect(actionNames()).toEqual([])
  })

  it('shares a draft with the family, sending the version it was read at', async () => {
    const sent = recorder()
    server.use(
      signedInAs('team_manager'),
      planHandler(buildDraftPlan()),
      http.post(mswPath('sharePlan'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffPlan>(
          buildDraftPlan({
            status: 'active',
            sharedAt: '2026-10-06T09:00:00.000Z',
            allowedActions: ['change', 'review', 'close'],
            version: 2,
          }),
        )
      }),
    )
    const { user, router } = renderRoute(planPath)

    await screen.findByRole('heading', { level: 1, name: 'Support plan' })
    expect(screen.getByText('Draft', { selector: '.govuk-tag' })).toBeInTheDocument()
    expect(
      screen.getByText('The family cannot see the plan until you share it with them.'),
    ).toBeInTheDocument()
    expect(valueOf('Shared with the family')).toBe('Not shared yet')
    expect(screen.getByText('The plan has not been reviewed yet.')).toBeInTheDocument()
    expect(actionNames()).toEqual(['Share with the family', 'Change the plan', 'Close the plan'])

    await user.click(screen.getByRole('button', { name: 'Share with the family' }))

    expect(
      await screen.findByText('Support plan shared with the family', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(planPath)
    expect(screen.getByText('Active', { selector: '.govuk-tag' })).toBeInTheDocument()
    expect(valueOf('Shared with the family')).toBe('6 October 2026 at 10:00am')
    expect(screen.queryByRole('button', { name: 'Share with the family' })).not.toBeInTheDocument()
    expect(sent.bodies).toEqual([{ version: 1 }])
  })

  it('shows the API’s words when the plan cannot be shared', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      planHandler(buildDraftPlan({ services: [] })),
      http.post(mswPath('sharePlan'), async ({ request }) => {
        await sent.record(request)
        return apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'Add at least one service before you share the plan',
        })
      }),
    )
    const { user } = renderRoute(planPath)

    await screen.findByRole('heading', { level: 1, name: 'Support plan' })
    expect(screen.getByText('There are no services in the plan yet.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Share with the family' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument()
    expect(
      within(summary).getByText('Add at least one service before you share the plan'),
    ).toBeInTheDocument()
    await waitFor(() => {
      expect(document.title).toBe('Error: Support plan – Adoption support')
    })
    expect(sent.bodies).toEqual([{ version: 1 }])
  })
})
