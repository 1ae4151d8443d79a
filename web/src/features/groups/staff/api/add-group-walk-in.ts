import { type addWalkInSchema, groupEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { groupEventQueries } from './get-group-event.ts'

/**
 * `POST /api/group-programme/events/:eventId/walk-ins`: someone who came without booking, added to
 * a session's register.
 */
export function useAddGroupWalkIn(eventId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof addWalkInSchema>) =>
      apiFetch(groupEndpoints.addGroupWalkIn, { params: { eventId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupEventQueries.all() }),
  })
}
