import { TZDate } from '@date-fns/tz'
import type { GroupEventRow, GroupEventSessionRow } from '@asp/db'
import ical from 'ical-generator'
import { portalLinks } from './groups.views.ts'

const london = 'Europe/London'

/**
 * Europe/London as RFC 5545 describes it: GMT, and BST from 1am GMT on the last Sunday of March to
 * 1am GMT on the last Sunday of October. Shipped with the file so that every calendar reads the
 * session times the same way, whether or not it knows the zone by name.
 */
const londonTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

/** A file name from the title: "Parents’ wellbeing group" → parents-wellbeing-group.ics. */
export function calendarFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
  return `${slug || 'event'}.ics`
}

function hostOf(publicUrl: string) {
  try {
    return new URL(publicUrl).hostname || 'adoption-support-portal'
  } catch {
    return 'adoption-support-portal'
  }
}

/**
 * An iCalendar file of a booked place: one VEVENT per session, in London time, at the venue or
 * "Online". Only ever made for a booked place, so the link to join online goes in it.
 */
export function bookingCalendar(input: {
  event: GroupEventRow
  sessions: GroupEventSessionRow[]
  publicUrl: string
  now: Date
}): { fileName: string; content: string } {
  const { event, sessions, publicUrl, now } = input
  const calendar = ical({
    prodId: { company: 'Adoption support portal', product: 'Groups and training', language: 'EN' },
    name: event.title,
    // The zone is named on each session; the calendar's own stamps stay in UTC.
    timezone: { name: null, generator: (zone) => (zone === london ? londonTimezone : null) },
  })
  const location =
    event.delivery === 'online'
      ? 'Online'
      : [event.venueName, event.venueAddress].filter(Boolean).join(', ')
  const description = [
    event.delivery === 'online' && event.onlineLink ? `Join online: ${event.onlineLink}` : null,
    `Your bookings: ${portalLinks.myBookings(publicUrl)}`,
  ]
    .filter(Boolean)
    .join('\n\n')
  const host = hostOf(publicUrl)
  sessions.forEach((session, index) => {
    calendar.createEvent({
      id: `${session.id}@${host}`,
      start: new TZDate(session.startsAt.getTime(), london),
      end: new TZDate(session.endsAt.getTime(), london),
      timezone: london,
      stamp: now,
      summary:
        sessions.length > 1
          ? `${event.title} (session ${index + 1} of ${sessions.length})`
          : event.title,
      location: location || null,
      description,
      url: portalLinks.myBookings(publicUrl),
    })
  })
  return { fileName: calendarFileName(event.title), content: calendar.toString() }
}
