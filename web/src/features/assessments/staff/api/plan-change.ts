import { assessmentEndpoints, type changePlanSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportPlan } from './plan-detail.ts'

/** `PUT /api/staff/plans/:planId`: change the services, named worker or review date. */
export function useChangeSupportPlan(planId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof changePlanSchema>) =>
      apiFetch(assessmentEndpoints.changePlan, { params: { planId }, body }),
    onSuccess: (plan) => {
      putSupportPlan(queryClient, plan)
    },
  })
}
