import type { DatePart, DateParts } from '../components/date-input.tsx'

export const emptyDateParts: DateParts = { day: '', month: '', year: '' }

/** A calendar date (`2019-03-14`) as a GOV.UK date input shows it: 14, 3, 2019. */
export function datePartsOf(isoDate: string | null | undefined): DateParts {
  const match = isoDate == null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) {
    return emptyDateParts
  }
  const [, year = '', month = '', day = ''] = match
  return { day: String(Number(day)), month: String(Number(month)), year }
}

/** How a date is named in its messages: "Date of birth must include a month". */
export interface DateNames {
  /** "Date of birth" */
  date: string
  /** "Year of birth", for "Year of birth must include 4 numbers". */
  year: string
}

export type DatePartsResult =
  | { kind: 'empty' }
  | { kind: 'date'; value: string }
  | { kind: 'invalid'; message: string; fields: DatePart[] }

const partNames: Record<DatePart, string> = { day: 'day', month: 'month', year: 'year' }

/**
 * Reads a GOV.UK date input as `yyyy-mm-dd`, with the GOV.UK messages for what cannot be one
 * ("Date of birth must include a month", "Date of birth must be a real date") and the fields to
 * highlight. Whether a date is needed, and in the past, is the contract schema's rule.
 */
export function parseDateParts(parts: DateParts, names: DateNames): DatePartsResult {
  const trimmed = {
    day: parts.day.trim(),
    month: parts.month.trim(),
    year: parts.year.trim(),
  }
  const order: DatePart[] = ['day', 'month', 'year']
  const missing = order.filter((part) => trimmed[part] === '')
  if (missing.length === 3) {
    return { kind: 'empty' }
  }
  if (missing.length > 0) {
    return {
      kind: 'invalid',
      message: `${names.date} must include a ${missing.map((part) => partNames[part]).join(' and ')}`,
      fields: missing,
    }
  }
  const notNumbers = order.filter((part) => !/^\d+$/.test(trimmed[part]))
  if (notNumbers.length > 0) {
    return { kind: 'invalid', message: `${names.date} must be a real date`, fields: notNumbers }
  }
  if (trimmed.year.length !== 4) {
    return { kind: 'invalid', message: `${names.year} must include 4 numbers`, fields: ['year'] }
  }
  const day = Number(trimmed.day)
  const month = Number(trimmed.month)
  const year = Number(trimmed.year)
  if (month < 1 || month > 12) {
    return { kind: 'invalid', message: `${names.date} must be a real date`, fields: ['month'] }
  }
  const date = new Date(Date.UTC(year, month - 1, day))
  if (day < 1 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
    return { kind: 'invalid', message: `${names.date} must be a real date`, fields: ['day'] }
  }
  const pad = (value: number) => String(value).padStart(2, '0')
  return { kind: 'date', value: `${trimmed.year}-${pad(month)}-${pad(day)}` }
}
