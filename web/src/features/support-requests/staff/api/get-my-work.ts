import { supportRequestEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { supportRequestQueries } from './get-support-request.ts'

/** Query keys and options for `GET /api/my/work`: the signed-in worker's requests and counts. */
export const myWorkQueries = {
  all: () => [...supportRequestQueries.all(), 'my-work'] as const,
  mine: () =>
    queryOptions({
      queryKey: [...myWorkQueries.all(), 'mine'] as const,
      queryFn: ({ signal }) => apiFetch(supportRequestEndpoints.getMyWork, { signal }),
    }),
}
