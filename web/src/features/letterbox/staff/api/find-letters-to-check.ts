import { letterboxEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { letterboxStaffKeys } from './letterbox-staff-keys.ts'

/**
 * `GET /api/staff/letterbox/review-queue?page=2`: letters waiting to be checked, oldest first.
 */
export const lettersToCheckQueries = {
  all: () => [...letterboxStaffKeys.all(), 'queue'] as const,
  page: (page: number) =>
    queryOptions({
      queryKey: [...lettersToCheckQueries.all(), page] as const,
      queryFn: ({ signal }) =>
        apiFetch(letterboxEndpoints.findLettersToCheck, {
          query: page === 1 ? {} : { page },
          signal,
        }),
    }),
}
