import { endpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch, buildUrl } from '../../../../lib/api-client.ts'
import { letterboxStaffKeys } from './letterbox-staff-keys.ts'

/**
 * `GET /api/staff/letterbox/children/:childId`: a child's agreements and letters, and the birth
 * relatives who could be parties to a new agreement.
 */
export const childLetterboxQueries = {
  all: () => [...letterboxStaffKeys.all(), 'child'] as const,
  child: (childId: string) =>
    queryOptions({
      queryKey: [...childLetterboxQueries.all(), childId] as const,
      queryFn: ({ signal }) =>
        apiFetch(endpoints.getChildLetterbox, { params: { childId }, signal }),
    }),
}

/** The address of the child's whole letterbox as one PDF, for a plain download link. */
export function letterboxArchiveHref(childId: string): string {
  return buildUrl(endpoints.exportChildLetterbox, { childId }).pathname
}
