import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { familyGroupRoutes } from './family/routes/group-routes.tsx'
import { groupProgrammeRoutes } from './staff/routes/group-programme-routes.tsx'

/** Every page of the feature, loaded as one chunk when the first is opened (see `index.ts`). */
export function allGroupRoutes(queryClient: QueryClient): RouteObject[] {
  return [...familyGroupRoutes(queryClient), ...groupProgrammeRoutes(queryClient)]
}
