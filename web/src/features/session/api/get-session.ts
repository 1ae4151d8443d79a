import { type Session, sessionEndpoints } from '@asp/bff/contract'
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { ApiError, apiFetch } from '../../../lib/api-client.ts'

/**
 * Query keys and options for `GET /api/session`: who is signed in and when the session ends.
 * Signed out (a 401) is an answer, `null`, not an error. The session is never refetched on its
 * own: asking would keep it alive, which is the timeout warning's decision, not a timer's.
 */
export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'] as const,
      queryFn: async ({ signal }): Promise<Session | null> => {
        try {
          return await apiFetch(sessionEndpoints.getSession, { signal })
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) {
            return null
          }
          throw error
        }
      },
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
}

/** The session as far as this page already knows it, without asking the API. */
export function useKnownSession(): Session | null | undefined {
  const { data } = useQuery({ ...sessionQueries.current(), enabled: false })
  return data
}

/**
 * The session of a page behind `RequireSession`, whose loader has fetched it. If it has gone,
 * the 401 sends the reader to sign in.
 */
export function useSignedInSession(): Session {
  const { data } = useSuspenseQuery(sessionQueries.current())
  if (!data) {
    throw new ApiError({ status: 401, code: 'UNAUTHENTICATED', message: 'You need to sign in' })
  }
  return data
}
