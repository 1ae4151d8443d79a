import { type SecondFactor, sessionEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'
import { sessionQueries } from './get-session.ts'

/** `POST /api/session/second-factor`: finish signing in with a security or recovery code. */
export function useVerifySecondFactor() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SecondFactor) => apiFetch(sessionEndpoints.verifySecondFactor, { body }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sessionQueries.all() })
    },
  })
}
