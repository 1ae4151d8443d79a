import type { QueryClient } from '@tanstack/react-query'
import { requireSession } from '../../../session/index.ts'
import { parseAssessmentId } from '../api/assessment-staff-keys.ts'
import { workerQueries } from '../api/find-workers.ts'
import { assessmentQueries } from '../api/get-assessment.ts'
import { supportPlanQueries } from '../api/plan-detail.ts'
import { parsePlanId } from '../api/plan-keys.ts'
import { planReaderRoles, planWriterRoles } from './plan-roles.ts'

/**
 * The loaders of the support plan routes: the session's role first, then the data each page needs
 * before it shows, shared with the page through the query cache.
 */

type Params = { assessmentId?: string; planId?: string }

/** "Write the support plan": the assessment (always the latest) and who may be named. */
export async function loadNewSupportPlan(queryClient: QueryClient, params: Params) {
  const assessmentId = parseAssessmentId(params)
  await requireSession(queryClient, { roles: planWriterRoles })
  return Promise.all([
    queryClient.fetchQuery({ ...assessmentQueries.detail(assessmentId), staleTime: 0 }),
    queryClient.fetchQuery(workerQueries.list()),
  ])
}

export async function loadSupportPlan(queryClient: QueryClient, params: Params) {
  const planId = parsePlanId(params)
  await requireSession(queryClient, { roles: planReaderRoles })
  return queryClient.fetchQuery(supportPlanQueries.detail(planId))
}

/** "Change the plan": the plan at its latest version, and who may be named. */
export async function loadChangeSupportPlan(queryClient: QueryClient, params: Params) {
  const planId = parsePlanId(params)
  await requireSession(queryClient, { roles: planWriterRoles })
  return Promise.all([
    queryClient.fetchQuery({ ...supportPlanQueries.detail(planId), staleTime: 0 }),
    queryClient.fetchQuery(workerQueries.list()),
  ])
}

/** A page that records a review or closes the plan: the plan at its latest version. */
export async function loadSupportPlanAction(queryClient: QueryClient, params: Params) {
  const planId = parsePlanId(params)
  await requireSession(queryClient, { roles: planWriterRoles })
  return queryClient.fetchQuery({ ...supportPlanQueries.detail(planId), staleTime: 0 })
}
