import { assessmentEndpoints, type recordPlanReviewSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putSupportPlan } from './plan-detail.ts'

/** `POST /api/staff/plans/:planId/reviews`: what changed, and the date of the next review. */
export function useRecordPlanReview(planId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof recordPlanReviewSchema>) =>
      apiFetch(assessmentEndpoints.recordPlanReview, { params: { planId }, body }),
    onSuccess: (plan) => {
      putSupportPlan(queryClient, plan)
    },
  })
}
