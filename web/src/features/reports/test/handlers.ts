import type { Dashboard, Report, ReportOptions, Role } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { buildSession } from '../../../test/factories.ts'
import { mswPath, sessionHandler } from '../../../test/handlers.ts'
import { buildDashboard, buildReportOptions } from './factories.ts'

/** A team manager (or another role) signed in, with the choices of local authority and year. */
export function signedInAs(role: Role = 'team_manager', options = buildReportOptions()) {
  return [
    sessionHandler(buildSession({ user: { role } })),
    http.get(mswPath('getReportOptions'), () => HttpResponse.json<ReportOptions>(options)),
  ]
}

/** `GET /api/reports/dashboard` answers with this dashboard. */
export function dashboardHandler(dashboard: Dashboard = buildDashboard()) {
  return http.get(mswPath('getDashboard'), () => HttpResponse.json<Dashboard>(dashboard))
}

/**
 * `GET /api/reports/:report` answers with this report, and keeps the query string of each request,
 * so that a test can see what the page asked for.
 */
export function reportHandler(report: Report) {
  const asked: string[] = []
  return {
    asked,
    handler: http.get(mswPath('getReport'), ({ request, params }) => {
      // The dashboard and the options are answered by their own handlers.
      if (params.report === 'dashboard' || params.report === 'options') return undefined
      asked.push(new URL(request.url).search)
      return HttpResponse.json<Report>(report)
    }),
  }
}
