import { letterboxEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { letterboxStaffKeys } from './letterbox-staff-keys.ts'

/** `GET /api/staff/letterbox/overdue?page=2`: letters due that have not come, oldest first. */
export const overdueExchangesQueries = {
  all: () => [...letterboxStaffKeys.all(), 'overdue'] as const,
  page: (page: number) =>
    queryOptions({
      queryKey: [...overdueExchangesQueries.all(), page] as const,
      queryFn: ({ signal }) =>
        apiFetch(letterboxEndpoints.findOverdueExchanges, {
          query: page === 1 ? {} : { page },
          signal,
        }),
    }),
}
