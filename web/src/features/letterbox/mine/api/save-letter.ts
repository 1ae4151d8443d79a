import { letterboxEndpoints, type saveLetterSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { myLetterQueries } from './get-my-letter.ts'
import { myLetterboxQueries } from './get-my-letterbox.ts'

/**
 * `PUT /api/letterbox/letters/:letterId`: saves a draft or a returned letter at the version read;
 * a 409 means it was changed elsewhere (in another tab, say). The saved letter, with its new
 * version, replaces the cached one.
 */
export function useSaveLetter(letterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof saveLetterSchema>) =>
      apiFetch(letterboxEndpoints.saveLetter, { params: { letterId }, body }),
    onSuccess: async (letter) => {
      queryClient.setQueryData(myLetterQueries.detail(letterId).queryKey, letter)
      await queryClient.invalidateQueries({
        queryKey: myLetterboxQueries.box().queryKey,
        refetchType: 'none',
      })
    },
  })
}
