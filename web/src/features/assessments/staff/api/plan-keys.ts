import { planParamsSchema } from '@asp/bff/contract'
import type { QueryClient } from '@tanstack/react-query'
import { data } from 'react-router'
import { refreshAssessmentsStaff } from './assessment-staff-keys.ts'

/** The root of every support plan query, so that a change can have them all asked for again. */
export const supportPlanKeys = {
  all: () => ['support-plans'] as const,
}

/**
 * After a change the API answered with the plan (kept in the cache under `keep`): every other
 * plan query is asked for again, and so is every staff assessment query, since the assessment
 * links to its plan and the manager's figures count the reviews due.
 */
export function refreshSupportPlans(queryClient: QueryClient, keep?: readonly unknown[]) {
  void queryClient.invalidateQueries({
    queryKey: supportPlanKeys.all(),
    predicate: (query) =>
      keep === undefined ||
      query.queryKey.length !== keep.length ||
      query.queryKey.some((part, index) => part !== keep[index]),
  })
  refreshAssessmentsStaff(queryClient)
}

/** The `:planId` of a route, or "Page not found" when it cannot be one (the contract's rule). */
export function parsePlanId(params: { planId?: string | undefined }): string {
  const parsed = planParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.planId
}
