/**
 * Times of day as the duty team types them ("10:30am", "2pm", "14:30"), and the moment a London
 * date and time is, as an ISO instant with its offset: `2026-10-03T10:30:00+01:00`.
 */

export type TimeResult =
  { kind: 'empty' } | { kind: 'time'; hours: number; minutes: number } | { kind: 'invalid' }

/** Reads "10:30am", "10.30 am", "2pm", "14:30", "midday" or "noon". */
export function parseTimeOfDay(text: string): TimeResult {
  const value = text.trim().toLowerCase().replace(/\s+/g, '')
  if (value === '') {
    return { kind: 'empty' }
  }
  if (value === 'midday' || value === 'noon' || value === '12noon') {
    return { kind: 'time', hours: 12, minutes: 0 }
  }
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/.exec(value)
  if (!match) {
    return { kind: 'invalid' }
  }
  const [, hourText = '', minuteText, suffix] = match
  let hours = Number(hourText)
  const minutes = minuteText === undefined ? 0 : Number(minuteText)
  if (minutes > 59) {
    return { kind: 'invalid' }
  }
  if (suffix === undefined) {
    // Without am or pm: a 24-hour time, which needs its minutes ("14:30", not "14").
    if (minuteText === undefined || hours > 23) {
      return { kind: 'invalid' }
    }
    return { kind: 'time', hours, minutes }
  }
  if (hours < 1 || hours > 12) {
    return { kind: 'invalid' }
  }
  const pm = suffix.startsWith('p')
  if (hours === 12) {
    hours = pm ? 12 : 0
  } else if (pm) {
    hours += 12
  }
  return { kind: 'time', hours, minutes }
}

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  timeZoneName: 'longOffset',
})

/** London's offset from UTC at an instant, in minutes: 0 in winter, 60 in summer. */
function londonOffsetMinutes(instant: number): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name?.value ?? '')
  if (!match) {
    return 0
  }
  const [, sign, hours = '0', minutes = '0'] = match
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes))
}

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * A date (`yyyy-mm-dd`) and time of day in London as an ISO instant with London's offset then. In
 * the hour the clocks go back, the first of the two times is meant.
 */
export function londonDateTime(isoDate: string, hours: number, minutes: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number)
  const asUtc = Date.UTC(year, month - 1, day, hours, minutes)
  // London's offsets either side of that day; the largest that gives back the same time is the
  // earlier of two (the hour the clocks go back). In the hour they go forward none does.
  const offsets = [
    ...new Set([-1, 1].map((days) => londonOffsetMinutes(asUtc + days * 86_400_000))),
  ]
  const offset =
    offsets
      .sort((a, b) => b - a)
      .find((candidate) => londonOffsetMinutes(asUtc - candidate * 60_000) === candidate) ??
    londonOffsetMinutes(asUtc)
  const sign = offset < 0 ? '-' : '+'
  const absolute = Math.abs(offset)
  return `${isoDate}T${pad(hours)}:${pad(minutes)}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}
