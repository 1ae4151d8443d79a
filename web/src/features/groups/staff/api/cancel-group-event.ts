import { type cancelGroupEventSchema, groupEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putGroupEvent } from './get-group-event.ts'

/**
 * `POST /api/group-programme/events/:eventId/cancel`: cancel an event with the reason; everyone
 * booked or waiting is told.
 */
export function useCancelGroupEvent(eventId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof cancelGroupEventSchema>) =>
      apiFetch(groupEndpoints.cancelGroupEvent, { params: { eventId }, body }),
    onSuccess: (event) => {
      putGroupEvent(queryClient, event)
    },
  })
}
