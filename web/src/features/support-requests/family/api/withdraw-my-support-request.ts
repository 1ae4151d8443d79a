import { supportRequestEndpoints, type withdrawSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putMySupportRequest } from './get-my-support-request.ts'

/**
 * `POST /api/my/support-requests/:supportRequestId/withdraw`: withdraws a request, with the
 * version the reader saw; a 409 means it changed since.
 */
export function useWithdrawMySupportRequest(supportRequestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof withdrawSchema>) =>
      apiFetch(supportRequestEndpoints.withdrawMySupportRequest, {
        params: { supportRequestId },
        body,
      }),
    onSuccess: (request) => putMySupportRequest(queryClient, request),
  })
}
