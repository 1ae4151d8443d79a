import { accountEndpoints, type changePasswordSchema } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'

/** `POST /api/account/password`: a new password; the account's other sessions end. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: z.input<typeof changePasswordSchema>) =>
      apiFetch(accountEndpoints.changePassword, { body }),
  })
}
