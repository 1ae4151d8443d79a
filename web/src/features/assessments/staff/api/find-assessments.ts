import { assessmentEndpoints, type assessmentsQuerySchema } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { assessmentStaffKeys } from './assessment-staff-keys.ts'

/** The list's filters as the API takes them: `?view=late&status=in_progress&page=2`. */
export type AssessmentFilters = z.input<typeof assessmentsQuerySchema>

/** `GET /api/staff/assessments`: the caller's own assessments, all in scope, or the late ones. */
export const assessmentsQueries = {
  all: () => [...assessmentStaffKeys.all(), 'list'] as const,
  list: (filters: AssessmentFilters) =>
    queryOptions({
      queryKey: [...assessmentsQueries.all(), filters] as const,
      queryFn: ({ signal }) =>
        apiFetch(assessmentEndpoints.findAssessments, { query: filters, signal }),
    }),
}
