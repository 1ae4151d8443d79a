import { fileEndpoints } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import { apiUpload } from '../../../../lib/api-client.ts'

/**
 * `POST /api/files`: uploads the scanned copy of a paper letter, as staff attach files to a
 * message. The answer is the file's id, name, type and size; a refusal is an `ApiError` whose
 * `fieldErrors.file` says why in GOV.UK words.
 */
export function useUploadScan() {
  return useMutation({ mutationFn: (file: File) => apiUpload(fileEndpoints.uploadFile, file) })
}
