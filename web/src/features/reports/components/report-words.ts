import { reportNames, type ReportName, type ReportUnit } from '@asp/bff/contract'
import { formatPence } from '../../../lib/money.ts'

// How reports are named and their figures written, as GOV.UK writes them.

/** A report's part of the page's address: `birth_relative_referrals` → `birth-relative-referrals`. */
export function reportSlug(report: ReportName): string {
  return report.replaceAll('_', '-')
}

/** The report an address names, or undefined for one that names none. */
export function reportOfSlug(slug: string | undefined): ReportName | undefined {
  return reportNames.find((report) => reportSlug(report) === slug)
}

/** What each report counts, under its link on the dashboard. */
export const reportDescriptions: Record<ReportName, string> = {
  contacts:
    'Contacts to the support and advice line by local authority and month, how many went on to an advice call, and the average working days from enquiry to call.',
  caseload:
    'Allocated support cases and families supported through duty at the end of the period, and assessments completed and awaiting.',
  asf: 'Applications to the Adoption Support Fund, those approved, and the money applied for, approved and spent, by local authority and by therapy type.',
  letterbox:
    'Letterbox transactions, from adoptive families and from birth families, the adoptive families involved and the exchanges overdue.',
  groups:
    'Activities and training courses held, places booked, and the children and young people and families taking part, by local authority.',
  birth_relative_referrals:
    'Birth relatives’ requests for support and the needs assessments asked for, by local authority.',
  feedback:
    'Requests closed, the feedback families and birth relatives returned, and how satisfied they were, by local authority.',
}

/** A financial year named by the year it starts in: 2025 → "2025 to 2026". */
export function financialYearName(financialYear: number): string {
  return `${String(financialYear)} to ${String(financialYear + 1)}`
}

/** Quarters of a financial year: quarter 1 is April to June. */
export const quarterNames: Record<1 | 2 | 3 | 4, string> = {
  1: 'Quarter 1: April to June',
  2: 'Quarter 2: July to September',
  3: 'Quarter 3: October to December',
  4: 'Quarter 4: January to March',
}

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** A month 'yyyy-MM' as GOV.UK writes it: "April 2026". */
export function monthName(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`))
}

/**
 * The months of the financial years from `first` to `last`, newest first, each 'yyyy-MM': April
 * of `first` to March after `last`.
 */
export function monthsOfFinancialYears(first: number, last: number): string[] {
  const months: string[] = []
  for (let year = last; year >= first; year -= 1) {
    for (let index = 11; index >= 0; index -= 1) {
      const month = ((index + 3) % 12) + 1
      const calendarYear = index >= 9 ? year + 1 : year
      months.push(`${String(calendarYear)}-${String(month).padStart(2, '0')}`)
    }
  }
  return months
}

/** Today's month in London, 'yyyy-MM'. */
export function londonMonth(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
  }).format(now)
}

const wholePounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
})
const counts = new Intl.NumberFormat('en-GB')
const days = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** Whether an amount in pence has pence, so it needs them written: £1,234.50 but £1,234. */
export function hasPence(pence: number | null): boolean {
  return pence !== null && pence % 100 !== 0
}

/**
 * A figure as GOV.UK writes it: counts with thousands separated (1,234), money in pounds
 * (£1,234, or £1,234.50 where there are pence, or where `withPence` says a column has some, so
 * that its figures line up) and days to one decimal place (4.5).
 */
export function formatFigure(
  unit: ReportUnit,
  value: number,
  { withPence = hasPence(value) }: { withPence?: boolean } = {},
): string {
  switch (unit) {
    case 'count':
      return counts.format(value)
    case 'days':
      return days.format(value)
    case 'pence':
      return withPence ? formatPence(value) : wholePounds.format(value / 100)
  }
}
