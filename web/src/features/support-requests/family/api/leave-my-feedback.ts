import { supportRequestEndpoints, type leaveFeedbackSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putMySupportRequest } from './get-my-support-request.ts'

/**
 * `POST /api/my/support-requests/:supportRequestId/feedback`: how satisfied they were with the
 * support, once the request is closed; a 409 means it is not closed, or they said it already.
 */
export function useLeaveMyFeedback(supportRequestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof leaveFeedbackSchema>) =>
      apiFetch(supportRequestEndpoints.leaveMyFeedback, { params: { supportRequestId }, body }),
    onSuccess: (request) => putMySupportRequest(queryClient, request),
  })
}
