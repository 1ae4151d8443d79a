import { invitationEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/** Query keys and options for `GET /api/invitations/:token`: whose invitation a link is. */
export const invitationQueries = {
  all: () => ['invitations'] as const,
  detail: (token: string) =>
    queryOptions({
      queryKey: [...invitationQueries.all(), 'detail', token] as const,
      queryFn: ({ signal }) =>
        apiFetch(invitationEndpoints.getInvitation, { params: { token }, signal }),
      // An invitation does not change while its page is open; it is only used up.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
}
