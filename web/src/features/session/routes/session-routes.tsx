import type { RouteObject } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { page } from '../../../lib/route-page.tsx'
import { SecurityCodePage } from './security-code-page.tsx'
import { SignInPage } from './sign-in-page.tsx'
import { SignOutPage } from './sign-out-page.tsx'
import { SignedOutPage } from './signed-out-page.tsx'

/** Signing in and out: open to anyone. */
export function sessionPublicRoutes(): RouteObject[] {
  return [
    page(paths.signIn, <SignInPage />),
    page(paths.securityCode, <SecurityCodePage />),
    page(paths.signOut, <SignOutPage />),
    page(paths.signedOut, <SignedOutPage />),
  ]
}
