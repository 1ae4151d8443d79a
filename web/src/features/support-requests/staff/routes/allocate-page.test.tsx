import type { StaffSupportRequest } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildStaffSupportRequest, supportRequestId, workers } from '../test/factories.ts'
import { recorder, signedInAs, supportRequestHandler } from '../test/handlers.ts'

const path = `/support-line/requests/${supportRequestId}/allocate`
const awaiting = buildStaffSupportRequest({
  status: 'awaiting_allocation',
  allowedActions: ['allocate', 'close', 'message', 'note'],
})

describe('allocate a request', { timeout: 30_000 }, () => {
  it('shows each worker’s caseload and sends the choice with the version', async () => {
    const sent = recorder()
    server.use(
      ...signedInAs('team_manager'),
      supportRequestHandler(awaiting),
      http.post(mswPath('allocateSupportRequest'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffSupportRequest>({
          ...awaiting,
          status: 'allocated',
          worker: { id: workers.sam.id, name: workers.sam.name },
          version: 4,
        })
      }),
    )
    const { user, router } = renderRoute(path)

    const choices = await screen.findByRole('group', { name: 'Who should work on this request?' })
    expect(document.title).toBe('Allocate the request – Adoption support')
    expect(
      within(choices)
        .getAllByRole('radio')
        .map((radio) => radio.closest('.govuk-radios__item')?.textContent),
    ).toEqual([
      'Sam Okafor — 12 open casesSupport worker',
      'Jo Whitfield — 1 open caseSupport worker',
      'Grace Okafor — 0 open casesTeam manager',
    ])
    await user.click(screen.getByRole('radio', { name: 'Sam Okafor — 12 open cases' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Reason (optional)' }),
      'Knows the school already.',
    )
    await user.click(screen.getByRole('button', { name: 'Allocate' }))

    expect(await screen.findByRole('alert', {}, { timeout: 5_000 })).toHaveTextContent(
      'The request has been allocated',
    )
    expect(currentLocation(router).path).toBe(`/support-line/requests/${supportRequestId}`)
    expect(screen.getByText('Worker').nextElementSibling).toHaveTextContent('Sam Okafor')
    expect(sent.bodies).toEqual([
      { version: 3, workerId: workers.sam.id, reason: 'Knows the school already.' },
    ])
  })

  it('asks for a worker', async () => {
    server.use(...signedInAs('team_manager'), supportRequestHandler(awaiting))
    const { user } = renderRoute(path)

    await user.click(await screen.findByRole('button', { name: 'Allocate' }))

    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Select a worker' }),
    ).toHaveAttribute('href', '#workerId')
    expect(
      screen.getByRole('group', { name: 'Who should work on this request?' }),
    ).toHaveAccessibleDescription(
      'Each worker’s open cases are shown, to help share the work fairly. Error: Select a worker',
    )
  })

  it('shows the API’s message for an illegal change and keeps the choice', async () => {
    server.use(
      ...signedInAs('team_manager'),
      supportRequestHandler(awaiting),
      http.post(mswPath('allocateSupportRequest'), () =>
        apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'This request has been closed, so it cannot be allocated',
        }),
      ),
    )
    const { user } = renderRoute(path)

    await user.click(await screen.findByRole('radio', { name: 'Jo Whitfield — 1 open case' }))
    await user.click(screen.getByRole('button', { name: 'Allocate' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This request has been closed, so it cannot be allocated',
    )
    expect(screen.getByRole('radio', { name: 'Jo Whitfield — 1 open case' })).toBeChecked()
  })
})
