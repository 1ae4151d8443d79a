import type { StaffAssessment } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { assessmentId, buildStaffAssessment } from '../test/factories.ts'
import { assessmentHandler, recorder, signedInAs } from '../test/handlers.ts'

const planId = '9f2e8a7b-3c0d-4e1f-8a5b-6c7d8e9fa0b1'

function valueOf(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

function taskListItems() {
  return [...document.querySelectorAll('.govuk-task-list__item')].map((item) => {
    const link = item.querySelector('a')
    return [
      link?.textContent ?? item.querySelector('.govuk-task-list__name-and-hint > div')?.textContent,
      link?.getAttribute('href') ?? null,
      item.querySelector('.govuk-task-list__status')?.textContent,
    ]
  })
}

/** The buttons and button-links under "What you can do next". */
function actions() {
  const group = document.querySelector('.govuk-button-group')
  return group === null
    ? []
    : [...group.querySelectorAll('.govuk-button')].map((button) => button.textContent)
}

describe('an assessment', { timeout: 30_000 }, () => {
  it('shows the assessment, its sections as a task list and what a support worker may do', async () => {
    server.use(signedInAs('support_worker'), assessmentHandler())
    renderRoute(`/needs-assessments/${assessmentId}`)

    await screen.findByRole('heading', { level: 1, name: 'Assessment of need' })
    expect(document.title).toBe('Assessment of need: ACE-2024-0117 – Adoption support')
    expect(valueOf('Status')).toBe('In progress')
    expect(valueOf('Children')).toBe('Mia Philips')
    expect(valueOf('Adopters')).toBe('Sarah PhilipsJames Philips')
    expect(valueOf('Council')).toBe('Coventry City Council')
    expect(valueOf('Worker')).toBe('Tom Hughes')
    expect(valueOf('Asked for')).toBe('1 September 2026')
    expect(valueOf('Start by')).toBe('15 September 2026')
    expect(valueOf('Complete by')).toBe('10 November 2026')
    expect(valueOf('Respond by')).toBe('Not set yet')

    const sections = `/needs-assessments/${assessmentId}/sections`
    const items = taskListItems()
    expect(items).toHaveLength(12)
    expect(items.slice(0, 3)).toEqual([
      ['Emotional and behavioural development', `${sections}/emotional_behavioural`, 'Completed'],
      ['Attachment', `${sections}/attachment`, 'In progress'],
      ['Education', `${sections}/education`, 'Not yet started'],
    ])
    expect(items[11]).toEqual([
      'Recommended services',
      `${sections}/recommended_services`,
      'Not yet started',
    ])
    expect(
      screen.getByRole('link', { name: 'Emotional and behavioural development' }),
    ).toHaveAccessibleDescription('Saved 30 September 2026 at 2:15pm by Tom Hughes Completed')

    expect(screen.getByRole('link', { name: 'Download the assessment (PDF)' })).toHaveAttribute(
      'href',
      `/api/staff/assessments/${assessmentId}/pdf`,
    )
    // No decision yet, so no notice of one.
    expect(
      screen.queryByRole('link', { name: 'Download the decision notice (PDF)' }),
    ).not.toBeInTheDocument()

    expect(actions()).toEqual(['Send for sign-off', 'Withdraw the assessment'])
    expect(screen.getByRole('button', { name: 'Withdraw the assessment' })).toHaveAttribute(
      'href',
      `/needs-assessments/${assessmentId}/withdraw`,
    )
  })

  it('offers a team manager only what the API allows, and links sections to their history once it cannot be written', async () => {
    server.use(
      signedInAs('team_manager'),
      assessmentHandler(
        buildStaffAssessment({
          status: 'awaiting_sign_off',
          allowedActions: ['return', 'signOff', 'withdraw'],
        }),
      ),
    )
    renderRoute(`/needs-assessments/${assessmentId}`)

    await screen.findByRole('heading', { level: 1, name: 'Assessment of need' })
    expect(actions()).toEqual(['Sign off', 'Return with comments', 'Withdraw the assessment'])
    expect(screen.getByRole('button', { name: 'Return with comments' })).toHaveAttribute(
      'href',
      `/needs-assessments/${assessmentId}/return`,
    )
    const sections = `/needs-assessments/${assessmentId}/sections`
    expect(taskListItems().slice(0, 3)).toEqual([
      [
        'Emotional and behavioural development',
        `${sections}/emotional_behavioural/history`,
        'Completed',
      ],
      ['Attachment', `${sections}/attachment/history`, 'In progress'],
      ['Education', null, 'Not yet started'],
    ])
  })

  it('shows a duty officer no actions, and the decision, the response and the plan once there are', async () => {
    server.use(
      signedInAs('duty_officer'),
      assessmentHandler(
        buildStaffAssessment({
          status: 'decided',
          proposal: 'We propose therapeutic parenting support for 12 weeks.',
          proposalSentAt: '2026-09-01T10:00:00.000Z',
          responseDueOn: '2026-09-29',
          response: 'representations',
          representations: 'We would like the sessions after school.',
          respondedAt: '2026-09-10T16:30:00.000Z',
          decision: 'Therapeutic parenting support for 12 weeks, after school.',
          decidedByName: 'Grace Okafor',
          decidedAt: '2026-09-30T11:00:00.000Z',
          planId,
          allowedActions: [],
        }),
      ),
    )
    renderRoute(`/needs-assessments/${assessmentId}`)

    await screen.findByRole('heading', { level: 1, name: 'Assessment of need' })
    expect(actions()).toEqual([])
    expect(screen.queryByRole('heading', { name: 'What you can do next' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Proposed decision' })).toBeVisible()
    expect(screen.getByText('We would like the sessions after school.')).toBeVisible()
    expect(screen.getByText('Made 30 September 2026 at midday by Grace Okafor')).toBeVisible()
    expect(screen.getByRole('link', { name: 'See the support plan' })).toHaveAttribute(
      'href',
      `/support-plans/${planId}`,
    )
    expect(screen.getByRole('link', { name: 'Download the assessment (PDF)' })).toHaveAttribute(
      'href',
      `/api/staff/assessments/${assessmentId}/pdf`,
    )
    expect(
      screen.getByRole('link', { name: 'Download the decision notice (PDF)' }),
    ).toHaveAttribute('href', `/api/staff/assessments/${assessmentId}/decision-notice`)
  })

  it('shows the manager’s comments on an assessment returned for changes', async () => {
    server.use(
      signedInAs('support_worker'),
      assessmentHandler(
        buildStaffAssessment({
          status: 'returned',
          managerComments: 'Say more about school: talk to the class teacher.',
        }),
      ),
    )
    renderRoute(`/needs-assessments/${assessmentId}`)
    await screen.findByRole('heading', { level: 1, name: 'Assessment of need' })
    expect(screen.getByText('Say more about school: talk to the class teacher.')).toBeVisible()
  })

  it('sends it for sign-off with the version read, and says so', async () => {
    const sent = recorder()
    let assessment = buildStaffAssessment()
    server.use(
      signedInAs('support_worker'),
      assessmentHandler(() => assessment),
      http.post(mswPath('submitAssessment'), async ({ request }) => {
        await sent.record(request)
        assessment = buildStaffAssessment({
          status: 'awaiting_sign_off',
          allowedActions: ['withdraw'],
          version: 6,
        })
        return HttpResponse.json<StaffAssessment>(assessment)
      }),
    )
    const { user, router } = renderRoute(`/needs-assessments/${assessmentId}`)
    await screen.findByRole('heading', { level: 1, name: 'Assessment of need' })

    await user.click(screen.getByRole('button', { name: 'Send for sign-off' }))

    expect(
      await screen.findByText('Assessment sent for sign-off', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/needs-assessments/${assessmentId}`)
    expect(valueOf('Status')).toBe('Waiting for sign-off')
    expect(actions()).toEqual(['Withdraw the assessment'])
    expect(sent.bodies).toEqual([{ version: 5 }])
  })

  it('shows the API’s words when someone else changed it first, and what may be done now', async () => {
    const sent = recorder()
    let assessment = buildStaffAssessment({
      status: 'awaiting_sign_off',
      allowedActions: ['return', 'signOff', 'withdraw'],
    })
    server.use(
      signedInAs('team_manager'),
      assessmentHandler(() => assessment),
      http.post(mswPath('signOffAssessment'), async ({ request }) => {
        await sent.record(request)
        assessment = buildStaffAssessment({
          status: 'returned',
          managerComments: 'Say more about school.',
          allowedActions: ['withdraw'],
          version: 6,
        })
        return apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'This assessment was changed by someone else. Check it and try again',
        })
      }),
    )
    const { user } = renderRoute(`/needs-assessments/${assessmentId}`)
    await screen.findByRole('heading', { level: 1, name: 'Assessment of need' })

    await user.click(screen.getByRole('button', { name: 'Sign off' }))

    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByText(
        'This assessment was changed by someone else. Check it and try again',
      ),
    ).toBeInTheDocument()
    expect(document.title).toBe('Error: Assessment of need: ACE-2024-0117 – Adoption support')
    expect(await screen.findByText('Say more about school.')).toBeVisible()
    expect(actions()).toEqual(['Withdraw the assessment'])
    expect(sent.bodies).toEqual([{ version: 5 }])
  })
})
