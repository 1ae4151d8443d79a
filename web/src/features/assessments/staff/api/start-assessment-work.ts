import { assessmentEndpoints, type assessmentVersionSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putAssessment } from './get-assessment.ts'

/** `POST …/start`: start the assessment; its target date is set from the standard. */
export function useStartAssessmentWork(assessmentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof assessmentVersionSchema>) =>
      apiFetch(assessmentEndpoints.startAssessmentWork, { params: { assessmentId }, body }),
    onSuccess: (assessment) => {
      putAssessment(queryClient, assessment)
    },
  })
}
