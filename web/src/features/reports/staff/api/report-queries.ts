import { reportEndpoints, type ReportName, type ReportQuery } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch, buildUrl } from '../../../../lib/api-client.ts'

// Reporting's queries, through the feature's own endpoints. Every answer is read only: a report
// is worked out from the records each time it is asked for, and each run is audited.

const keys = { all: () => ['reports'] as const }

export const reportQueries = {
  /** `GET /api/reports/dashboard`: the service now. */
  dashboard: () =>
    queryOptions({
      queryKey: [...keys.all(), 'dashboard'] as const,
      queryFn: ({ signal }) => apiFetch(reportEndpoints.getDashboard, { signal }),
    }),
  /** `GET /api/reports/options`: the local authorities and financial years to choose from. */
  options: () =>
    queryOptions({
      queryKey: [...keys.all(), 'options'] as const,
      queryFn: ({ signal }) => apiFetch(reportEndpoints.getReportOptions, { signal }),
      // They change once a year, or when an administrator adds a local authority.
      staleTime: 5 * 60_000,
    }),
  /** `GET /api/reports/:report`: one report for a period and one or all local authorities. */
  report: (report: ReportName, query: ReportQuery) =>
    queryOptions({
      queryKey: [...keys.all(), 'report', report, query] as const,
      queryFn: ({ signal }) =>
        apiFetch(reportEndpoints.getReport, { params: { report }, query, signal }),
    }),
}

/**
 * `GET /api/reports/:report/csv`: the same report as a CSV file, for a plain link. For
 * publication, counts from 1 to 4 are suppressed.
 */
export function reportCsvHref(
  report: ReportName,
  query: ReportQuery,
  { suppress = false }: { suppress?: boolean } = {},
): string {
  const url = buildUrl(
    reportEndpoints.downloadReport,
    { report },
    suppress ? { ...query, suppress: 'true' } : query,
  )
  return `${url.pathname}${url.search}`
}
