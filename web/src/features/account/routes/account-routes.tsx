import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { Loading } from '../../../app/layouts/loading.tsx'
import { paths } from '../../../app/paths.ts'
import { RouteError } from '../../../app/route-error.tsx'
import { page } from '../../../lib/route-page.tsx'
import { RequireSession, requireSession } from '../../session/index.ts'
import { ChangePasswordPage } from './change-password-page.tsx'
import { ForgottenPasswordPage } from './forgotten-password-page.tsx'
import { ResetPasswordPage } from './reset-password-page.tsx'
import { SetUpSecurityPage } from './set-up-security-page.tsx'

/** A forgotten password and its reset: open to anyone. */
export function accountPublicRoutes(): RouteObject[] {
  return [
    page(paths.forgottenPassword, <ForgottenPasswordPage />),
    page(paths.resetPassword, <ResetPasswordPage />),
  ]
}

/**
 * Setting up the second factor: behind a guard of its own, for a session that still has to set it
 * up and nothing else (a session that has done so goes home). Outside the signed-in guard.
 */
export function accountSetUpRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <RequireSession />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <Loading />,
      loader: () => requireSession(queryClient, { stage: 'setting-up' }),
      children: [page(paths.setUpSecurity, <SetUpSecurityPage />)],
    },
  ]
}

/** The signed-in user's own account. Signed-in routes: the app puts them behind the session guard. */
export function accountRoutes(): RouteObject[] {
  return [page(paths.changePassword, <ChangePasswordPage />)]
}
