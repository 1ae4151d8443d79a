import { addDays, addMonths, format } from 'date-fns'
import type { ReportQuery } from '../../contract/index.ts'

// The periods reports count over (DOMAIN.md §9): a financial year (1 April to 31 March), a quarter
// of one (quarter 1 is April to June) with the rolling 12 months to its end and to the previous
// quarter's end, a calendar month, or any dates. Dates are London calendar days, 'yyyy-MM-dd',
// both ends inclusive. Pure, so the rules are tested without a database.

export interface DateRange {
  from: string
  to: string
}

export interface ReportPeriod extends DateRange {
  label: string
  /** The calendar months the period touches, 'yyyy-MM', in order: the contacts table's columns. */
  months: string[]
  /** For a quarter: the rolling 12 months to its end, then to the previous quarter's end. */
  rolling: (DateRange & { label: string })[]
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** 'yyyy-MM-dd' of a calendar date, worked out without any time zone. */
const isoOf = (date: Date) => format(date, 'yyyy-MM-dd')
const dateOf = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return new Date(year, month - 1, day)
}
/** The last day of the month `months` after the one `iso` is in. */
const lastDayOf = (iso: string, months = 0) =>
  isoOf(addDays(addMonths(dateOf(`${iso.slice(0, 7)}-01`), months + 1), -1))

/** "3 October 2026", as GOV.UK writes dates. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return `${day} ${monthNames[month - 1]} ${year}`
}

/** "November 2025". */
export function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number]
  return `${monthNames[number - 1]} ${year}`
}

/** Every month from the one `from` is in to the one `to` is in. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  for (let month = from.slice(0, 7); month <= to.slice(0, 7);) {
    months.push(month)
    month = format(addMonths(dateOf(`${month}-01`), 1), 'yyyy-MM')
  }
  return months
}

/** The 12 months that end on `to`, the last day of a month. */
function rollingYearTo(to: string, label: string) {
  return { from: isoOf(addDays(dateOf(lastDayOf(to, -12)), 1)), to, label }
}

const quarterMonths = [
  'April to June',
  'July to September',
  'October to December',
  'January to March',
]

/** The period a report query names, checked already by the contract's schema. */
export function resolvePeriod(query: ReportQuery): ReportPeriod {
  const period = ((): Omit<ReportPeriod, 'months'> => {
    switch (query.period) {
      case 'financial_year': {
        const year = query.financialYear!
        return {
          from: `${year}-04-01`,
          to: `${year + 1}-03-31`,
          label: `Financial year ${year} to ${year + 1}`,
          rolling: [],
        }
      }
      case 'quarter': {
        const year = query.financialYear!
        const quarter = query.quarter!
        const from = isoOf(addMonths(dateOf(`${year}-04-01`), (quarter - 1) * 3))
        const to = lastDayOf(from, 2)
        return {
          from,
          to,
          label: `Quarter ${quarter} of ${year} to ${year + 1}: ${quarterMonths[quarter - 1]} ${to.slice(0, 4)}`,
          rolling: [
            rollingYearTo(to, `Rolling 12 months to ${longDate(to)}`),
            rollingYearTo(
              lastDayOf(to, -3),
              `Rolling 12 months to ${longDate(lastDayOf(to, -3))} (previous quarter)`,
            ),
          ],
        }
      }
      case 'month': {
        const from = `${query.month!}-01`
        return { from, to: lastDayOf(from), label: monthName(query.month!), rolling: [] }
      }
      case 'custom':
        return {
          from: query.from!,
          to: query.to!,
          label: `${longDate(query.from!)} to ${longDate(query.to!)}`,
          rolling: [],
        }
    }
  })()
  return { ...period, months: monthsBetween(period.from, period.to) }
}

/** The financial year a London date falls in, named by the year it starts. */
export function financialYearOf(date: string): number {
  const year = Number(date.slice(0, 4))
  return date.slice(5) >= '04-01' ? year : year - 1
}
