import { fileEndpoints } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import { apiUpload } from '../../../lib/api-client.ts'

/**
 * `POST /api/files`: uploads one file to send with a message. The answer (its id, name, type and
 * size) is parsed with the contract's `attachmentSchema`; a refusal is an `ApiError` whose
 * `fieldErrors.file` says why in GOV.UK words.
 */
export function uploadFile(file: File) {
  return apiUpload(fileEndpoints.uploadFile, file)
}

export function useUploadFile() {
  return useMutation({ mutationFn: uploadFile })
}
