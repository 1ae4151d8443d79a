import { groupAudienceNames, type GroupAudience, type GroupEventSummary } from '@asp/bff/contract'

/**
 * How the groups and training pages write dates, places and who an event is for. Times are always
 * UK time, whatever the reader's device says: "Thursday 3 December 2026, 10am to 12pm".
 */
const ukTimeZone = 'Europe/London'

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: ukTimeZone,
})

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: ukTimeZone,
})

/** "Thursday 3 December 2026": the UK date of a moment. */
export function formatDay(isoDateTime: string): string {
  const parts = dayFormat.formatToParts(new Date(isoDateTime))
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ''
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`
}

/** "10am", "2:30pm", "12pm", "midnight": the UK time of a moment, as GOV.UK writes times. */
export function formatClock(isoDateTime: string): string {
  const parts = clockFormat.formatToParts(new Date(isoDateTime))
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? '0')
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00'
  if (hour === 0 && minute === '00') {
    return 'midnight'
  }
  const hour12 = hour % 12 === 0 ? 12 : hour % 12
  return `${String(hour12)}${minute === '00' ? '' : `:${minute}`}${hour < 12 ? 'am' : 'pm'}`
}

/** "Tuesday 1 December 2026 at 5pm": a moment, such as when booking closes. */
export function formatMoment(isoDateTime: string): string {
  return `${formatDay(isoDateTime)} at ${formatClock(isoDateTime)}`
}

/**
 * One session: "Thursday 3 December 2026, 10am to 12pm", or with both dates when it ends on
 * another day.
 */
export function formatSession(startsAt: string, endsAt: string): string {
  const startDay = formatDay(startsAt)
  const endDay = formatDay(endsAt)
  return startDay === endDay
    ? `${startDay}, ${formatClock(startsAt)} to ${formatClock(endsAt)}`
    : `${startDay}, ${formatClock(startsAt)} to ${endDay}, ${formatClock(endsAt)}`
}

type EventTimes = Pick<GroupEventSummary, 'startsAt' | 'endsAt' | 'sessionCount'>

/**
 * When an event is, as lines: its one session, or a course's first date and how many sessions.
 * An event with no dates yet says so.
 */
export function eventWhen({ startsAt, endsAt, sessionCount }: EventTimes): string[] {
  if (startsAt === null) {
    return ['Dates to be confirmed']
  }
  if (sessionCount <= 1 && endsAt !== null) {
    return [formatSession(startsAt, endsAt)]
  }
  return [
    `Starts ${formatDay(startsAt)} at ${formatClock(startsAt)}`,
    `${String(sessionCount)} ${sessionCount === 1 ? 'session' : 'sessions'}`,
  ]
}

type EventPlaces = Pick<GroupEventSummary, 'status' | 'placesLeft' | 'bookingOpen'>

/** "3 places left", "1 place left" or "Full – join the waiting list". */
export function placesText({ status, placesLeft, bookingOpen }: EventPlaces): string {
  if (status === 'cancelled') {
    return 'Cancelled'
  }
  if (placesLeft <= 0) {
    return bookingOpen ? 'Full – join the waiting list' : 'Full'
  }
  return `${String(placesLeft)} ${placesLeft === 1 ? 'place' : 'places'} left`
}

/** "for children aged 4 to 11", "for children aged 4 and over"; empty when no age is set. */
export function childAgeText(minAge: number | null, maxAge: number | null): string {
  if (minAge !== null && maxAge !== null) {
    return minAge === maxAge
      ? `for children aged ${String(minAge)}`
      : `for children aged ${String(minAge)} to ${String(maxAge)}`
  }
  if (minAge !== null) {
    return `for children aged ${String(minAge)} and over`
  }
  if (maxAge !== null) {
    return `for children aged up to ${String(maxAge)}`
  }
  return ''
}

type EventAudience = {
  audience: GroupAudience[]
  minAge: number | null
  maxAge: number | null
}

/**
 * Who an event is for, as lines: each audience by name, the children's with their ages:
 * "Children and young people, for children aged 4 to 11".
 */
export function audienceLines({ audience, minAge, maxAge }: EventAudience): string[] {
  const ages = childAgeText(minAge, maxAge)
  return audience.map((group) =>
    group === 'children' && ages !== ''
      ? `${groupAudienceNames[group]}, ${ages}`
      : groupAudienceNames[group],
  )
}

/** Where an event is: the venue's name, or "Online". */
export function whereText(event: {
  delivery: GroupEventSummary['delivery']
  venueName: string | null
}): string {
  if (event.delivery === 'online') {
    return 'Online'
  }
  return event.venueName ?? 'In person'
}

/** "All areas" for an event open to every area. */
export function areaText(localAuthorityName: string | null): string {
  return localAuthorityName ?? 'All areas'
}

/** "Attended 4 of 5 sessions", of the sessions the register was taken at. */
export function attendanceText(sessionsAttended: number, sessionsMarked: number): string {
  if (sessionsMarked === 0) {
    return 'Attendance not recorded'
  }
  return `Attended ${String(sessionsAttended)} of ${String(sessionsMarked)} ${sessionsMarked === 1 ? 'session' : 'sessions'}`
}

const monthNames = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "December 2026" for `2026-12`. */
export function formatMonth(month: string): string {
  return monthNames.format(new Date(`${month}-01T00:00:00Z`))
}

/**
 * The months the month filter offers, earliest first: those with events, and the month the address
 * asks for (when it is a month) even if none are left in it.
 */
export function monthsToOffer(monthsWithEvents: string[], chosen: string): string[] {
  const isMonth = /^\d{4}-(0[1-9]|1[0-2])$/.test(chosen)
  return [...new Set(isMonth ? [...monthsWithEvents, chosen] : monthsWithEvents)].sort()
}
