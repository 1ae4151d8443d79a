import { administrationEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/** Query keys and options for `GET /api/local-authorities`: the local authorities the agency serves. */
export const localAuthorityQueries = {
  all: () => ['local-authorities'] as const,
  list: () =>
    queryOptions({
      queryKey: [...localAuthorityQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiFetch(administrationEndpoints.findLocalAuthorities, { signal }),
    }),
}
