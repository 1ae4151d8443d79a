import { type sendMessageSchema, supportRequestEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putMySupportRequest } from './get-my-support-request.ts'

/**
 * `POST /api/my/support-requests/:supportRequestId/messages`: a message to the team. The same
 * idempotency key sent twice sends the message once.
 */
export function useSendMyMessage(supportRequestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof sendMessageSchema>) =>
      apiFetch(supportRequestEndpoints.sendMyMessage, { params: { supportRequestId }, body }),
    onSuccess: (request) => putMySupportRequest(queryClient, request),
  })
}
