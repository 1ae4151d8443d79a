import { type changeAgreementStatusSchema, letterboxEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putContactAgreement } from './get-contact-agreement.ts'

/** `POST /api/staff/letterbox/agreements/:agreementId/status`: pause, end or restart contact. */
export function useChangeAgreementStatus(agreementId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof changeAgreementStatusSchema>) =>
      apiFetch(letterboxEndpoints.changeAgreementStatus, { params: { agreementId }, body }),
    onSuccess: (agreement) => {
      putContactAgreement(queryClient, agreement)
    },
  })
}
