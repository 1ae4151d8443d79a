import type { StaffPlan } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  assessmentId,
  buildDecidedAssessment,
  buildDraftPlan,
  planId,
  planWorkers,
} from '../test/plan-factories.ts'
import {
  planAssessmentHandler,
  planHandler,
  planWorkersHandler,
  recorder,
  signedInAs,
} from '../test/plan-handlers.ts'

const newPlanPath = `/needs-assessments/${assessmentId}/plan/new`

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

function service(number: number) {
  return within(screen.getByRole('group', { name: `Service ${String(number)}` }))
}

/** Replaces what a field holds with `text`, as a paste does. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field)
  if (text !== '') {
    await user.click(field)
    await user.paste(text)
  }
}

async function fillDate(
  user: UserEvent,
  group: HTMLElement,
  [day, month, year]: [string, string, string],
) {
  const date = within(group)
  await fill(user, date.getByRole('textbox', { name: 'Day' }), day)
  await fill(user, date.getByRole('textbox', { name: 'Month' }), month)
  await fill(user, date.getByRole('textbox', { name: 'Year' }), year)
}

interface ServiceAnswers {
  description: string
  provider: string
  frequency: string
  startsOn: [string, string, string]
  cost: string
  paidBy: string
}

async function fillService(user: UserEvent, number: number, answers: ServiceAnswers) {
  const fields = service(number)
  await fill(
    user,
    fields.getByRole('textbox', { name: 'What is the service?' }),
    answers.description,
  )
  await fill(user, fields.getByRole('textbox', { name: 'Who provides it?' }), answers.provider)
  await fill(user, fields.getByRole('textbox', { name: 'How often?' }), answers.frequency)
  await fillDate(user, fields.getByRole('group', { name: 'Start date' }), answers.startsOn)
  await fill(user, fields.getByRole('textbox', { name: 'Cost in pounds' }), answers.cost)
  await user.click(fields.getByRole('radio', { name: answers.paidBy }))
}

describe('write the support plan', { timeout: 30_000 }, () => {
  it('shows what is missing or wrong, adds and removes services, and sends the costs in pence', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      planAssessmentHandler(),
      planWorkersHandler(),
      planHandler(buildDraftPlan()),
      http.post(mswPath('makePlan'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffPlan>(buildDraftPlan(), { status: 201 })
      }),
    )
    const { user, router } = renderRoute(newPlanPath)

    await screen.findByRole('heading', { level: 1, name: 'Write the support plan' })
    expect(document.title).toBe('Write the support plan – Adoption support')
    expect(screen.getByText('ACE-2024-0117')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to the assessment' })).toHaveAttribute(
      'href',
      `/needs-assessments/${assessmentId}`,
    )
    // The signed-in worker is named unless changed; duty officers cannot be.
    const namedWorker = screen.getByRole('combobox', { name: 'Named worker' })
    expect(namedWorker).toHaveValue(planWorkers.tom.id)
    expect(
      within(namedWorker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Select a worker', 'Grace Okafor', 'Sam Patel', 'Tom Hughes'])
    expect(screen.getAllByRole('group', { name: /^Service \d$/ })).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Save the plan' }))
    expect(summaryLinks()).toEqual([
      ['Enter the date of the first review', '#nextReviewOn-day'],
      ['Enter what the service is', '#services-0-description'],
      ['Enter who provides the service', '#services-0-provider'],
      ['Enter how often', '#services-0-frequency'],
      ['Enter the date the service starts', '#services-0-startsOn-day'],
      ['Enter the cost', '#services-0-costPence'],
      ['Select who pays for the service', '#services-0-fundingSource'],
    ])
    expect(document.title).toBe('Error: Write the support plan – Adoption support')
    expect(
      service(1).getByRole('textbox', { name: 'Who provides it?' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Error: Enter who provides the service'))

    await fillDate(user, screen.getByRole('group', { name: 'Date of the first review' }), [
      '1',
      '3',
      '2027',
    ])
    await fillService(user, 1, {
      description: 'Therapeutic parenting course',
      provider: 'Family Futures',
      frequency: 'Weekly for 12 weeks',
      startsOn: ['2', '11', '2026'],
      cost: 'twelve hundred',
      paidBy: 'Adoption Support Fund',
    })
    await fill(
      user,
      within(service(1).getByRole('group', { name: 'End date (optional)' })).getByRole('textbox', {
        name: 'Day',
      }),
      '25',
    )
    await user.click(screen.getByRole('button', { name: 'Save the plan' }))
    expect(summaryLinks()).toEqual([
      ['The end date must include a month and year', '#services-0-endsOn-month'],
      ['Enter the cost in pounds and pence, like 250.00', '#services-0-costPence'],
    ])
    expect(service(1).getByRole('textbox', { name: 'Cost in pounds' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter the cost in pounds and pence, like 250.00'),
    )
    expect(sent.bodies).toEqual([])

    await fill(user, service(1).getByRole('textbox', { name: 'Cost in pounds' }), '£1,234.50')
    await fill(
      user,
      within(service(1).getByRole('group', { name: 'End date (optional)' })).getByRole('textbox', {
        name: 'Day',
      }),
      '',
    )

    // Add two services, fill in the second and remove the third: neither button sends anything.
    await user.click(screen.getByRole('button', { name: 'Add another service' }))
    expect(service(2).getByRole('textbox', { name: 'What is the service?' })).toHaveFocus()
    await fillService(user, 2, {
      description: 'School liaison',
      provider: 'Virtual School, Coventry',
      frequency: 'Once a term',
      startsOn: ['1', '11', '2026'],
      cost: '250',
      paidBy: 'Education',
    })
    await user.click(screen.getByRole('button', { name: 'Add another service' }))
    await fill(user, service(3).getByRole('textbox', { name: 'What is the service?' }), 'Respite')
    await user.click(screen.getByRole('button', { name: 'Remove service 3' }))
    expect(screen.queryByRole('group', { name: 'Service 3' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Services' })).toHaveFocus()
    expect(service(2).getByRole('textbox', { name: 'What is the service?' })).toHaveValue(
      'School liaison',
    )
    expect(sent.bodies).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Save the plan' }))

    expect(
      await screen.findByText('Support plan written', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/support-plans/${planId}`)
    expect(sent.bodies).toEqual([
      {
        namedWorkerUserId: planWorkers.tom.id,
        nextReviewOn: '2027-03-01',
        services: [
          {
            description: 'Therapeutic parenting course',
            provider: 'Family Futures',
            frequency: 'Weekly for 12 weeks',
            startsOn: '2026-11-02',
            costPence: 123450,
            fundingSource: 'adoption_support_fund',
          },
          {
            description: 'School liaison',
            provider: 'Virtual School, Coventry',
            frequency: 'Once a term',
            startsOn: '2026-11-01',
            costPence: 25000,
            fundingSource: 'education',
          },
        ],
      },
    ])
  })

  it('removes the only service, and puts the API’s messages on the fields they are about', async () => {
    const sent = recorder()
    server.use(
      signedInAs('team_manager'),
      planAssessmentHandler(),
      planWorkersHandler(),
      http.post(mswPath('makePlan'), async ({ request }) => {
        await sent.record(request)
        return apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'Check the plan',
          fieldErrors: {
            namedWorkerUserId: 'Select the named worker',
            nextReviewOn: 'The review date must be today or in the future',
            'services.0.provider': 'Enter who provides the service',
          },
        })
      }),
    )
    const { user } = renderRoute(newPlanPath)
    await screen.findByRole('heading', { level: 1, name: 'Write the support plan' })

    await user.click(screen.getByRole('button', { name: 'Remove service 1' }))
    expect(screen.queryByRole('group', { name: 'Service 1' })).not.toBeInTheDocument()
    expect(screen.getByText(/There are no services in the plan/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Add a service' }))
    await fillService(user, 1, {
      description: 'Therapeutic parenting course',
      provider: 'Family Futures',
      frequency: 'Weekly',
      startsOn: ['2', '11', '2026'],
      cost: '1234.5',
      paidBy: 'The agency',
    })
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Named worker' }),
      planWorkers.sam.id,
    )
    await fillDate(user, screen.getByRole('group', { name: 'Date of the first review' }), [
      '1',
      '3',
      '2026',
    ])
    await user.click(screen.getByRole('button', { name: 'Save the plan' }))

    expect(await within(await screen.findByRole('alert')).findAllByRole('link')).toHaveLength(3)
    expect(summaryLinks()).toEqual([
      ['Select the named worker', '#namedWorkerUserId'],
      ['The review date must be today or in the future', '#nextReviewOn-day'],
      ['Enter who provides the service', '#services-0-provider'],
    ])
    expect(
      service(1).getByRole('textbox', { name: 'Who provides it?' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Error: Enter who provides the service'))
    expect(service(1).getByRole('textbox', { name: 'Who provides it?' })).toHaveValue(
      'Family Futures',
    )
    expect(sent.bodies).toEqual([
      {
        namedWorkerUserId: planWorkers.sam.id,
        nextReviewOn: '2026-03-01',
        services: [
          {
            description: 'Therapeutic parenting course',
            provider: 'Family Futures',
            frequency: 'Weekly',
            startsOn: '2026-11-02',
            costPence: 123450,
            fundingSource: 'agency',
          },
        ],
      },
    ])
  })

  it('says when the assessment is not ready for a plan', async () => {
    server.use(
      signedInAs('support_worker'),
      planAssessmentHandler(
        buildDecidedAssessment({ status: 'proposal_sent', allowedActions: [] }),
      ),
      planWorkersHandler(),
    )
    renderRoute(newPlanPath)

    await screen.findByRole('heading', { level: 1, name: 'Write the support plan' })
    expect(
      screen.getByText('You can write the support plan once the assessment has been decided.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save the plan' })).not.toBeInTheDocument()
  })

  it('is not for duty officers', async () => {
    server.use(signedInAs('duty_officer'), planAssessmentHandler(), planWorkersHandler())
    renderRoute(newPlanPath)

    expect(
      await screen.findByRole('heading', { level: 1, name: /You do not have permission/ }),
    ).toBeInTheDocument()
  })
})
