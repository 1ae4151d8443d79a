import {
  assessmentParamsSchema,
  assessmentSectionParamsSchema,
  type AssessmentSection,
} from '@asp/bff/contract'
import type { QueryClient } from '@tanstack/react-query'
import { data } from 'react-router'

/**
 * The root of every staff assessment query (the list, the figures, an assessment, a section's
 * history), so that a change can have them all asked for again.
 */
export const assessmentStaffKeys = {
  all: () => ['assessments-staff'] as const,
}

/**
 * After a change the API answered with one record (kept in the cache under `keep`): every other
 * staff assessment query that may show it is asked for again.
 */
export function refreshAssessmentsStaff(queryClient: QueryClient, keep?: readonly unknown[]) {
  void queryClient.invalidateQueries({
    queryKey: assessmentStaffKeys.all(),
    predicate: (query) =>
      keep === undefined ||
      query.queryKey.length !== keep.length ||
      query.queryKey.some((part, index) => part !== keep[index]),
  })
}

/** The `:assessmentId` of a route, or "Page not found" when it cannot be one (the contract's rule). */
export function parseAssessmentId(params: { assessmentId?: string | undefined }): string {
  const parsed = assessmentParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.assessmentId
}

/** The `:assessmentId` and `:section` of a route, or "Page not found". */
export function parseSectionParams(params: {
  assessmentId?: string | undefined
  section?: string | undefined
}): { assessmentId: string; section: AssessmentSection } {
  const parsed = assessmentSectionParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data
}
