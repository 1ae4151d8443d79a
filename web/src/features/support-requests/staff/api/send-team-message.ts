import { type sendMessageSchema, supportRequestEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportRequest } from './get-support-request.ts'

/**
 * `POST /api/support-requests/:supportRequestId/messages`: a message to the family or birth
 * relative.
 */
export function useSendTeamMessage(supportRequestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof sendMessageSchema>) =>
      apiFetch(supportRequestEndpoints.sendTeamMessage, { params: { supportRequestId }, body }),
    onSuccess: (request) => {
      putSupportRequest(queryClient, request)
    },
  })
}
