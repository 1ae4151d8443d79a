import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { myLetterboxRoutes } from './mine/routes/letterbox-routes.tsx'
import { staffLetterboxRoutes } from './staff/routes/letterbox-staff-routes.tsx'

/** Every page of the feature, loaded as one chunk when the first is opened (see `index.ts`). */
export function allLetterboxRoutes(queryClient: QueryClient): RouteObject[] {
  return [...myLetterboxRoutes(queryClient), ...staffLetterboxRoutes(queryClient)]
}
