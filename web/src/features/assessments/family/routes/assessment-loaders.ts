import type { QueryClient } from '@tanstack/react-query'
import { data, redirect, type Params } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { requireSession } from '../../../session/index.ts'
import { myAssessmentQueries, parseAssessmentId } from '../api/get-my-assessments.ts'
import { myAssessmentRoles } from './assessment-roles.ts'

/**
 * The loaders of the assessment pages of adoptive parents and birth relatives. Each checks the
 * session's role, then fetches what its page reads from the cache.
 */

export async function loadMyAssessments(queryClient: QueryClient) {
  await requireSession(queryClient, { roles: myAssessmentRoles })
  return queryClient.ensureQueryData(myAssessmentQueries.list())
}

/**
 * "Respond to what we propose": "Page not found" for an assessment that is not theirs, and back to
 * their assessments once a response is no longer waited for.
 */
export async function loadRespondToProposal(queryClient: QueryClient, params: Params) {
  const assessmentId = parseAssessmentId(params)
  const { assessments } = await loadMyAssessments(queryClient)
  const assessment = assessments.find((item) => item.id === assessmentId)
  if (assessment === undefined) {
    throw data(null, { status: 404 })
  }
  if (!assessment.canRespond) {
    throw redirect(paths.myAssessments)
  }
  return assessment
}
