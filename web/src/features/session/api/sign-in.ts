import { sessionEndpoints, type SignIn } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'
import { sessionQueries } from './get-session.ts'

/** `POST /api/session`: the first factor, email address and password. */
export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SignIn) => apiFetch(sessionEndpoints.signIn, { body }),
    onSuccess: () => {
      // Whatever the cache said before, the next guarded page asks again.
      queryClient.removeQueries({ queryKey: sessionQueries.all() })
    },
  })
}
