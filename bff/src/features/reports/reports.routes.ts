import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import type { Clock } from '../../platform/clock.ts'
import { sendDownload } from '../../platform/csv/csv.ts'
import type { MountedEndpoint } from '../../platform/endpoint-router.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { reportsService } from './reports.service.ts'

/** Team managers and data analysts, who report the service's figures (ADR 0022). */
const reporters = ['team_manager', 'data_analyst'] as const

/** The dashboard and the period reports. */
export function reportRoutes(db: Db, options: { clock: Clock }): MountedEndpoint[] {
  const reports = reportsService(db, options.clock)
  return [
    handle(endpoints.getDashboard, access.signedIn(reporters), ({ actor }) =>
      reports.dashboard(actor),
    ),
    handle(endpoints.getReportOptions, access.signedIn(reporters), ({ actor }) =>
      reports.options(actor),
    ),
    handle(endpoints.getReport, access.signedIn(reporters), ({ actor, params, query }) =>
      reports.get(actor, params.report, query),
    ),
    handle(
      endpoints.downloadReport,
      access.signedIn(reporters),
      async ({ actor, params, query, res }) =>
        sendDownload(res, await reports.csv(actor, params.report, query), 'text/csv'),
    ),
  ]
}
