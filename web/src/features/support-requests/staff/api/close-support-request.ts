import { type closeSchema, supportRequestEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportRequest } from './get-support-request.ts'

/**
 * `POST /api/support-requests/:supportRequestId/close`: close a request with an outcome, with its
 * version.
 */
export function useCloseSupportRequest(supportRequestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof closeSchema>) =>
      apiFetch(supportRequestEndpoints.closeSupportRequest, { params: { supportRequestId }, body }),
    onSuccess: (request) => {
      putSupportRequest(queryClient, request)
    },
  })
}
