import { supportRequestEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { supportRequestQueries } from './get-support-request.ts'

/** Query keys and options for `GET /api/team`: the team's figures, for team managers. */
export const teamViewQueries = {
  all: () => [...supportRequestQueries.all(), 'team'] as const,
  current: () =>
    queryOptions({
      queryKey: [...teamViewQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => apiFetch(supportRequestEndpoints.getTeamView, { signal }),
    }),
}
