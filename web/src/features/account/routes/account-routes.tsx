import type { RouteObject } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { page } from '../../../lib/route-page.tsx'
import { ChangePasswordPage } from './change-password-page.tsx'
import { ForgottenPasswordPage } from './forgotten-password-page.tsx'
import { ResetPasswordPage } from './reset-password-page.tsx'
import { SetUpSecurityPage } from './set-up-security-page.tsx'

/** A forgotten password and its reset: open to anyone. */
export function allAccountPublicRoutes(): RouteObject[] {
  return [
    page(paths.forgottenPassword, <ForgottenPasswordPage />),
    page(paths.resetPassword, <ResetPasswordPage />),
  ]
}

/** Setting up the second factor: the app's `accountSetUpRoutes` puts it behind its own guard. */
export function allAccountSetUpRoutes(): RouteObject[] {
  return [page(paths.setUpSecurity, <SetUpSecurityPage />)]
}

/** The signed-in user's own account. Signed-in routes: the app puts them behind the session guard. */
export function allAccountRoutes(): RouteObject[] {
  return [page(paths.changePassword, <ChangePasswordPage />)]
}
