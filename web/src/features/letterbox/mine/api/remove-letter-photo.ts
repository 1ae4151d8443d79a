import { letterboxEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { myLetterQueries } from './get-my-letter.ts'

/** `DELETE /api/letterbox/letters/:letterId/photos/:photoId`: takes a photo off a draft. */
export function useRemoveLetterPhoto(letterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (photoId: string) =>
      apiFetch(letterboxEndpoints.removeLetterPhoto, { params: { letterId, photoId } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: myLetterQueries.detail(letterId).queryKey,
      })
    },
  })
}
