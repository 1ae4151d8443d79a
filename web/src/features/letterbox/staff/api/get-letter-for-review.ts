import { fileEndpoints, letterboxEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch, buildUrl } from '../../../../lib/api-client.ts'
import { letterboxStaffKeys } from './letterbox-staff-keys.ts'

/**
 * `GET /api/staff/letterbox/letters/:letterId`: a letter as the reviewer sees it, with what the
 * automatic check highlighted and every decision. Opening it marks it "being checked".
 */
export const reviewLetterQueries = {
  all: () => [...letterboxStaffKeys.all(), 'letter'] as const,
  detail: (letterId: string) =>
    queryOptions({
      queryKey: [...reviewLetterQueries.all(), letterId] as const,
      queryFn: ({ signal }) =>
        apiFetch(letterboxEndpoints.getLetterForReview, { params: { letterId }, signal }),
    }),
}

/** The address of a photo sent with a letter, for the reviewer: the `src` of its image. */
export function photoForReviewHref(letterId: string, photoId: string): string {
  return buildUrl(letterboxEndpoints.getLetterPhotoForReview, { letterId, photoId }).pathname
}

/** The address of a paper letter's scanned copy: a file the member of staff uploaded. */
export function scanHref(fileId: string): string {
  return buildUrl(fileEndpoints.downloadFile, { fileId }).pathname
}
