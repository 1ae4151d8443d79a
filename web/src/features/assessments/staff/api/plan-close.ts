import { assessmentEndpoints, type closePlanSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportPlan } from './plan-detail.ts'

/** `POST /api/staff/plans/:planId/close`: close the plan with its outcome. */
export function useCloseSupportPlan(planId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof closePlanSchema>) =>
      apiFetch(assessmentEndpoints.closePlan, { params: { planId }, body }),
    onSuccess: (plan) => {
      putSupportPlan(queryClient, plan)
    },
  })
}
