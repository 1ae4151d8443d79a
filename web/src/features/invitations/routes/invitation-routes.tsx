import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { page } from '../../../lib/route-page.tsx'
import { localAuthorityQueries } from '../../administration/index.ts'
import { requireSession } from '../../session/index.ts'
import { CreateAccountPage } from './create-account-page.tsx'
import { InvitePersonPage } from './invite-person-page.tsx'

/** Creating an account from an invitation email: open to anyone with the link. */
export function allInvitationPublicRoutes(): RouteObject[] {
  return [page(paths.createAccount, <CreateAccountPage />)]
}

/**
 * Inviting a person to create an account. Signed-in routes: the app puts them behind the session
 * guard, and the loader checks the role.
 */
export function allInvitationRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.invitePerson, <InvitePersonPage />, async () => {
      const session = await requireSession(queryClient, {
        roles: ['support_worker', 'team_manager', 'administrator'],
      })
      // Administrators invite staff, with the local authorities they work for.
      if (session.user.role === 'administrator') {
        await queryClient.ensureQueryData(localAuthorityQueries.list())
      }
      return session
    }),
  ]
}
