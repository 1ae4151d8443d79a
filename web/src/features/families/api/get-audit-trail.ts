import { auditEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/** Query keys and options for `GET /api/audit-events`: who read or changed a family's record. */
export const auditTrailQueries = {
  all: () => ['audit-trail'] as const,
  family: (familyId: string) =>
    queryOptions({
      queryKey: [...auditTrailQueries.all(), 'family', familyId] as const,
      queryFn: ({ signal }) =>
        apiFetch(auditEndpoints.getAuditTrail, {
          query: { recordType: 'family', recordId: familyId },
          signal,
        }),
    }),
}
