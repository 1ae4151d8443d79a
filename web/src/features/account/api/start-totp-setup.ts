import { accountEndpoints, type startTotpSetupSchema } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'

/** `POST /api/account/second-factor/totp`: the QR code, key and recovery codes of a new app. */
export function useStartTotpSetup() {
  return useMutation({
    mutationFn: (body: z.input<typeof startTotpSetupSchema>) =>
      apiFetch(accountEndpoints.startTotpSetup, { body }),
  })
}
