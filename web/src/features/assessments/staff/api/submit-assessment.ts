import { assessmentEndpoints, type assessmentVersionSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putAssessment } from './get-assessment.ts'

/** `POST …/submit`: send a finished assessment to a team manager for sign-off. */
export function useSubmitAssessment(assessmentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof assessmentVersionSchema>) =>
      apiFetch(assessmentEndpoints.submitAssessment, { params: { assessmentId }, body }),
    onSuccess: (assessment) => {
      putAssessment(queryClient, assessment)
    },
  })
}
