import { auditEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { supportRequestQueries } from './get-support-request.ts'

/** Query keys and options for `GET /api/audit-events` about one request: who read or changed it. */
export const supportRequestAuditQueries = {
  all: () => [...supportRequestQueries.all(), 'audit'] as const,
  request: (supportRequestId: string) =>
    queryOptions({
      queryKey: [...supportRequestAuditQueries.all(), supportRequestId] as const,
      queryFn: ({ signal }) =>
        apiFetch(auditEndpoints.getAuditTrail, {
          query: { recordType: 'support-request', recordId: supportRequestId },
          signal,
        }),
      // Opening the page is recorded too: always ask again.
      staleTime: 0,
    }),
}
