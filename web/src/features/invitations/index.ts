import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'

// What the app uses of invitations: its routes, inviting a person and creating an account from an
// invitation, each loaded with the first of them opened (`lazyRoutes`, ADR 0019).

const load = () => import('./routes/invitation-routes.tsx')

/** Creating an account from an invitation email: open to anyone with the link. */
export function invitationPublicRoutes(): RouteObject[] {
  return lazyRoutes([paths.createAccount], async () => (await load()).allInvitationPublicRoutes())
}

/** Inviting a person: signed-in, behind the app's session guard. */
export function invitationRoutes(queryClient: QueryClient): RouteObject[] {
  return lazyRoutes([paths.invitePerson], async () =>
    (await load()).allInvitationRoutes(queryClient),
  )
}
