import type { StaffPlan } from '@asp/bff/contract'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildStaffPlan, planId, planWorkers } from '../test/plan-factories.ts'
import { planHandler, planWorkersHandler, recorder, signedInAs } from '../test/plan-handlers.ts'

const changePath = `/support-plans/${planId}/change`

function service(number: number) {
  return within(screen.getByRole('group', { name: `Service ${String(number)}` }))
}

describe('change the plan', { timeout: 30_000 }, () => {
  it('fills in the plan as it is, and keeps what was typed when someone changed it first', async () => {
    const sent = recorder()
    let version = 4
    server.use(
      signedInAs('support_worker'),
      planWorkersHandler(),
      planHandler(() => buildStaffPlan({ version })),
      http.put(mswPath('changePlan'), async ({ request }): Promise<Response> => {
        await sent.record(request)
        if (sent.bodies.length === 1) {
          version = 5
          return apiErrorResponse(409, {
            code: 'CONFLICT',
            message: 'This plan was changed by someone else. Check it and try again',
          })
        }
        return HttpResponse.json<StaffPlan>(
          buildStaffPlan({ namedWorkerUserId: planWorkers.grace.id, version: 6 }),
        )
      }),
    )
    const { user, router } = renderRoute(changePath)

    await screen.findByRole('heading', { level: 1, name: 'Change the plan' })
    expect(document.title).toBe('Change the plan – Adoption support')
    expect(screen.getByRole('combobox', { name: 'Named worker' })).toHaveValue(planWorkers.tom.id)
    const review = within(screen.getByRole('group', { name: 'Date of the next review' }))
    expect(review.getByRole('textbox', { name: 'Day' })).toHaveValue('1')
    expect(review.getByRole('textbox', { name: 'Month' })).toHaveValue('4')
    expect(review.getByRole('textbox', { name: 'Year' })).toHaveValue('2027')
    expect(service(1).getByRole('textbox', { name: 'What is the service?' })).toHaveValue(
      'Therapeutic parenting course',
    )
    expect(service(1).getByRole('textbox', { name: 'Cost in pounds' })).toHaveValue('1234.50')
    expect(service(1).getByRole('radio', { name: 'Adoption Support Fund' })).toBeChecked()
    expect(service(2).getByRole('textbox', { name: 'Cost in pounds' })).toHaveValue('0.00')
    expect(
      within(service(2).getByRole('group', { name: 'End date (optional)' })).getByRole('textbox', {
        name: 'Day',
      }),
    ).toHaveValue('')

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Named worker' }),
      planWorkers.grace.id,
    )
    const cost = service(2).getByRole('textbox', { name: 'Cost in pounds' })
    await user.clear(cost)
    await user.type(cost, '75.5')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(
      await within(await screen.findByRole('alert')).findByText(
        /This plan was changed by someone else\. Check it and try again\. We have loaded their changes/,
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Named worker' })).toHaveValue(planWorkers.grace.id)
    expect(service(2).getByRole('textbox', { name: 'Cost in pounds' })).toHaveValue('75.5')

    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(
      await screen.findByText('Support plan changed', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/support-plans/${planId}`)

    const body = (changedVersion: number) => ({
      version: changedVersion,
      namedWorkerUserId: planWorkers.grace.id,
      nextReviewOn: '2027-04-01',
      services: [
        {
          description: 'Therapeutic parenting course',
          provider: 'Family Futures',
          frequency: 'Weekly for 12 weeks',
          startsOn: '2026-11-02',
          endsOn: '2027-01-25',
          costPence: 123450,
          fundingSource: 'adoption_support_fund',
        },
        {
          description: 'School liaison',
          provider: 'Virtual School, Coventry',
          frequency: 'Once a term',
          startsOn: '2026-11-01',
          costPence: 7550,
          fundingSource: 'education',
        },
      ],
    })
    await waitFor(() => {
      expect(sent.bodies).toEqual([body(4), body(5)])
    })
  })

  it('keeps a named worker who is not in the reader’s councils', async () => {
    server.use(
      signedInAs('team_manager'),
      planWorkersHandler({ workers: [] }),
      planHandler(
        buildStaffPlan({
          namedWorkerUserId: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a20',
          namedWorkerName: 'Alex Morgan',
        }),
      ),
    )
    renderRoute(changePath)

    await screen.findByRole('heading', { level: 1, name: 'Change the plan' })
    const namedWorker = screen.getByRole('combobox', { name: 'Named worker' })
    expect(namedWorker).toHaveValue('0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a20')
    expect(within(namedWorker).getByRole('option', { name: 'Alex Morgan' })).toBeInTheDocument()
  })

  it('says a closed plan cannot be changed', async () => {
    server.use(
      signedInAs('support_worker'),
      planWorkersHandler(),
      planHandler(buildStaffPlan({ status: 'closed', allowedActions: [] })),
    )
    renderRoute(changePath)

    await screen.findByRole('heading', { level: 1, name: 'Change the plan' })
    expect(screen.getByText('The plan is closed, so it cannot be changed.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument()
  })
})
