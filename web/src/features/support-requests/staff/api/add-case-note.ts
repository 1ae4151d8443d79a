import { type addNoteSchema, supportRequestEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportRequest } from './get-support-request.ts'

/**
 * `POST /api/support-requests/:supportRequestId/notes`: an internal case note the family never
 * sees.
 */
export function useAddCaseNote(supportRequestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof addNoteSchema>) =>
      apiFetch(supportRequestEndpoints.addCaseNote, { params: { supportRequestId }, body }),
    onSuccess: (request) => {
      putSupportRequest(queryClient, request)
    },
  })
}
