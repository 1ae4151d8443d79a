import { assessmentEndpoints, type withdrawAssessmentSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putAssessment } from './get-assessment.ts'

/** `POST …/withdraw`: withdraw the assessment, with the reason. */
export function useWithdrawAssessment(assessmentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof withdrawAssessmentSchema>) =>
      apiFetch(assessmentEndpoints.withdrawAssessment, { params: { assessmentId }, body }),
    onSuccess: (assessment) => {
      putAssessment(queryClient, assessment)
    },
  })
}
