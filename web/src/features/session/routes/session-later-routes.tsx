import type { RouteObject } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { page } from '../../../lib/route-page.tsx'
import { SecurityCodePage } from './security-code-page.tsx'
import { SignOutPage } from './sign-out-page.tsx'
import { SignedOutPage } from './signed-out-page.tsx'

/** The pages of signing in and out after the sign-in page (`sessionLaterRoutes`). */
export function allSessionLaterRoutes(): RouteObject[] {
  return [
    page(paths.securityCode, <SecurityCodePage />),
    page(paths.signOut, <SignOutPage />),
    page(paths.signedOut, <SignedOutPage />),
  ]
}
