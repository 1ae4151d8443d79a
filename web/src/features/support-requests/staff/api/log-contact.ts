import { type logContactSchema, supportRequestEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { supportRequestQueries } from './get-support-request.ts'

/**
 * `POST /api/contacts`: log a phone call, email, letter or referral. A new request or an update may
 * come of it, so the queue and every count are asked for again.
 */
export function useLogContact() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof logContactSchema>) =>
      apiFetch(supportRequestEndpoints.logContact, { body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: supportRequestQueries.all() })
    },
  })
}
