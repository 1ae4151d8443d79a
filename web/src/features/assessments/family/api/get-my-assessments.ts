import { assessmentEndpoints, assessmentParamsSchema, type MyAssessment } from '@asp/bff/contract'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { data } from 'react-router'
import { apiFetch } from '../../../../lib/api-client.ts'

/**
 * Query keys and options for an adoptive parent's or birth relative's own assessments of need:
 * `GET /api/assessments` (where each is, the proposal, their response, the decision and the plan).
 */
export const myAssessmentQueries = {
  all: () => ['my-assessments'] as const,
  list: () =>
    queryOptions({
      queryKey: [...myAssessmentQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiFetch(assessmentEndpoints.getMyAssessments, { signal }),
    }),
}

/** The `:assessmentId` of a route, or "Page not found" when it cannot be one. */
export function parseAssessmentId(params: { assessmentId?: string | undefined }): string {
  const parsed = assessmentParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.assessmentId
}

/**
 * Puts an assessment the API answered with (after a response) in the cached list, then marks the
 * list stale and fetches it again, so every page shows where it is now.
 */
export async function putMyAssessment(queryClient: QueryClient, assessment: MyAssessment) {
  queryClient.setQueryData(myAssessmentQueries.list().queryKey, (cached) =>
    cached === undefined
      ? cached
      : {
          assessments: cached.assessments.map((item) =>
            item.id === assessment.id ? assessment : item,
          ),
        },
  )
  await queryClient.invalidateQueries({ queryKey: myAssessmentQueries.all() })
}
