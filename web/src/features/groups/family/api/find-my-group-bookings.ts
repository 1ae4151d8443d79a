import {
  groupBookingParamsSchema,
  groupEndpoints,
  type myGroupBookingItemSchema,
} from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { data } from 'react-router'
import type { z } from 'zod'
import { apiFetch, buildUrl } from '../../../../lib/api-client.ts'

export type MyGroupBooking = z.infer<typeof myGroupBookingItemSchema>

/** Query keys and options for `GET /api/my/group-bookings`: the family's bookings, upcoming and past. */
export const myGroupBookingQueries = {
  all: () => ['my-group-bookings'] as const,
  list: () =>
    queryOptions({
      queryKey: [...myGroupBookingQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiFetch(groupEndpoints.findMyGroupBookings, { signal }),
    }),
}

/** The `:bookingId` of a route, or "Page not found" when it cannot be one. */
export function parseGroupBookingId(params: { bookingId?: string | undefined }): string {
  const parsed = groupBookingParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.bookingId
}

type MyGroupBookings = { upcoming: MyGroupBooking[]; past: MyGroupBooking[] }

/** One of the family's bookings, upcoming or past, if it is theirs. */
export function findMyGroupBookingById(
  bookings: MyGroupBookings,
  bookingId: string,
): MyGroupBooking | undefined {
  return [...bookings.upcoming, ...bookings.past].find((booking) => booking.id === bookingId)
}

/** One of the family's bookings, upcoming or past, or "Page not found". */
export function getMyGroupBookingById(
  bookings: MyGroupBookings,
  bookingId: string,
): MyGroupBooking {
  const booking = findMyGroupBookingById(bookings, bookingId)
  if (booking === undefined) {
    throw data(null, { status: 404 })
  }
  return booking
}

/**
 * `GET /api/my/group-bookings/:bookingId/calendar`: the iCalendar file of a booked event's
 * sessions, for a plain link that downloads it.
 */
export function groupBookingCalendarHref(bookingId: string): string {
  return buildUrl(groupEndpoints.getMyGroupBookingCalendar, { bookingId }).pathname
}
