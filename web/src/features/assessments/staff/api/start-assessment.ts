import { assessmentEndpoints, type startAssessmentSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putAssessment } from './get-assessment.ts'

/** `POST /api/staff/assessments`: record that an assessment of need was asked for. */
export function useStartAssessment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof startAssessmentSchema>) =>
      apiFetch(assessmentEndpoints.startAssessment, { body }),
    onSuccess: (assessment) => {
      putAssessment(queryClient, assessment)
    },
  })
}
