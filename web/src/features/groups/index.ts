import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { familyGroupRoutes } from './family/routes/group-routes.tsx'
import { groupProgrammeRoutes } from './staff/routes/group-programme-routes.tsx'

/**
 * Groups and training, for both sides: families find events and book places (`family/`); staff run
 * the programme, take registers and see the figures (`staff/`). Signed-in routes: the app puts them
 * behind the session guard, and each loader checks the role.
 */
export function groupRoutes(queryClient: QueryClient): RouteObject[] {
  return [...familyGroupRoutes(queryClient), ...groupProgrammeRoutes(queryClient)]
}
