import { type createAgreementSchema, letterboxEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { putContactAgreement } from './get-contact-agreement.ts'

/** `POST /api/staff/letterbox/agreements`: make an agreement for a child; its letters are scheduled. */
export function useCreateContactAgreement() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof createAgreementSchema>) =>
      apiFetch(letterboxEndpoints.createContactAgreement, { body }),
    onSuccess: (agreement) => {
      putContactAgreement(queryClient, agreement)
    },
  })
}
