import type { QueryClient } from '@tanstack/react-query'
import { data, type Params } from 'react-router'
import { requireSession } from '../../../session/index.ts'
import { reportOfSlug } from '../../components/report-words.ts'
import { reportQueries } from '../api/report-queries.ts'
import { reportQueryOf } from './report-query.ts'
import { reportReaderRoles } from './report-roles.ts'

/** The report an address names (`/reports/contacts`), or "Page not found". */
export function reportNameOf(params: Params) {
  const report = reportOfSlug(params.report)
  if (report === undefined) throw data(null, { status: 404 })
  return report
}

/** The dashboard: the service now, worked out afresh each time the page is opened. */
export async function loadDashboard(queryClient: QueryClient) {
  await requireSession(queryClient, { roles: reportReaderRoles })
  await queryClient.fetchQuery({ ...reportQueries.dashboard(), staleTime: 0 })
  return null
}

/** A report: the choices for the form, and the report the address asks for. */
export async function loadReport(queryClient: QueryClient, params: Params, request: Request) {
  const report = reportNameOf(params)
  await requireSession(queryClient, { roles: reportReaderRoles })
  const options = await queryClient.fetchQuery(reportQueries.options())
  const { query } = reportQueryOf(new URL(request.url).searchParams, options)
  // The page shows choices the API refuses (a 400) beside the form, so a failure here is not the
  // route's error.
  if (query !== undefined) await queryClient.prefetchQuery(reportQueries.report(report, query))
  return null
}
