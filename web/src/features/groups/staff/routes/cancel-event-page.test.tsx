import type { ManagedGroupEvent } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildManagedGroupEvent, eventId } from '../test/factories.ts'
import { groupEventHandler, recorder, signedInAs } from '../test/handlers.ts'

describe('cancel an event', { timeout: 30_000 }, () => {
  it('asks why, warns that everyone will be emailed, then sends the reason with the version', async () => {
    const sent = recorder()
    server.use(
      ...signedInAs('support_worker'),
      groupEventHandler(),
      http.post(mswPath('cancelGroupEvent'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<ManagedGroupEvent>(
          buildManagedGroupEvent({
            status: 'cancelled',
            cancelReason: 'The centre is closed for repairs.',
            bookingOpen: false,
            version: 4,
          }),
        )
      }),
    )
    const { user, router } = renderRoute(`/group-programme/${eventId}/cancel`)

    await screen.findByRole('heading', { level: 1, name: 'Cancel the event' })
    expect(document.title).toBe('Cancel the event – Adoption support')
    expect(screen.getByText('Everyone booked or waiting will be emailed')).toBeInTheDocument()
    expect(
      screen.getByText('8 places are booked and 2 bookings are on the waiting list.'),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Cancel event' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Enter why the event is cancelled',
      }),
    ).toHaveAttribute('href', '#reason')
    expect(sent.bodies).toEqual([])

    await user.type(
      screen.getByRole('textbox', { name: 'Why is the event cancelled?' }),
      'The centre is closed for repairs.',
    )
    await user.click(screen.getByRole('button', { name: 'Cancel event' }))

    expect(
      await screen.findByText('The event has been cancelled', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/group-programme/${eventId}`)
    expect(screen.getByText('Status').nextElementSibling).toHaveTextContent('Cancelled')
    expect(screen.getByText('Why it was cancelled').nextElementSibling).toHaveTextContent(
      'The centre is closed for repairs.',
    )
    // A cancelled event can be neither changed nor cancelled again.
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Cancel event' })).not.toBeInTheDocument()
    expect(sent.bodies).toEqual([{ version: 3, reason: 'The centre is closed for repairs.' }])
  })
})
