import { groupEndpoints, type groupEventInputSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putGroupEvent } from './get-group-event.ts'

/** `POST /api/group-programme/events`: create an event, planned (no dates) or published. */
export function useCreateGroupEvent() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof groupEventInputSchema>) =>
      apiFetch(groupEndpoints.createGroupEvent, { body }),
    onSuccess: (event) => {
      putGroupEvent(queryClient, event)
    },
  })
}
