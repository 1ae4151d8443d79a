import { assessmentEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { assessmentStaffKeys } from './assessment-staff-keys.ts'

/** `GET /api/staff/assessments/timeliness`: how many are waiting, late or due, against the standards. */
export const timelinessQueries = {
  all: () => [...assessmentStaffKeys.all(), 'timeliness'] as const,
  figures: () =>
    queryOptions({
      queryKey: timelinessQueries.all(),
      queryFn: ({ signal }) => apiFetch(assessmentEndpoints.getAssessmentTimeliness, { signal }),
    }),
}
