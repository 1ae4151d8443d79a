import { groupEndpoints, type updateGroupEventSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putGroupEvent } from './get-group-event.ts'

/**
 * `PUT /api/group-programme/events/:eventId`: change an event and its sessions, with the version
 * it was read at.
 */
export function useUpdateGroupEvent(eventId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof updateGroupEventSchema>) =>
      apiFetch(groupEndpoints.updateGroupEvent, { params: { eventId }, body }),
    onSuccess: (event) => {
      putGroupEvent(queryClient, event)
    },
  })
}
