import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { familySupportRequestRoutes } from './family/routes/support-request-routes.tsx'
import { supportLineRoutes } from './staff/routes/support-line-routes.tsx'

// What the rest of the app may use of support requests: its routes, and the crisis alert on a
// team manager's home page.
export { HomeCrisisAlert } from './staff/components/crisis-alert.tsx'

/**
 * Support requests, for both sides: adoptive parents and birth relatives ask for support and follow
 * their requests (`family/`); the support line logs, triages, allocates and works them (`staff/`).
 * Signed-in routes: the app puts them behind the session guard, and each loader checks the role.
 */
export function supportRequestRoutes(queryClient: QueryClient): RouteObject[] {
  return [...familySupportRequestRoutes(queryClient), ...supportLineRoutes(queryClient)]
}
