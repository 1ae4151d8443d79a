import { letterboxEndpoints, type recordAgreementReviewSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putContactAgreement } from './get-contact-agreement.ts'

/** `POST /api/staff/letterbox/agreements/:agreementId/reviews`: the next review is 3 years on. */
export function useRecordAgreementReview(agreementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof recordAgreementReviewSchema>) =>
      apiFetch(letterboxEndpoints.recordAgreementReview, { params: { agreementId }, body }),
    onSuccess: (agreement) => {
      putContactAgreement(queryClient, agreement)
    },
  })
}
