import { letterboxEndpoints, type logPaperLetterSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { refreshLetterboxStaff } from './letterbox-staff-keys.ts'

/**
 * `POST /api/staff/letterbox/agreements/:agreementId/paper-letters`: a letter that went on paper,
 * recorded for the child's file with its scanned copy. The agreement's schedule changes with it.
 */
export function useLogPaperLetter(agreementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof logPaperLetterSchema>) =>
      apiFetch(letterboxEndpoints.logPaperLetter, { params: { agreementId }, body }),
    onSuccess: () => {
      refreshLetterboxStaff(queryClient)
    },
  })
}
