import { supportRequestEndpoints, type triageSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportRequest } from './get-support-request.ts'

/**
 * `POST /api/support-requests/:supportRequestId/triage`: record a triage decision, with the version
 * it was read at.
 */
export function useTriageSupportRequest(supportRequestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof triageSchema>) =>
      apiFetch(supportRequestEndpoints.triageSupportRequest, {
        params: { supportRequestId },
        body,
      }),
    onSuccess: (request) => {
      putSupportRequest(queryClient, request)
    },
  })
}
