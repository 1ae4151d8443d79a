import type { QueryClient } from '@tanstack/react-query'
import { redirect, type Params } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { requireSession } from '../../../session/index.ts'
import { groupEventQueries, parseGroupEventId } from '../api/find-group-events.ts'
import {
  getMyGroupBookingById,
  myGroupBookingQueries,
  parseGroupBookingId,
} from '../api/find-my-group-bookings.ts'
import { groupEventFiltersOf } from './group-event-filters.ts'
import { familyGroupRoles } from './group-roles.ts'

/**
 * The loaders of the family pages for groups and training. Each checks the session's role, then
 * fetches what its page reads from the cache.
 */

/** "Groups and training": the page of events the address asks for. */
export async function loadGroupEvents(queryClient: QueryClient, request: Request) {
  await requireSession(queryClient, { roles: familyGroupRoles })
  const { filters } = groupEventFiltersOf(new URL(request.url).searchParams)
  return queryClient.ensureQueryData(groupEventQueries.list(filters))
}

export async function loadGroupEvent(queryClient: QueryClient, params: Params) {
  const eventId = parseGroupEventId(params)
  await requireSession(queryClient, { roles: familyGroupRoles })
  return queryClient.ensureQueryData(groupEventQueries.detail(eventId))
}

/** The confirmation, only for a family with a booking: otherwise the event itself. */
export async function loadGroupEventBooked(queryClient: QueryClient, params: Params) {
  const event = await loadGroupEvent(queryClient, params)
  if (event.myBooking === null || event.myBooking.status === 'cancelled') {
    throw redirect(pathTo(paths.groupEvent, { eventId: event.id }))
  }
  return event
}

export async function loadMyGroupBookings(queryClient: QueryClient) {
  await requireSession(queryClient, { roles: familyGroupRoles })
  return queryClient.ensureQueryData(myGroupBookingQueries.list())
}

export async function loadCancelMyGroupBooking(queryClient: QueryClient, params: Params) {
  const bookingId = parseGroupBookingId(params)
  const bookings = await loadMyGroupBookings(queryClient)
  return getMyGroupBookingById(bookings, bookingId)
}
