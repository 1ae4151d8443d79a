import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'
import { setUpGuard } from './routes/set-up-guard.tsx'

// What the rest of the app may use of the account: the routes of a forgotten password, setting up
// the second factor, and changing the password, each loaded with the first of them opened
// (`lazyRoutes`, ADR 0019).

const load = () => import('./routes/account-routes.tsx')

/** A forgotten password and its reset: open to anyone. */
export function accountPublicRoutes(): RouteObject[] {
  return lazyRoutes([paths.forgottenPassword, paths.resetPassword], async () =>
    (await load()).allAccountPublicRoutes(),
  )
}

/**
 * Setting up the second factor: behind a guard of its own, for a session that still has to set it
 * up and nothing else (a session that has done so goes home). Outside the signed-in guard.
 */
export function accountSetUpRoutes(queryClient: QueryClient): RouteObject[] {
  return [setUpGuard(queryClient, accountSetUpPages())]
}

/** The pages behind `accountSetUpRoutes`' guard. */
export function accountSetUpPages(): RouteObject[] {
  return lazyRoutes([paths.setUpSecurity], async () => (await load()).allAccountSetUpRoutes())
}

/** The signed-in user's own account. Signed-in routes: the app puts them behind the session guard. */
export function accountRoutes(): RouteObject[] {
  return lazyRoutes([paths.changePassword], async () => (await load()).allAccountRoutes())
}
