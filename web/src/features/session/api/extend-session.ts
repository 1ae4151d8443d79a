import { sessionEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'
import { sessionQueries } from './get-session.ts'

/** `POST /api/session/extend`: "Stay signed in". The answer is the session with its new end. */
export function useExtendSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiFetch(sessionEndpoints.extendSession),
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQueries.current().queryKey, session)
    },
  })
}
