import { TZDate, tz } from '@date-fns/tz'
import { addDays, format, getISODay, isValid, isWeekend, parse, set } from 'date-fns'
import { z } from 'zod'
import bankHolidaysJson from './bank-holidays.json' with { type: 'json' }

/**
 * Working days and duty hours for England and Wales, as the support-request timers and the duty
 * line message need them. Everything here is pure: the caller passes `now` from the app's clock,
 * and every calendar question is answered in Europe/London, whatever zone the server runs in.
 */

const london = 'Europe/London'
const inLondon = tz(london)

/**
 * GOV.UK's bank-holidays.json, England and Wales division. The schema ignores the other
 * divisions, so an operator may drop in the whole download from GOV.UK unchanged.
 */
const govUkBankHolidaysSchema = z.object({
  'england-and-wales': z.object({
    division: z.literal('england-and-wales'),
    events: z
      .array(
        z.object({
          title: z.string(),
          date: z.iso.date(),
          notes: z.string(),
          bunting: z.boolean(),
        }),
      )
      .min(1),
  }),
})

export type GovUkBankHolidays = z.infer<typeof govUkBankHolidaysSchema>

export interface BankHolidays {
  /** Calendar dates, 'yyyy-MM-dd'. */
  dates: ReadonlySet<string>
  /**
   * The last bank holiday the file knows. Past it every weekday counts as a working day, so
   * callers should warn when a deadline falls later and the file needs a fresh download.
   */
  coversUntil: string
}

/** Reads the GOV.UK file (or another in its shape); throws if the shape is not GOV.UK's. */
export function loadBankHolidays(data: unknown = bankHolidaysJson): BankHolidays {
  const { events } = govUkBankHolidaysSchema.parse(data)['england-and-wales']
  const dates = events.map((event) => event.date).sort()
  return { dates: new Set(dates), coversUntil: dates[dates.length - 1] ?? '' }
}

/** The London calendar date of an instant, 'yyyy-MM-dd'. */
export function toLondonDate(instant: Date): string {
  return format(instant, 'yyyy-MM-dd', { in: inLondon })
}

/** Midnight in London on a 'yyyy-MM-dd' calendar date, for day-by-day arithmetic. */
function londonDay(date: string): TZDate {
  const day = parse(date, 'yyyy-MM-dd', new TZDate(0, london), { in: inLondon })
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValid(day)) {
    throw new RangeError(`Expected a date as yyyy-MM-dd, got '${date}'`)
  }
  return day
}

function isBankHoliday(day: TZDate, holidays: BankHolidays) {
  return holidays.dates.has(format(day, 'yyyy-MM-dd'))
}

/** Monday to Friday and not a bank holiday in England and Wales. */
export function isWorkingDay(date: string, holidays: BankHolidays): boolean {
  const day = londonDay(date)
  return !isWeekend(day) && !isBankHoliday(day, holidays)
}

/**
 * The London date `days` working days after the London date of `from`. With 0 it is that date
 * if it is a working day, or else the next one; a negative count goes back.
 */
export function addWorkingDays(from: Date, days: number, holidays: BankHolidays): string {
  if (!Number.isInteger(days)) throw new RangeError(`Expected whole days, got ${days}`)
  const step = days < 0 ? -1 : 1
  let day = londonDay(toLondonDate(from))
  if (days === 0) {
    while (!isWorkingDay(format(day, 'yyyy-MM-dd'), holidays)) day = addDays(day, 1)
  }
  for (let left = Math.abs(days); left > 0;) {
    day = addDays(day, step)
    if (isWorkingDay(format(day, 'yyyy-MM-dd'), holidays)) left -= 1
  }
  return format(day, 'yyyy-MM-dd')
}

/**
 * Working days after the London date of `from` up to and including the London date of `to`;
 * negative when `to` is earlier, so a deadline three working days past reads as -3.
 */
export function workingDaysBetween(from: Date, to: Date, holidays: BankHolidays): number {
  const start = toLondonDate(from)
  const end = toLondonDate(to)
  if (end < start) return -workingDaysBetween(to, from, holidays)
  let count = 0
  for (let day = londonDay(start); format(day, 'yyyy-MM-dd') < end;) {
    day = addDays(day, 1)
    if (isWorkingDay(format(day, 'yyyy-MM-dd'), holidays)) count += 1
  }
  return count
}

export interface DutyHours {
  /** ISO weekdays the duty line is staffed: 1 is Monday, 7 is Sunday. */
  days: number[]
  /** London wall-clock time, 'HH:mm'. */
  opens: string
  /** London wall-clock time, 'HH:mm'; the line is closed from this minute. */
  closes: string
}

export const defaultDutyHours: DutyHours = {
  days: [1, 2, 3, 4, 5],
  opens: '09:30',
  closes: '16:30',
}

/** The instant a London wall-clock time falls on the given London day. */
function atLondonTime(day: TZDate, time: string): TZDate {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  if (!match) throw new RangeError(`Expected a time as HH:mm, got '${time}'`)
  return set(day, {
    hours: Number(match[1]),
    minutes: Number(match[2]),
    seconds: 0,
    milliseconds: 0,
  })
}

/** Opening and closing on a London day, or undefined when the line is not staffed that day. */
function dutyWindow(day: TZDate, hours: DutyHours, holidays: BankHolidays) {
  // Bank holidays close the line even on a staffed weekday; weekends are up to `hours.days`.
  if (!hours.days.includes(getISODay(day)) || isBankHoliday(day, holidays)) return undefined
  return { opens: atLondonTime(day, hours.opens), closes: atLondonTime(day, hours.closes) }
}

/** Whether the duty line is staffed at `now`, in London time and never on a bank holiday. */
export function isWithinDutyHours(now: Date, hours: DutyHours, holidays: BankHolidays): boolean {
  const window = dutyWindow(new TZDate(now, london), hours, holidays)
  return window !== undefined && window.opens <= now && now < window.closes
}

/** A year and a little: far enough to pass every run of holidays, near enough to stop a bad rota. */
const maxDaysToSearch = 400

/** The next instant the duty line opens, or `now` itself when it is open. */
export function nextDutyOpening(now: Date, hours: DutyHours, holidays: BankHolidays): Date {
  if (isWithinDutyHours(now, hours, holidays)) return now
  const today = londonDay(toLondonDate(now))
  for (let offset = 0; offset <= maxDaysToSearch; offset += 1) {
    const window = dutyWindow(addDays(today, offset), hours, holidays)
    if (window && window.opens > now) return new Date(window.opens.getTime())
  }
  throw new RangeError('The duty hours never open: check the days of the week')
}

/** GOV.UK style date, '3 October 2026'; a 'yyyy-MM-dd' string is taken as a London date. */
export function formatLondonDate(date: Date | string): string {
  const day = typeof date === 'string' ? londonDay(date) : new TZDate(date, london)
  return format(day, 'd MMMM yyyy')
}

/** GOV.UK style date and time, '3 October 2026 at 9:30am', '3 October 2026 at 12pm'. */
export function formatLondonDateTime(date: Date): string {
  const instant = new TZDate(date, london)
  const time = format(instant, instant.getMinutes() === 0 ? 'haaa' : 'h:mmaaa')
  return `${format(instant, 'd MMMM yyyy')} at ${time}`
}
