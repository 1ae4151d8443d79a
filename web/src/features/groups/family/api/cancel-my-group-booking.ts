import { type cancelGroupBookingSchema, groupEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { groupEventQueries } from './find-group-events.ts'
import { myGroupBookingQueries } from './find-my-group-bookings.ts'

/**
 * `POST /api/my/group-bookings/:bookingId/cancel`: cancels a booking or leaves the waiting list,
 * with the version the family saw; a 409 means it changed since. The API answers with the family's
 * bookings as they are now; places left on the events have changed too.
 */
export function useCancelMyGroupBooking(bookingId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof cancelGroupBookingSchema>) =>
      apiFetch(groupEndpoints.cancelMyGroupBooking, { params: { bookingId }, body }),
    onSuccess: async (bookings) => {
      queryClient.setQueryData(myGroupBookingQueries.list().queryKey, bookings)
      await queryClient.invalidateQueries({
        queryKey: groupEventQueries.all(),
        refetchType: 'none',
      })
    },
  })
}
