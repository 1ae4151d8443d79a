/**
 * Dates as GOV.UK writes them: "3 October 2026", and "3 October 2026 at 2:05pm" for a moment in
 * time, always in UK time whatever the reader's device says.
 */
const ukTimeZone = 'Europe/London'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: ukTimeZone,
})

const calendarDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: ukTimeZone,
})

/** A calendar date (`2026-10-03`, such as a date of birth): "3 October 2026", never shifted a day. */
export function formatDate(isoDate: string): string {
  return calendarDateFormat.format(new Date(`${isoDate}T00:00:00Z`))
}

/** The day of a moment (`2026-10-03T23:30:00Z`) in UK time: "4 October 2026". */
export function formatDay(isoDateTime: string): string {
  return dateFormat.format(new Date(isoDateTime))
}

/**
 * A moment (`2026-10-03T13:05:00Z`): "3 October 2026 at 2:05pm" in UK time, with "midnight" and
 * "midday" as the GOV.UK style guide asks.
 */
export function formatDateTime(isoDateTime: string): string {
  const moment = new Date(isoDateTime)
  return `${dateFormat.format(moment)} at ${formatTime(moment)}`
}

function formatTime(moment: Date): string {
  const parts = timeFormat.formatToParts(moment)
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? '0')
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00'
  if (minute === '00' && (hour === 0 || hour === 12)) {
    return hour === 0 ? 'midnight' : 'midday'
  }
  const hour12 = hour % 12 === 0 ? 12 : hour % 12
  return `${String(hour12)}:${minute}${hour < 12 ? 'am' : 'pm'}`
}
