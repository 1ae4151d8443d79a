import { assessmentEndpoints, type respondToProposalSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putMyAssessment } from './get-my-assessments.ts'

/**
 * `POST /api/assessments/:assessmentId/response`: agrees with the proposed decision, or says what
 * the family wants to tell the agency. A 409 means a response is no longer waited for (one was
 * recorded already, or the assessment was stopped).
 */
export function useRespondToProposal(assessmentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof respondToProposalSchema>) =>
      apiFetch(assessmentEndpoints.respondToProposal, { params: { assessmentId }, body }),
    onSuccess: (assessment) => putMyAssessment(queryClient, assessment),
  })
}
