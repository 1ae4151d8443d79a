import { supportRequestEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { supportRequestQueries } from './get-support-request.ts'

/** Query keys and options for `GET /api/workers`: who may take requests, with their caseloads. */
export const workerQueries = {
  all: () => [...supportRequestQueries.all(), 'workers'] as const,
  list: () =>
    queryOptions({
      queryKey: [...workerQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiFetch(supportRequestEndpoints.findWorkers, { signal }),
    }),
}
