import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'

/**
 * Reporting (issue 20): the service's figures for team managers and data analysts, a dashboard of
 * the service now and reports for a period and local authority, each with its CSV and a printable
 * layout. Signed-in routes: the app puts them behind the session guard, and each loader checks
 * the role. The pages load with the first of them opened (`lazyRoutes`).
 */
export function reportRoutes(queryClient: QueryClient): RouteObject[] {
  return lazyRoutes([paths.reports, paths.report], async () =>
    (await import('./routes.tsx')).allReportRoutes(queryClient),
  )
}
