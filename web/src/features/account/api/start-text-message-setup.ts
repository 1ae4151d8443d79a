import { accountEndpoints, type startTextMessageSetupSchema } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'

/**
 * `POST /api/account/second-factor/text-message`: text a code to a mobile number (families only).
 * The answer is the number's last 3 digits; the account stays in set-up until the code is back.
 */
export function useStartTextMessageSetup() {
  return useMutation({
    mutationFn: (body: z.input<typeof startTextMessageSetupSchema>) =>
      apiFetch(accountEndpoints.startTextMessageSetup, { body }),
  })
}
