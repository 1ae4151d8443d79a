import { supportRequestEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'

/**
 * Query keys and options for `GET /api/support-settings`: duty hours, response standards, tiers.
 */
export const supportSettingsQueries = {
  all: () => ['support-settings'] as const,
  current: () =>
    queryOptions({
      queryKey: [...supportSettingsQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => apiFetch(supportRequestEndpoints.getSupportSettings, { signal }),
      staleTime: 10 * 60_000,
    }),
}
