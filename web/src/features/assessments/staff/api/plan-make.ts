import { assessmentEndpoints, type planInputSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportPlan } from './plan-detail.ts'

/** `POST /api/staff/assessments/:assessmentId/plan`: write the plan of a decided assessment. */
export function useMakeSupportPlan(assessmentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof planInputSchema>) =>
      apiFetch(assessmentEndpoints.makePlan, { params: { assessmentId }, body }),
    onSuccess: (plan) => {
      putSupportPlan(queryClient, plan)
    },
  })
}
