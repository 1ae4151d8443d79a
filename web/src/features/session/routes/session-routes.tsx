import type { RouteObject } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { lazyRoutes } from '../../../lib/lazy-routes.tsx'
import { page } from '../../../lib/route-page.tsx'
import { SignInPage } from './sign-in-page.tsx'

/**
 * Signing in and out: open to anyone. The sign-in page comes with the app; the pages after it
 * load with the first of them opened (`lazyRoutes`, ADR 0019).
 */
export function sessionPublicRoutes(): RouteObject[] {
  return [page(paths.signIn, <SignInPage />), ...sessionLaterRoutes()]
}

/** The security code, signing out and "You have signed out": loaded when first opened. */
export function sessionLaterRoutes(): RouteObject[] {
  return lazyRoutes([paths.securityCode, paths.signOut, paths.signedOut], async () =>
    (await import('./session-later-routes.tsx')).allSessionLaterRoutes(),
  )
}
