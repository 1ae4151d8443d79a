import { type bookGroupEventSchema, groupEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { groupEventQueries } from './find-group-events.ts'
import { myGroupBookingQueries } from './find-my-group-bookings.ts'

/**
 * `POST /api/group-events/:eventId/bookings`: books places, or joins the waiting list when they do
 * not fit. The body carries the page's idempotency key, so a second click books once. Once it is
 * done the event (open on the page) is fetched again, so the next page shows the booking.
 */
export function useBookGroupEvent(eventId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof bookGroupEventSchema>) =>
      apiFetch(groupEndpoints.bookGroupEvent, { params: { eventId }, body }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: groupEventQueries.all() }),
        queryClient.invalidateQueries({ queryKey: myGroupBookingQueries.all() }),
      ])
    },
  })
}
