import { supportRequestEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { assessmentStaffKeys } from './assessment-staff-keys.ts'

/** `GET /api/workers`: the workers in the caller's councils, to choose who carries out an assessment. */
export const workerQueries = {
  list: () =>
    queryOptions({
      queryKey: [...assessmentStaffKeys.all(), 'workers'] as const,
      queryFn: ({ signal }) => apiFetch(supportRequestEndpoints.findWorkers, { signal }),
    }),
}
