import { type linkFamilySchema, supportRequestEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportRequest } from './get-support-request.ts'

/**
 * `POST /api/support-requests/:supportRequestId/family`: link an enquirer's request to their
 * family record, with the request's version.
 */
export function useLinkSupportRequestToFamily(supportRequestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof linkFamilySchema>) =>
      apiFetch(supportRequestEndpoints.linkSupportRequestToFamily, {
        params: { supportRequestId },
        body,
      }),
    onSuccess: (request) => {
      putSupportRequest(queryClient, request)
    },
  })
}
