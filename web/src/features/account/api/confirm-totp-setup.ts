import { accountEndpoints, type confirmTotpSetupSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'
import { sessionQueries } from '../../session/index.ts'

/** `POST /api/account/second-factor/totp/confirm`: prove the app works with a code from it. */
export function useConfirmTotpSetup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof confirmTotpSetupSchema>) =>
      apiFetch(accountEndpoints.confirmTotpSetup, { body }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sessionQueries.all() })
    },
  })
}
