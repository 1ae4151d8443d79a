import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { CancelGroupBookingPage } from './cancel-group-booking-page.tsx'
import { GroupEventBookedPage } from './group-event-booked-page.tsx'
import { GroupEventPage } from './group-event-page.tsx'
import { GroupEventsPage } from './group-events-page.tsx'
import {
  loadCancelMyGroupBooking,
  loadGroupEvent,
  loadGroupEventBooked,
  loadGroupEvents,
  loadMyGroupBookings,
} from './group-loaders.ts'
import { MyGroupBookingsPage } from './my-group-bookings-page.tsx'

/**
 * Families find events, book places or join the waiting list, and follow their bookings.
 * `/groups/bookings` is a static path, which React Router ranks before `/groups/:eventId`.
 * Signed-in routes: the app puts them behind the session guard.
 */
export function familyGroupRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.groups, <GroupEventsPage />, ({ request }) => loadGroupEvents(queryClient, request)),
    page(paths.myGroupBookings, <MyGroupBookingsPage />, () => loadMyGroupBookings(queryClient)),
    page(paths.cancelMyGroupBooking, <CancelGroupBookingPage />, ({ params }) =>
      loadCancelMyGroupBooking(queryClient, params),
    ),
    page(paths.groupEvent, <GroupEventPage />, ({ params }) => loadGroupEvent(queryClient, params)),
    page(paths.groupEventBooked, <GroupEventBookedPage />, ({ params }) =>
      loadGroupEventBooked(queryClient, params),
    ),
  ]
}
