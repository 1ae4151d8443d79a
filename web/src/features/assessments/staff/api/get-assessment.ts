import { assessmentEndpoints, type StaffAssessment } from '@asp/bff/contract'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { assessmentStaffKeys, refreshAssessmentsStaff } from './assessment-staff-keys.ts'

/** `GET /api/staff/assessments/:assessmentId`: the assessment, its sections and what may be done. */
export const assessmentQueries = {
  all: () => [...assessmentStaffKeys.all(), 'assessment'] as const,
  detail: (assessmentId: string) =>
    queryOptions({
      queryKey: [...assessmentQueries.all(), assessmentId] as const,
      queryFn: ({ signal }) =>
        apiFetch(assessmentEndpoints.getAssessment, { params: { assessmentId }, signal }),
    }),
}

/**
 * After a change the API answered with the assessment: show it at once, and have every list and
 * figure that may include it asked for again.
 */
export function putAssessment(queryClient: QueryClient, assessment: StaffAssessment) {
  const { queryKey } = assessmentQueries.detail(assessment.id)
  queryClient.setQueryData(queryKey, assessment)
  refreshAssessmentsStaff(queryClient, queryKey)
}
