import { accountEndpoints, type resetPasswordSchema } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'

/** `POST /api/password-resets/complete`: set a new password with the token from the email. */
export function useResetPassword() {
  return useMutation({
    mutationFn: (body: z.input<typeof resetPasswordSchema>) =>
      apiFetch(accountEndpoints.resetPassword, { body }),
  })
}
