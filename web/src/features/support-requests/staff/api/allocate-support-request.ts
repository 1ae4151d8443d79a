import { type allocateSchema, supportRequestEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportRequest } from './get-support-request.ts'

/**
 * `POST /api/support-requests/:supportRequestId/allocation`: allocate a request to a worker, with
 * its version.
 */
export function useAllocateSupportRequest(supportRequestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof allocateSchema>) =>
      apiFetch(supportRequestEndpoints.allocateSupportRequest, {
        params: { supportRequestId },
        body,
      }),
    onSuccess: (request) => {
      putSupportRequest(queryClient, request)
    },
  })
}
