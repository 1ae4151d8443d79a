import { accountEndpoints, type confirmTextMessageSetupSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'
import { sessionQueries } from '../../session/index.ts'

/** `POST /api/account/second-factor/text-message/confirm`: prove the number with the code sent. */
export function useConfirmTextMessageSetup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof confirmTextMessageSetupSchema>) =>
      apiFetch(accountEndpoints.confirmTextMessageSetup, { body }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sessionQueries.all() })
    },
  })
}
