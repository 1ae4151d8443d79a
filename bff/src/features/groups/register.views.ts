import type { GroupEventRow, GroupEventSessionRow } from '@asp/db'
import type { GroupRegister } from '../../contract/index.ts'
import { toCsv } from '../../platform/csv/csv.ts'
import { formatLondonDate, toLondonDate } from '../../platform/working-days/working-days.ts'
import { ageOn } from './dates.ts'
import type { RegisterAttendee, RegisterBooking } from './register.repository.ts'

// The register as the contract has it, and as a file to download.

type AttendeeKind = GroupRegister['booked'][number]['attendees'][number]['kind']

const kindOrder: Record<AttendeeKind, number> = { parent: 0, child: 1, guest: 2, walk_in: 3 }

/** An attendee's name and kind, in the register's words. */
function describeAttendee(
  a: RegisterAttendee,
  bookingKind: string,
): { kind: AttendeeKind; name: string } {
  if (a.familyParentId) return { kind: 'parent', name: a.parentName ?? '' }
  if (a.childId) {
    return { kind: 'child', name: `${a.childFirstName ?? ''} ${a.childLastName ?? ''}`.trim() }
  }
  return { kind: bookingKind === 'walk_in' ? 'walk_in' : 'guest', name: a.name ?? '' }
}

/** The register: booked people with their attendance, then the waiting list. */
export function toRegister(
  event: GroupEventRow,
  sessions: GroupEventSessionRow[],
  bookings: RegisterBooking[],
  attendees: RegisterAttendee[],
  marks: { sessionId: string; attendeeId: string; present: boolean }[],
): GroupRegister {
  const firstDate = sessions[0] ? toLondonDate(sessions[0].startsAt) : null

  const kindOfBooking = new Map(bookings.map((b) => [b.booking.id, b.booking.kind]))
  const markOf = new Map(marks.map((m) => [`${m.attendeeId}:${m.sessionId}`, m.present]))
  const attendeesOf = new Map<string, GroupRegister['booked'][number]['attendees']>()
  for (const a of attendees) {
    const { kind, name } = describeAttendee(a, kindOfBooking.get(a.bookingId) ?? 'booking')
    const list = attendeesOf.get(a.bookingId) ?? []
    list.push({
      id: a.id,
      name,
      kind,
      age: a.childDateOfBirth && firstDate ? ageOn(a.childDateOfBirth, firstDate) : null,
      attendance: Object.fromEntries(
        sessions.map((s) => [s.id, markOf.get(`${a.id}:${s.id}`) ?? null]),
      ),
    })
    attendeesOf.set(a.bookingId, list)
  }
  const peopleOf = (bookingId: string) =>
    (attendeesOf.get(bookingId) ?? []).sort(
      (x, y) => kindOrder[x.kind] - kindOrder[y.kind] || x.name.localeCompare(y.name, 'en-GB'),
    )

  return {
    event: {
      id: event.id,
      title: event.title,
      status: event.status as GroupRegister['event']['status'],
      capacity: event.capacity,
      placesBooked: event.placesBooked,
      sessions: sessions.map((s) => ({
        id: s.id,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
      })),
    },
    // Bookings in the order they were made, walk-ins after them.
    booked: bookings
      .filter((b) => b.booking.status === 'booked')
      .sort((x, y) => Number(x.booking.kind === 'walk_in') - Number(y.booking.kind === 'walk_in'))
      .map((b) => ({
        bookingId: b.booking.id,
        kind: b.booking.kind === 'walk_in' ? ('walk_in' as const) : ('booking' as const),
        familyReference: b.familyReference,
        localAuthorityName: b.localAuthorityName,
        bookedAt: b.booking.bookedAt?.toISOString() ?? null,
        attendees: peopleOf(b.booking.id),
      })),
    waiting: bookings
      .filter((b) => b.booking.status === 'waiting')
      .map((b) => ({
        bookingId: b.booking.id,
        position: b.waitingPosition,
        familyReference: b.familyReference,
        places: b.booking.places,
        attendeeNames: peopleOf(b.booking.id).map((a) => a.name),
        waitingSince: b.booking.waitingSince?.toISOString() ?? null,
      })),
  }
}

// ---- The register as a file --------------------------------------------------------------------

const kindWords: Record<AttendeeKind, string> = {
  parent: 'Parent',
  child: 'Child',
  guest: 'Guest',
  walk_in: 'Walk-in',
}

/** 'Parents’ wellbeing group' → 'parents-wellbeing-group'. */
function slugOf(title: string) {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug || 'event'
}

/** The register as CSV: one row per booked person, one column per session. */
export function registerCsv(register: GroupRegister): { fileName: string; content: string } {
  const sessions = register.event.sessions
  const dates = sessions.map((s) => formatLondonDate(new Date(s.startsAt)))
  // Two sessions on one day need their times to tell them apart.
  const headings = sessions.map((s, n) =>
    dates.indexOf(dates[n]!) === dates.lastIndexOf(dates[n]!)
      ? dates[n]!
      : `${dates[n]!} ${new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/London' }).format(new Date(s.startsAt))}`,
  )
  const rows = register.booked.flatMap((booking) =>
    booking.attendees.map((a) => [
      a.name,
      kindWords[a.kind],
      a.age === null ? '' : String(a.age),
      booking.familyReference ?? '',
      booking.localAuthorityName ?? '',
      ...sessions.map((s) => {
        const mark = a.attendance[s.id]
        return mark === true ? 'Present' : mark === false ? 'Absent' : ''
      }),
    ]),
  )
  const content = toCsv([['Name', 'Type', 'Age', 'Family reference', 'Area', ...headings], ...rows])
  const first = sessions[0] ? `-${toLondonDate(new Date(sessions[0].startsAt))}` : ''
  return { fileName: `register-${slugOf(register.event.title)}${first}.csv`, content }
}
