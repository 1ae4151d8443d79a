import { assessmentEndpoints, type assessmentVersionSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putAssessment } from './get-assessment.ts'

/** `POST …/sign-off`: a team manager signs off the assessment. */
export function useSignOffAssessment(assessmentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof assessmentVersionSchema>) =>
      apiFetch(assessmentEndpoints.signOffAssessment, { params: { assessmentId }, body }),
    onSuccess: (assessment) => {
      putAssessment(queryClient, assessment)
    },
  })
}
