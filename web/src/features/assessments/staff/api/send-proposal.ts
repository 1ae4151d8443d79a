import { assessmentEndpoints, type sendProposalSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putAssessment } from './get-assessment.ts'

/** `POST …/proposal`: send the proposed decision; the family is emailed and may respond. */
export function useSendProposal(assessmentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof sendProposalSchema>) =>
      apiFetch(assessmentEndpoints.sendProposal, { params: { assessmentId }, body }),
    onSuccess: (assessment) => {
      putAssessment(queryClient, assessment)
    },
  })
}
