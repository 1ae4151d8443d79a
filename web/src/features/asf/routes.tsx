import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { asfStaffRoutes } from './staff/routes/asf-staff-routes.tsx'

/** Every page of the feature, loaded as one chunk when the first is opened (see `index.ts`). */
export function allAsfRoutes(queryClient: QueryClient): RouteObject[] {
  return asfStaffRoutes(queryClient)
}
