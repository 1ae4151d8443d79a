import { serviceInfoEndpoints } from '@asp/bff/contract'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/** Query keys and options for `GET /api/service-info`: who provides the service. */
export const serviceInfoQueries = {
  all: () => ['service-info'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...serviceInfoQueries.all(), 'detail'] as const,
      queryFn: ({ signal }) => apiFetch(serviceInfoEndpoints.getServiceInfo, { signal }),
      // The organisations behind the service change a few times a year, not while a page is open.
      staleTime: 60 * 60_000,
    }),
}

export function useServiceInfo() {
  return useQuery(serviceInfoQueries.detail())
}
