import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { familySupportRequestRoutes } from './family/routes/support-request-routes.tsx'
import { supportLineRoutes } from './staff/routes/support-line-routes.tsx'

/** Every page of the feature, loaded as one chunk when the first is opened (see `index.ts`). */
export function allSupportRequestRoutes(queryClient: QueryClient): RouteObject[] {
  return [...familySupportRequestRoutes(queryClient), ...supportLineRoutes(queryClient)]
}
