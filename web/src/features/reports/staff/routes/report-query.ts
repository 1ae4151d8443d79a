import {
  reportPeriodKinds,
  reportQuerySchema,
  type ReportOptions,
  type ReportPeriodKind,
  type ReportQuery,
} from '@asp/bff/contract'
import type { DatePart, DateParts } from '../../../../components/date-input.tsx'
import { datePartsOf, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf } from '../../../../lib/form-errors.tsx'
import { londonMonth } from '../../components/report-words.ts'

// A report's choices live in the page's address (`?period=quarter&financialYear=2026&quarter=2`),
// so that a report can be bookmarked and the back button goes to the one before. These read the
// address into the API's query and the form's values, and the form back into the address.

export const reportFields = [
  'period',
  'financialYear',
  'quarter',
  'month',
  'from',
  'to',
  'localAuthorityId',
] as const
export type ReportField = (typeof reportFields)[number]

/** The form as typed: each choice as text, the dates in their parts. */
export interface ReportFormValues {
  period: ReportPeriodKind | ''
  financialYear: string
  quarter: string
  month: string
  from: DateParts
  to: DateParts
  localAuthorityId: string
}

export type CheckedReportQuery =
  | { query: ReportQuery; errors?: undefined }
  | { query?: undefined; errors: Partial<Record<ReportField, string>> }

const isPeriodKind = (value: string | null): value is ReportPeriodKind =>
  (reportPeriodKinds as readonly (string | null)[]).includes(value)

/** Only what the period needs, so that the address, the CSV links and the cache agree. */
function queryFor(query: ReportQuery): ReportQuery {
  const { period, financialYear, quarter, month, from, to, localAuthorityId } = query
  const chosen: ReportQuery = { period }
  if (period === 'financial_year' || period === 'quarter') chosen.financialYear = financialYear
  if (period === 'quarter') chosen.quarter = quarter
  if (period === 'month') chosen.month = month
  if (period === 'custom') Object.assign(chosen, { from, to })
  if (localAuthorityId !== undefined) chosen.localAuthorityId = localAuthorityId
  return chosen
}

/** Checks choices with the contract's rules: the same words as the API's 400. */
function check(given: Record<string, unknown>): CheckedReportQuery {
  const parsed = reportQuerySchema.safeParse(given)
  if (!parsed.success) {
    return { errors: fieldErrorsOf(parsed.error) }
  }
  return { query: queryFor(parsed.data) }
}

/**
 * The report the address asks for. Before a period is chosen: the current financial year, for
 * every local authority the reader works for.
 */
export function reportQueryOf(
  searchParams: URLSearchParams,
  options: Pick<ReportOptions, 'currentFinancialYear'>,
): CheckedReportQuery {
  const given: Record<string, string> = Object.fromEntries(
    [...searchParams].filter(([key, value]) => value !== '' && key !== 'suppress'),
  )
  if (given.period === undefined) {
    return check({
      ...given,
      period: 'financial_year',
      financialYear: options.currentFinancialYear,
    })
  }
  return check(given)
}

/** The address's choices as the form shows them. */
export function reportFormValuesOf(
  searchParams: URLSearchParams,
  options: Pick<ReportOptions, 'currentFinancialYear'>,
  now: Date = new Date(),
): ReportFormValues {
  const period = searchParams.get('period')
  const chosen = isPeriodKind(period) ? period : period === null ? 'financial_year' : ''
  return {
    period: chosen,
    financialYear: searchParams.get('financialYear') ?? String(options.currentFinancialYear),
    quarter: searchParams.get('quarter') ?? '',
    month: searchParams.get('month') ?? londonMonth(now),
    from: datePartsOf(searchParams.get('from')),
    to: datePartsOf(searchParams.get('to')),
    localAuthorityId: searchParams.get('localAuthorityId') ?? '',
  }
}

/** The address of a report's query: its choices as search parameters. */
export function searchOf(query: ReportQuery): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(query).map(([key, value]) => [
      key,
      value === undefined ? undefined : String(value),
    ]),
  )
}

export type ReadReportForm =
  | { query: ReportQuery; errors?: undefined }
  | {
      query?: undefined
      errors: Partial<Record<ReportField, string>>
      /** The parts of a date to highlight, where only some are wrong. */
      dateParts: Partial<Record<'from' | 'to', DatePart[]>>
    }

/** The form's choices read into a report's query, or what is wrong with them. */
export function readReportForm(values: ReportFormValues): ReadReportForm {
  const errors: Partial<Record<ReportField, string>> = {}
  const dateParts: Partial<Record<'from' | 'to', DatePart[]>> = {}
  const given: Record<string, unknown> = {
    period: values.period === '' ? undefined : values.period,
    localAuthorityId: values.localAuthorityId === '' ? undefined : values.localAuthorityId,
  }
  if (values.period === 'financial_year' || values.period === 'quarter') {
    given.financialYear = values.financialYear === '' ? undefined : values.financialYear
  }
  if (values.period === 'quarter') {
    given.quarter = values.quarter === '' ? undefined : values.quarter
  }
  if (values.period === 'month') {
    given.month = values.month === '' ? undefined : values.month
  }
  if (values.period === 'custom') {
    const read = (
      field: 'from' | 'to',
      names: { date: string; year: string },
    ): string | undefined => {
      const result = parseDateParts(values[field], names)
      if (result.kind === 'date') return result.value
      if (result.kind === 'invalid') {
        errors[field] = result.message
        dateParts[field] = result.fields
      }
      return undefined
    }
    given.from = read('from', { date: 'Start date', year: 'Year of the start date' })
    given.to = read('to', { date: 'End date', year: 'Year of the end date' })
  }
  const checked = check(given)
  if (checked.query !== undefined && Object.keys(errors).length === 0) {
    return { query: checked.query }
  }
  // A date that cannot be one says so in its own words; the contract's rules say the rest.
  return { errors: { ...checked.errors, ...errors }, dateParts }
}
