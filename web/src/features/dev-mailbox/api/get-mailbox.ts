import { devMailboxEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/** Query keys and options for `GET /api/dev/mailbox`: the demo's emails and text messages. */
export const mailboxQueries = {
  all: () => ['dev-mailbox'] as const,
  list: () =>
    queryOptions({
      queryKey: [...mailboxQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiFetch(devMailboxEndpoints.getDevMailbox, { signal }),
      // Fresh each time the page is opened: the point is to see the email just sent.
      staleTime: 0,
    }),
}
