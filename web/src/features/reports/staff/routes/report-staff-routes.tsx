import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { DashboardPage } from './dashboard-page.tsx'
import { loadDashboard, loadReport } from './report-loaders.ts'
import { ReportPage } from './report-page.tsx'

/** Reporting for team managers and data analysts: the dashboard and each report. */
export function reportStaffRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.reports, <DashboardPage />, () => loadDashboard(queryClient)),
    page(paths.report, <ReportPage />, ({ params, request }) =>
      loadReport(queryClient, params, request),
    ),
  ]
}
