import { letterboxEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch, buildUrl } from '../../../../lib/api-client.ts'
import { letterboxStaffKeys } from './letterbox-staff-keys.ts'

/**
 * `GET /api/staff/letterbox/children/:childId?page=2`: a child's agreements, a page of their letters
 * (newest first), and the birth relatives who could be parties to a new agreement.
 */
export const childLetterboxQueries = {
  all: () => [...letterboxStaffKeys.all(), 'child'] as const,
  child: (childId: string, page = 1) =>
    queryOptions({
      queryKey: [...childLetterboxQueries.all(), childId, page] as const,
      queryFn: ({ signal }) =>
        apiFetch(letterboxEndpoints.getChildLetterbox, {
          params: { childId },
          query: page === 1 ? {} : { page },
          signal,
        }),
    }),
}

/** The address of the child's whole letterbox as one PDF, for a plain download link. */
export function letterboxArchiveHref(childId: string): string {
  return buildUrl(letterboxEndpoints.exportChildLetterbox, { childId }).pathname
}
