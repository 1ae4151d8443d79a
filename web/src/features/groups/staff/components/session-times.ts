import type { DateParts } from '../../../../components/date-input.tsx'
import { datePartsOf } from '../../../../lib/date-parts.ts'

/**
 * Sessions as the team reads and types them, always in UK time: "Saturday 3 October 2026, 10am to
 * midday", and a session's instant back as the date and time of the form ("3 10 2026", "10am").
 */

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const weekdayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
})

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

function partsOf(instant: string | Date) {
  const parts = londonParts.formatToParts(new Date(instant))
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '00'
  return {
    isoDate: `${part('year')}-${part('month')}-${part('day')}`,
    hours: Number(part('hour')),
    minutes: Number(part('minute')),
  }
}

/** The London calendar date of an instant: `2026-10-03`. */
export function londonDateOf(instant: string | Date): string {
  return partsOf(instant).isoDate
}

/** A time of day as GOV.UK writes it: "10am", "2:30pm", "midday", "midnight". */
export function formatTimeOfDay(hours: number, minutes: number): string {
  if (minutes === 0 && (hours === 0 || hours === 12)) {
    return hours === 0 ? 'midnight' : 'midday'
  }
  const hour12 = hours % 12 === 0 ? 12 : hours % 12
  const minuteText = minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`
  return `${String(hour12)}${minuteText}${hours < 12 ? 'am' : 'pm'}`
}

/** The London time of day of an instant: "10am". */
export function londonTimeOf(instant: string): string {
  const { hours, minutes } = partsOf(instant)
  return formatTimeOfDay(hours, minutes)
}

/** An instant as the date input and time field of the form show it. */
export function formPartsOf(instant: string | null): { date: DateParts; time: string } {
  if (instant === null) {
    return { date: datePartsOf(null), time: '' }
  }
  return { date: datePartsOf(londonDateOf(instant)), time: londonTimeOf(instant) }
}

/** "Saturday 3 October 2026" */
export function formatDay(instant: string): string {
  const moment = new Date(instant)
  return `${weekdayFormat.format(moment)} ${dateFormat.format(moment)}`
}

/** "Saturday 3 October 2026, 10am to midday" */
export function formatSession(session: { startsAt: string; endsAt: string }): string {
  const sameDay = londonDateOf(session.startsAt) === londonDateOf(session.endsAt)
  const end = sameDay
    ? londonTimeOf(session.endsAt)
    : `${formatDay(session.endsAt)}, ${londonTimeOf(session.endsAt)}`
  return `${formatDay(session.startsAt)}, ${londonTimeOf(session.startsAt)} to ${end}`
}
