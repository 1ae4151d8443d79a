import { letterboxEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiUpload, buildUrl } from '../../../../lib/api-client.ts'
import { myLetterQueries } from './get-my-letter.ts'

/**
 * `POST /api/letterbox/letters/:letterId/photos`: the photo's bytes as `application/octet-stream`,
 * with its name in `X-File-Name`, as messages upload files. A refused file is an `ApiError` whose
 * `fieldErrors.file` says why in GOV.UK words.
 */
export function addLetterPhoto(letterId: string, file: File) {
  // `apiUpload` fills in no params: give it the path with the letter's id already in it.
  const path = buildUrl(letterboxEndpoints.addLetterPhoto, { letterId }).pathname
  return apiUpload({ ...letterboxEndpoints.addLetterPhoto, path }, file)
}

/** Adds a photo, then fetches the letter again: its photos, and perhaps its version, have changed. */
export function useAddLetterPhoto(letterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (file: File) => addLetterPhoto(letterId, file),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: myLetterQueries.detail(letterId).queryKey,
      })
    },
  })
}
