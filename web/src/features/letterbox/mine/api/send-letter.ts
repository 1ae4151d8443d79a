import { letterboxEndpoints, type sendLetterSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { myLetterQueries } from './get-my-letter.ts'
import { myLetterboxQueries } from './get-my-letterbox.ts'

/**
 * `POST /api/letterbox/letters/:letterId/send`: sends the letter to the agency for checking. The
 * body names the version read, so a retried send of the same version is sent once; a 409 means
 * the letter changed since it was read.
 */
export function useSendLetter(letterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof sendLetterSchema>) =>
      apiFetch(letterboxEndpoints.sendLetter, { params: { letterId }, body }),
    onSuccess: async (letter) => {
      queryClient.setQueryData(myLetterQueries.detail(letterId).queryKey, letter)
      await queryClient.invalidateQueries({
        queryKey: myLetterboxQueries.box().queryKey,
        refetchType: 'none',
      })
    },
  })
}
