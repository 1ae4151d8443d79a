import { letterboxEndpoints, letterParamsSchema } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { data } from 'react-router'
import { apiFetch, buildUrl } from '../../../../lib/api-client.ts'
import { myLetterboxQueries } from './get-my-letterbox.ts'

/**
 * `GET /api/letterbox/letters/:letterId`: a letter the reader wrote, or one passed on to them
 * (opening it marks it read, so the letterbox's "Read" tags change with it).
 */
export const myLetterQueries = {
  details: () => [...myLetterboxQueries.all(), 'letter'] as const,
  detail: (letterId: string) =>
    queryOptions({
      queryKey: [...myLetterQueries.details(), letterId] as const,
      queryFn: ({ signal }) =>
        apiFetch(letterboxEndpoints.getMyLetter, { params: { letterId }, signal }),
    }),
}

/** The `:letterId` of a route, or "Page not found" when it cannot be one. */
export function parseLetterId(params: { letterId?: string | undefined }): string {
  const parsed = letterParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.letterId
}

/**
 * `GET /api/letterbox/letters/:letterId/photos/:photoId`: a photo of a letter, for an `<img>`. The
 * BFF serves only the reader's own photos and approved photos of letters passed on to them.
 */
export function letterPhotoSrc(letterId: string, photoId: string): string {
  return buildUrl(letterboxEndpoints.getLetterPhoto, { letterId, photoId }).pathname
}

/** `GET /api/letterbox/letters/:letterId/pdf`: the letter as a PDF to keep, for a plain link. */
export function letterPdfHref(letterId: string): string {
  return buildUrl(letterboxEndpoints.downloadLetterPdf, { letterId }).pathname
}
