import { familyEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/** Query keys and options for `GET /api/people?q=`: staff search by name or email address. */
export const peopleQueries = {
  all: () => ['people'] as const,
  search: (q: string) =>
    queryOptions({
      queryKey: [...peopleQueries.all(), 'search', q] as const,
      queryFn: ({ signal }) => apiFetch(familyEndpoints.findPeople, { query: { q }, signal }),
    }),
}
