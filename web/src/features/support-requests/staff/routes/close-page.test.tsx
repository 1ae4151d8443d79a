import type { StaffSupportRequest } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import { buildStaffSupportRequest, supportRequestId } from '../test/factories.ts'
import { recorder, signedInAs, supportRequestHandler } from '../test/handlers.ts'

describe('close a request', { timeout: 30_000 }, () => {
  it('asks for the outcome, then sends it with the summary and the version', async () => {
    const sent = recorder()
    server.use(
      ...signedInAs('support_worker'),
      supportRequestHandler(),
      http.post(mswPath('closeSupportRequest'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffSupportRequest>(
          buildStaffSupportRequest({
            status: 'closed',
            outcome: 'advice_given',
            due: null,
            allowedActions: ['note'],
            version: 4,
          }),
        )
      }),
    )
    const { user } = renderRoute(`/support-line/requests/${supportRequestId}/close`)

    await user.click(await screen.findByRole('button', { name: 'Close request' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Select the outcome' }),
    ).toHaveAttribute('href', '#outcome')

    await user.click(screen.getByRole('radio', { name: 'Advice given' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Closing summary (optional)' }),
      'Talked through the school meeting.',
    )
    await user.click(screen.getByRole('button', { name: 'Close request' }))

    expect(
      await screen.findByText('The request has been closed', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(screen.getByText('Outcome').nextElementSibling).toHaveTextContent('Advice given')
    expect(screen.getByText('What is due').nextElementSibling).toHaveTextContent('Nothing due')
    expect(sent.bodies).toEqual([
      { version: 3, outcome: 'advice_given', reason: 'Talked through the school meeting.' },
    ])
  })
})
