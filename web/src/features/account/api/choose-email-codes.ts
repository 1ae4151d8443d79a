import { accountEndpoints, type chooseEmailCodesSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'
import { sessionQueries } from '../../session/index.ts'

/** `POST /api/account/second-factor/email`: get security codes by email (families only). */
export function useChooseEmailCodes() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof chooseEmailCodesSchema>) =>
      apiFetch(accountEndpoints.chooseEmailCodes, { body }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sessionQueries.all() })
    },
  })
}
