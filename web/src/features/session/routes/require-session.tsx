import type { Role, Session } from '@asp/bff/contract'
import type { QueryClient } from '@tanstack/react-query'
import { data, Navigate, Outlet, redirect } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { sessionQueries, useKnownSession } from '../api/get-session.ts'

export interface SessionRequirement {
  /**
   * `active` (the default): both factors done. `setting-up`: a session that still has to set up
   * its second factor, which is all the set-up page is for.
   */
  stage?: 'active' | 'setting-up'
  /** Only these roles; anyone else gets "You do not have permission". */
  roles?: readonly Role[]
}

/**
 * The guard in a route's loader: no session → sign in; a session that has not set up its second
 * factor → the set-up page; the wrong role → 403. Resolves with the session otherwise. The session
 * is asked for once and then read from the cache.
 */
export async function requireSession(
  queryClient: QueryClient,
  { stage = 'active', roles }: SessionRequirement = {},
): Promise<Session> {
  const session = await queryClient.ensureQueryData(sessionQueries.current())
  if (!session) {
    throw redirect(paths.signIn)
  }
  if (stage === 'active' && session.stage === 'second-factor-setup-required') {
    throw redirect(paths.setUpSecurity)
  }
  if (stage === 'setting-up' && session.stage === 'active') {
    throw redirect(paths.home)
  }
  if (roles && !roles.includes(session.user.role)) {
    throw data(null, { status: 403 })
  }
  return session
}

/**
 * The element of a guarded layout route, whose loader is `requireSession`. It also notices a
 * session that ends while its pages are open.
 */
export function RequireSession() {
  const session = useKnownSession()
  if (session === null) {
    return <Navigate to={paths.signIn} replace />
  }
  return <Outlet />
}
