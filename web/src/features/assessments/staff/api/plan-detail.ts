import { assessmentEndpoints, type StaffPlan } from '@asp/bff/contract'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { refreshSupportPlans, supportPlanKeys } from './plan-keys.ts'

/** `GET /api/staff/plans/:planId`: a plan, its services, reviews and what the caller may do. */
export const supportPlanQueries = {
  all: () => [...supportPlanKeys.all(), 'plan'] as const,
  detail: (planId: string) =>
    queryOptions({
      queryKey: [...supportPlanQueries.all(), planId] as const,
      queryFn: ({ signal }) =>
        apiFetch(assessmentEndpoints.getPlan, { params: { planId }, signal }),
    }),
}

/**
 * After a change the API answered with the plan: show it at once, and have everything that may
 * show it (its assessment's page among them) asked for again.
 */
export function putSupportPlan(queryClient: QueryClient, plan: StaffPlan) {
  const { queryKey } = supportPlanQueries.detail(plan.id)
  queryClient.setQueryData(queryKey, plan)
  refreshSupportPlans(queryClient, queryKey)
}
