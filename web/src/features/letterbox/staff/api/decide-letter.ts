import { letterboxEndpoints, type letterDecisionSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { reviewLetterQueries } from './get-letter-for-review.ts'
import { refreshLetterboxStaff } from './letterbox-staff-keys.ts'

/**
 * `POST /api/staff/letterbox/letters/:letterId/decision`: pass a letter on (with the words taken
 * out and each photo's decision), return it to the writer, or keep it back. A 409 means the letter
 * changed since it was read.
 */
export function useDecideLetter(letterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof letterDecisionSchema>) =>
      apiFetch(letterboxEndpoints.decideLetter, { params: { letterId }, body }),
    onSuccess: (letter) => {
      const { queryKey } = reviewLetterQueries.detail(letter.id)
      queryClient.setQueryData(queryKey, letter)
      refreshLetterboxStaff(queryClient, queryKey)
    },
  })
}
