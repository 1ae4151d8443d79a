import { assessmentEndpoints, type planVersionSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportPlan } from './plan-detail.ts'

/** `POST /api/staff/plans/:planId/share`: share a draft with the family; it becomes active. */
export function useShareSupportPlan(planId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof planVersionSchema>) =>
      apiFetch(assessmentEndpoints.sharePlan, { params: { planId }, body }),
    onSuccess: (plan) => {
      putSupportPlan(queryClient, plan)
    },
  })
}
