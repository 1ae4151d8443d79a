import { TZDate, tz } from '@date-fns/tz'
import { addDays, format, getISODay, isValid, parse, set } from 'date-fns'
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
  /** The weekday ones as day numbers (see `dayNumber`), in order, to count by binary search. */
  dayNumbers: readonly number[]
}

/** Reads the GOV.UK file (or another in its shape); throws if the shape is not GOV.UK's. */
export function loadBankHolidays(data: unknown = bankHolidaysJson): BankHolidays {
  const { events } = govUkBankHolidaysSchema.parse(data)['england-and-wales']
  const dates = events.map((event) => event.date).sort()
  return {
    dates: new Set(dates),
    coversUntil: dates[dates.length - 1] ?? '',
    dayNumbers: [...new Set(dates.map(dayNumber))].filter(isWeekday),
  }
}

/**
 * The platform's own time-zone database answers "which date is it in London" in about a tenth of
 * the time `format` with a zone takes, and the queue asks it several times for every row.
 */
const londonCalendar = new Intl.DateTimeFormat('en-GB', {
  timeZone: london,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The instant of midnight in London at the start of a 'yyyy-MM-dd' date, or `plusDays` later. */
export function londonMidnight(date: string, plusDays = 0): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(addDays(new TZDate(year, month - 1, day, london), plusDays).getTime())
}

/** The last instant asked about and its date: a page asks again for the same "now" on every row. */
const lastAsked = { time: Number.NaN, date: '' }

/** The London calendar date of an instant, 'yyyy-MM-dd'. */
export function toLondonDate(instant: Date): string {
  const time = instant.getTime()
  if (time === lastAsked.time) return lastAsked.date
  let year = ''
  let month = ''
  let day = ''
  for (const part of londonCalendar.formatToParts(instant)) {
    if (part.type === 'year') year = part.value
    else if (part.type === 'month') month = part.value
    else if (part.type === 'day') day = part.value
  }
  lastAsked.time = time
  lastAsked.date = `${year}-${month}-${day}`
  return lastAsked.date
}

/** Midnight in London on a 'yyyy-MM-dd' calendar date, for wall-clock arithmetic. */
function londonDay(date: string): TZDate {
  const day = parse(date, 'yyyy-MM-dd', new TZDate(0, london), { in: inLondon })
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValid(day)) {
    throw new RangeError(`Expected a date as yyyy-MM-dd, got '${date}'`)
  }
  return day
}

/*
 * Working days are a matter of calendar dates alone, so they are counted on day numbers: whole
 * days since 1 January 1970 as a date, with no time of day and so no time zone or clock change
 * to mind. Only the step from an instant to its London date needs the zone (`toLondonDate`).
 * Counting this way costs the same for a deadline two years overdue as for one due tomorrow.
 */
const millisecondsInADay = 86_400_000

/** Whole days from 1970-01-01 to a 'yyyy-MM-dd' date; refuses anything else. */
function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const [year, month, day] = match ? match.slice(1).map(Number) : []
  const utc = match ? Date.UTC(year!, month! - 1, day!) : NaN
  if (Number.isNaN(utc) || new Date(utc).getUTCDate() !== day) {
    throw new RangeError(`Expected a date as yyyy-MM-dd, got '${date}'`)
  }
  return utc / millisecondsInADay
}

function fromDayNumber(day: number): string {
  return new Date(day * millisecondsInADay).toISOString().slice(0, 10)
}

/** Monday to Friday: 1970-01-01 was a Thursday, so day 0 is the fourth day of its week. */
function isWeekday(day: number): boolean {
  const isoWeekday = ((((day + 3) % 7) + 7) % 7) + 1
  return isoWeekday <= 5
}

/** How many of the sorted day numbers are at or before `day`. */
function countUpTo(sorted: readonly number[], day: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! <= day) low = middle + 1
    else high = middle
  }
  return low
}

/** Weekdays in the days after `start` up to and including `end` (`end` not before `start`). */
function weekdaysAfter(start: number, end: number): number {
  const days = end - start
  let count = Math.floor(days / 7) * 5
  for (let day = start + days - (days % 7) + 1; day <= end; day += 1) {
    if (isWeekday(day)) count += 1
  }
  return count
}

function isWorkingDayNumber(day: number, holidays: BankHolidays): boolean {
  return isWeekday(day) && !holidays.dates.has(fromDayNumber(day))
}

function isBankHoliday(day: TZDate, holidays: BankHolidays) {
  return holidays.dates.has(format(day, 'yyyy-MM-dd'))
}

/** Monday to Friday and not a bank holiday in England and Wales. */
export function isWorkingDay(date: string, holidays: BankHolidays): boolean {
  return isWorkingDayNumber(dayNumber(date), holidays)
}

/**
 * The London date `days` working days after the London date of `from`. With 0 it is that date
 * if it is a working day, or else the next one; a negative count goes back.
 */
export function addWorkingDays(from: Date, days: number, holidays: BankHolidays): string {
  if (!Number.isInteger(days)) throw new RangeError(`Expected whole days, got ${days}`)
  const step = days < 0 ? -1 : 1
  let day = dayNumber(toLondonDate(from))
  if (days === 0) {
    while (!isWorkingDayNumber(day, holidays)) day += 1
  }
  for (let left = Math.abs(days); left > 0;) {
    day += step
    if (isWorkingDayNumber(day, holidays)) left -= 1
  }
  return fromDayNumber(day)
}

/**
 * Working days after the London date of `from` up to and including the London date of `to`;
 * negative when `to` is earlier, so a deadline three working days past reads as -3.
 */
export function workingDaysBetween(from: Date, to: Date, holidays: BankHolidays): number {
  return workingDaysBetweenDates(toLondonDate(from), toLondonDate(to), holidays)
}

/** `workingDaysBetween` for two London calendar dates, 'yyyy-MM-dd'. */
export function workingDaysBetweenDates(from: string, to: string, holidays: BankHolidays): number {
  const start = dayNumber(from)
  const end = dayNumber(to)
  // 0 - n rather than -n, so a weekend counted backwards is 0 and never -0.
  if (end < start) return 0 - workingDaysBetweenDates(to, from, holidays)
  const holidaysInSpan = countUpTo(holidays.dayNumbers, end) - countUpTo(holidays.dayNumbers, start)
  return weekdaysAfter(start, end) - holidaysInSpan
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
