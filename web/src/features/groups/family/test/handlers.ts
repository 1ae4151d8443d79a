import type { GroupEvent } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { buildSession } from '../../../../test/factories.ts'
import { mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import {
  buildGroupEvent,
  buildGroupEventsPage,
  buildMyGroupBookings,
  type buildMyGroupBooking,
} from './factories.ts'

export function signedInAsAdopter() {
  server.use(sessionHandler(buildSession({ user: { role: 'adopter' } })))
}

/**
 * `GET /api/group-events`, answering with `respond(query)`; `queries` records the query string of
 * each request.
 */
export function groupEventsHandler(
  respond: (query: URLSearchParams) => ReturnType<typeof buildGroupEventsPage> = () =>
    buildGroupEventsPage(),
) {
  const queries: URLSearchParams[] = []
  return {
    queries,
    handler: http.get(mswPath('findGroupEvents'), ({ request }) => {
      const query = new URL(request.url).searchParams
      queries.push(query)
      return HttpResponse.json(respond(query))
    }),
  }
}

/** `GET /api/group-events/:eventId` answers with `current()`, read at each request. */
export function groupEventHandler(current: () => GroupEvent = () => buildGroupEvent()) {
  return http.get(mswPath('getGroupEvent'), () => HttpResponse.json<GroupEvent>(current()))
}

type MyGroupBookings = ReturnType<typeof buildMyGroupBookings>
export type MyGroupBookingItem = ReturnType<typeof buildMyGroupBooking>

/** `GET /api/my/group-bookings` answers with `current()`, read at each request. */
export function myGroupBookingsHandler(
  current: () => MyGroupBookings = () => buildMyGroupBookings(),
) {
  return http.get(mswPath('findMyGroupBookings'), () =>
    HttpResponse.json<MyGroupBookings>(current()),
  )
}
