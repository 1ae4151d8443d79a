import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'
import { isoDate } from './fields.ts'

// The service's figures for managers and data analysts (DOMAIN.md §9, ADR 0022): a dashboard of
// the service now, and reports for a period by local authority. Every report answers the same
// shape, tables of rows and columns with a total row, so that one page shows, charts, downloads
// and prints them all.

export const reportNames = [
  'contacts',
  'caseload',
  'asf',
  'letterbox',
  'groups',
  'birth_relative_referrals',
  'feedback',
] as const
export const reportNameSchema = z.enum(reportNames)
export type ReportName = z.infer<typeof reportNameSchema>

export const reportTitles: Record<ReportName, string> = {
  contacts: 'Contacts to the support and advice line',
  caseload: 'Caseload',
  asf: 'Adoption Support Fund',
  letterbox: 'Letterbox',
  groups: 'Groups and training',
  birth_relative_referrals: 'Birth relative support referrals',
  feedback: 'Feedback from families and birth relatives',
}

export const reportPeriodKinds = ['financial_year', 'quarter', 'month', 'custom'] as const
export type ReportPeriodKind = (typeof reportPeriodKinds)[number]

/** The longest custom period: five years, the span the service keeps figures for at once. */
export const longestReportDays = 5 * 366

const financialYear = z.coerce
  .number({ error: 'Select the financial year' })
  .int('Select the financial year')
  .min(2015, 'Select the financial year')
  .max(2100, 'Select the financial year')

/**
 * Which period and which local authority. A financial year is named by the year it starts in
 * (2025 is April 2025 to March 2026); quarter 1 is April to June. `from` and `to` are London
 * dates, both inclusive. Without `localAuthorityId`, every local authority the caller works for.
 */
export const reportQuerySchema = z
  .object({
    period: z.enum(reportPeriodKinds, { error: 'Select the period' }),
    financialYear: financialYear.optional(),
    quarter: z.coerce
      .number({ error: 'Select the quarter' })
      .int('Select the quarter')
      .min(1, 'Select the quarter')
      .max(4, 'Select the quarter')
      .optional(),
    month: z
      .string({ error: 'Select the month' })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Select the month')
      .optional(),
    from: isoDate('Enter a real start date').optional(),
    to: isoDate('Enter a real end date').optional(),
    localAuthorityId: z.uuid({ error: 'Select a local authority' }).optional(),
    /** For publication: counts from 1 to 4 shown as [c] (downloads only). */
    suppress: z.enum(['true', 'false']).optional(),
  })
  .superRefine((query, ctx) => {
    const need = (key: 'financialYear' | 'quarter' | 'month' | 'from' | 'to', message: string) => {
      if (query[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message })
    }
    if (query.period === 'financial_year' || query.period === 'quarter') {
      need('financialYear', 'Select the financial year')
    }
    if (query.period === 'quarter') need('quarter', 'Select the quarter')
    if (query.period === 'month') need('month', 'Select the month')
    if (query.period === 'custom') {
      need('from', 'Enter a start date')
      need('to', 'Enter an end date')
      if (query.from && query.to) {
        if (query.to < query.from) {
          ctx.addIssue({
            code: 'custom',
            path: ['to'],
            message: 'The end date must be the same as or after the start date',
          })
        } else if (
          (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 >=
          longestReportDays
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['to'],
            message: 'The period must be 5 years or shorter',
          })
        }
      }
    }
  })
export type ReportQuery = z.output<typeof reportQuerySchema>

export const reportParamsSchema = z.object({
  report: z.enum(reportNames, { error: 'Select a report' }),
})

/** What a column holds: a count, money in pence, or a number of days (one decimal place). */
export const reportUnits = ['count', 'pence', 'days'] as const
export type ReportUnit = (typeof reportUnits)[number]

export const reportColumnSchema = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.enum(reportUnits),
  /**
   * Whether the column is a sum over records, so the total row is the sum of its cells. An
   * average is not, and its total is worked out from the records; so is a count of distinct
   * people across rows, when one person may be in two rows.
   */
  summed: z.boolean(),
})
export type ReportColumn = z.infer<typeof reportColumnSchema>

/** A cell: a number, or null where the figure does not apply (an average of nothing). */
const cellsSchema = z.array(z.number().nullable())

export const reportTableSchema = z.object({
  key: z.string(),
  caption: z.string(),
  /** What the rows are: 'Local authority', 'Therapy type'. */
  rowHeader: z.string(),
  columns: z.array(reportColumnSchema),
  rows: z.array(z.object({ key: z.string(), label: z.string(), cells: cellsSchema })),
  total: z.object({ label: z.string(), cells: cellsSchema }),
  /** The columns a chart of the table shows, one bar group per row; none for no chart. */
  chartColumns: z.array(z.string()),
  /**
   * For a quarter: the same totals for the rolling 12 months to the quarter's end, and to the
   * previous quarter's end, for the columns that are not months.
   */
  rolling: z.array(
    z.object({ label: z.string(), values: z.record(z.string(), z.number().nullable()) }),
  ),
  /** How the figures are counted, in a sentence each. */
  notes: z.array(z.string()),
})
export type ReportTable = z.infer<typeof reportTableSchema>

export const reportSchema = z.object({
  report: reportNameSchema,
  title: z.string(),
  period: z.object({ label: z.string(), from: z.iso.date(), to: z.iso.date() }),
  localAuthority: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  tables: z.array(reportTableSchema),
})
export type Report = z.infer<typeof reportSchema>

/** The local authorities a caller may report on, for the choice of one. */
export const reportOptionsSchema = z.object({
  localAuthorities: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The current financial year and the first with records, for the choice of year. */
  currentFinancialYear: z.number().int(),
  firstFinancialYear: z.number().int(),
})
export type ReportOptions = z.infer<typeof reportOptionsSchema>

export const dashboardSchema = z.object({
  /** The London date and time the figures were worked out. */
  asAt: z.iso.datetime(),
  financialYear: z.number().int(),
  figures: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      value: z.number(),
      unit: z.enum(reportUnits),
    }),
  ),
  requestsByStatusAndTier: reportTableSchema,
  upcomingGroups: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      startsAt: z.iso.datetime(),
      placesLeft: z.number().int(),
      capacity: z.number().int(),
    }),
  ),
})
export type Dashboard = z.infer<typeof dashboardSchema>

const tag = 'reports'

/** The endpoints of reporting. */
export const reportEndpoints = {
  getDashboard: defineEndpoint({
    method: 'get',
    path: '/api/reports/dashboard',
    summary: 'The service now: open requests, overdue work, caseloads, letters, fund and groups',
    tag,
    response: dashboardSchema,
  }),
  getReportOptions: defineEndpoint({
    method: 'get',
    path: '/api/reports/options',
    summary: 'The local authorities and years the caller may report on',
    tag,
    response: reportOptionsSchema,
  }),
  getReport: defineEndpoint({
    method: 'get',
    path: '/api/reports/:report',
    summary: 'One report for a period and one or all local authorities, worked out from records',
    tag,
    params: reportParamsSchema,
    query: reportQuerySchema,
    response: reportSchema,
  }),
  downloadReport: defineEndpoint({
    method: 'get',
    path: '/api/reports/:report/csv',
    summary: 'One report as CSV, optionally with counts under 5 suppressed for publication',
    tag,
    params: reportParamsSchema,
    query: reportQuerySchema,
    response: z.unknown(),
    fileResponse: true,
  }),
}
