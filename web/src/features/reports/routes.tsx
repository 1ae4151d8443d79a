import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { reportStaffRoutes } from './staff/routes/report-staff-routes.tsx'

/** Every page of the feature, loaded as one chunk when the first is opened (see `index.ts`). */
export function allReportRoutes(queryClient: QueryClient): RouteObject[] {
  return reportStaffRoutes(queryClient)
}
