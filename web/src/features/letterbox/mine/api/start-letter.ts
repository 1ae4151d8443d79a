import { letterboxEndpoints, type startLetterSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { myLetterQueries } from './get-my-letter.ts'
import { myLetterboxQueries } from './get-my-letterbox.ts'

/**
 * `POST /api/letterbox/agreements/:agreementId/letters`: starts a draft under an agreement the
 * reader's side writes under, or a reply to a letter (`replyToLetterId`). The draft is put in the
 * cache, so the page that edits it opens at once; the letterbox lists it next time.
 */
export function useStartLetter() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      agreementId,
      ...body
    }: z.input<typeof startLetterSchema> & { agreementId: string }) =>
      apiFetch(letterboxEndpoints.startLetter, { params: { agreementId }, body }),
    onSuccess: async (letter) => {
      queryClient.setQueryData(myLetterQueries.detail(letter.id).queryKey, letter)
      await queryClient.invalidateQueries({
        queryKey: myLetterboxQueries.box().queryKey,
        refetchType: 'none',
      })
    },
  })
}
