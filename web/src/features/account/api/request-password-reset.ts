import { accountEndpoints, type requestPasswordResetSchema } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'

/** `POST /api/password-resets`: email a reset link. The answer is the same for any address. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: z.input<typeof requestPasswordResetSchema>) =>
      apiFetch(accountEndpoints.requestPasswordReset, { body }),
  })
}
