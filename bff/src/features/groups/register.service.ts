import {
  and,
  asc,
  children,
  eq,
  families,
  familyParents,
  groupAttendance,
  groupBookingAttendees,
  groupBookings,
  groupEventSessions,
  groupEvents,
  inArray,
  isNull,
  localAuthorities,
  not,
  or,
  sql,
  type Db,
  type GroupEventRow,
  type GroupEventSessionRow,
  type SQL,
} from '@asp/db'
import { stringify } from 'csv-stringify/sync'
import type { z } from 'zod'
import type { addWalkInSchema, GroupRegister, markAttendanceSchema } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { AppError } from '../../platform/errors.ts'
import { staffFamilyScope } from '../families/index.ts'
import { staffGroupEventScope } from './groups.repository.ts'
import { formatLondonDate, toLondonDate } from '../../platform/working-days/working-days.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
type Reader = Pick<Db, 'select'>

export type Clock = () => Date
type MarkAttendance = z.output<typeof markAttendanceSchema>
type AddWalkIn = z.output<typeof addWalkInSchema>
type AttendeeKind = GroupRegister['booked'][number]['attendees'][number]['kind']

const notFound = () => new AppError('NOT_FOUND')
const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { fieldErrors: { [field]: message } })
const cancelled = () =>
  new AppError('CONFLICT', { message: 'You cannot change the register of a cancelled event' })

// ---- Queries -----------------------------------------------------------------------------------

/** An event this member of staff runs (their areas, or every area), or undefined. */
async function findEventInScope(db: Reader, actor: Actor, eventId: string) {
  const [event] = await db
    .select()
    .from(groupEvents)
    .where(and(eq(groupEvents.id, eventId), staffGroupEventScope(actor)))
  return event
}

async function findSessions(db: Reader, eventId: string) {
  return db
    .select()
    .from(groupEventSessions)
    .where(eq(groupEventSessions.eventId, eventId))
    .orderBy(asc(groupEventSessions.startsAt), asc(groupEventSessions.id))
}

/**
 * Bookings this member of staff may see: none of a family they have a recorded conflict of
 * interest with. Those are left out of the register, the waiting list and the file, unannounced.
 */
function visibleBookings(actor: Actor): SQL | undefined {
  if (actor.conflictedFamilyIds.length === 0) return undefined
  return or(
    isNull(groupBookings.familyId),
    not(inArray(groupBookings.familyId, actor.conflictedFamilyIds)),
  )
}

/** Place on the whole waiting list, 1 for next: counted over every waiting booking of the event. */
const waitingPosition = sql<number>`(select count(*)::int from ${groupBookings} w where w.event_id = ${groupBookings.eventId} and w.status = 'waiting' and w.queue_position <= ${groupBookings.queuePosition})`

async function findRegisterBookings(db: Reader, actor: Actor, eventId: string) {
  return db
    .select({
      booking: groupBookings,
      familyReference: families.reference,
      localAuthorityName: localAuthorities.name,
      waitingPosition,
    })
    .from(groupBookings)
    .leftJoin(families, eq(families.id, groupBookings.familyId))
    .leftJoin(localAuthorities, eq(localAuthorities.id, families.localAuthorityId))
    .where(
      and(
        eq(groupBookings.eventId, eventId),
        inArray(groupBookings.status, ['booked', 'waiting']),
        visibleBookings(actor),
      ),
    )
    .orderBy(asc(groupBookings.queuePosition))
}

async function findAttendees(db: Reader, bookingIds: string[]) {
  if (bookingIds.length === 0) return []
  return db
    .select({
      id: groupBookingAttendees.id,
      bookingId: groupBookingAttendees.bookingId,
      name: groupBookingAttendees.name,
      familyParentId: groupBookingAttendees.familyParentId,
      parentName: familyParents.fullName,
      childId: groupBookingAttendees.childId,
      childFirstName: children.firstName,
      childLastName: children.lastName,
      childDateOfBirth: children.dateOfBirth,
    })
    .from(groupBookingAttendees)
    .leftJoin(familyParents, eq(familyParents.id, groupBookingAttendees.familyParentId))
    .leftJoin(children, eq(children.id, groupBookingAttendees.childId))
    .where(inArray(groupBookingAttendees.bookingId, bookingIds))
    .orderBy(asc(groupBookingAttendees.createdAt), asc(groupBookingAttendees.id))
}

async function findAttendance(db: Reader, eventId: string) {
  return db
    .select({
      sessionId: groupAttendance.sessionId,
      attendeeId: groupAttendance.attendeeId,
      present: groupAttendance.present,
    })
    .from(groupAttendance)
    .innerJoin(groupEventSessions, eq(groupEventSessions.id, groupAttendance.sessionId))
    .where(eq(groupEventSessions.eventId, eventId))
}

// ---- The register ------------------------------------------------------------------------------

/** Whole years from a date of birth to a date, both 'yyyy-MM-dd'. */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years
}

const kindOrder: Record<AttendeeKind, number> = { parent: 0, child: 1, guest: 2, walk_in: 3 }

/** An attendee's name and kind, in the register's words. */
function describeAttendee(
  a: Awaited<ReturnType<typeof findAttendees>>[number],
  bookingKind: string,
): { kind: AttendeeKind; name: string } {
  if (a.familyParentId) return { kind: 'parent', name: a.parentName ?? '' }
  if (a.childId) {
    return { kind: 'child', name: `${a.childFirstName ?? ''} ${a.childLastName ?? ''}`.trim() }
  }
  return { kind: bookingKind === 'walk_in' ? 'walk_in' : 'guest', name: a.name ?? '' }
}

/** The register as the contract has it: booked people with attendance, then the waiting list. */
async function readRegister(
  db: Reader,
  actor: Actor,
  event: GroupEventRow,
  sessions: GroupEventSessionRow[],
): Promise<GroupRegister> {
  // One query after another, never at once: callers may pass a transaction (one connection).
  const bookings = await findRegisterBookings(db, actor, event.id)
  const attendees = await findAttendees(
    db,
    bookings.map((b) => b.booking.id),
  )
  const marks = await findAttendance(db, event.id)
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

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return) is
 * written with a leading apostrophe, so it shows as text (OWASP: CSV injection).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

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
  const content = stringify(
    [['Name', 'Type', 'Age', 'Family reference', 'Area', ...headings], ...rows].map((row) =>
      row.map(neutraliseCell),
    ),
    // A byte order mark, so that Excel reads the names as UTF-8.
    { bom: true, record_delimiter: 'windows' },
  )
  const first = sessions[0] ? `-${toLondonDate(new Date(sessions[0].startsAt))}` : ''
  return { fileName: `register-${slugOf(register.event.title)}${first}.csv`, content }
}

// ---- The service -------------------------------------------------------------------------------

async function sessionOf(db: Reader, event: GroupEventRow, sessionId: string, now: Date) {
  const [session] = await db
    .select()
    .from(groupEventSessions)
    .where(and(eq(groupEventSessions.id, sessionId), eq(groupEventSessions.eventId, event.id)))
  if (!session) throw invalid('sessionId', 'Select the session')
  // From the day of the session, or the hour before it starts (people arrive early, and a session
  // just after midnight is still marked by the people who open the room).
  const hourBefore = session.startsAt.getTime() - 60 * 60 * 1000
  if (toLondonDate(session.startsAt) > toLondonDate(now) && now.getTime() < hourBefore) {
    throw invalid('sessionId', 'You can mark attendance from the day of the session')
  }
  return session
}

/** A walk-in's name as one of the family's children (or parents) when it is exactly theirs. */
async function matchFamilyMember(tx: Tx, familyId: string, name: string, isChild: boolean) {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase()
  if (isChild) {
    const [child] = await tx
      .select({ id: children.id })
      .from(children)
      .where(
        and(
          eq(children.familyId, familyId),
          sql`lower(${children.firstName} || ' ' || ${children.lastName}) = ${wanted}`,
        ),
      )
      .limit(1)
    return { familyParentId: null, childId: child?.id ?? null }
  }
  const [parent] = await tx
    .select({ id: familyParents.id })
    .from(familyParents)
    .where(
      and(eq(familyParents.familyId, familyId), sql`lower(${familyParents.fullName}) = ${wanted}`),
    )
    .limit(1)
  return { familyParentId: parent?.id ?? null, childId: null }
}

export function groupRegisterService(db: Db, clock: Clock) {
  async function eventInScope(actor: Actor, eventId: string, tx: Reader = db) {
    const event = await findEventInScope(tx, actor, eventId)
    if (!event) throw notFound()
    return event
  }

  async function register(actor: Actor, eventId: string) {
    const event = await eventInScope(actor, eventId)
    const sessions = await findSessions(db, event.id)
    return { event, register: await readRegister(db, actor, event, sessions) }
  }

  return {
    async getRegister(actor: Actor, eventId: string): Promise<GroupRegister> {
      const { event, register: result } = await register(actor, eventId)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'group-event',
        recordId: event.id,
        localAuthorityId: event.localAuthorityId,
        details: { register: true, booked: result.booked.length, waiting: result.waiting.length },
      })
      return result
    },

    async downloadRegister(actor: Actor, eventId: string) {
      const { event, register: result } = await register(actor, eventId)
      const file = registerCsv(result)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'group-event',
        recordId: event.id,
        localAuthorityId: event.localAuthorityId,
        details: { export: 'register.csv', fileName: file.fileName, booked: result.booked.length },
      })
      return file
    },

    async markAttendance(actor: Actor, eventId: string, body: MarkAttendance) {
      const now = clock()
      // The last mark for a person wins, as if each had been sent in turn.
      const marks = [...new Map(body.marks.map((m) => [m.attendeeId, m.present])).entries()]
      return db.transaction(async (tx) => {
        const event = await eventInScope(actor, eventId, tx)
        if (event.status === 'cancelled') throw cancelled()
        const session = await sessionOf(tx, event, body.sessionId, now)
        const onRegister = await tx
          .select({ id: groupBookingAttendees.id })
          .from(groupBookingAttendees)
          .innerJoin(groupBookings, eq(groupBookings.id, groupBookingAttendees.bookingId))
          .where(
            and(
              eq(groupBookings.eventId, event.id),
              eq(groupBookings.status, 'booked'),
              inArray(
                groupBookingAttendees.id,
                marks.map(([id]) => id),
              ),
              visibleBookings(actor),
            ),
          )
        if (onRegister.length !== marks.length) {
          throw invalid('marks', 'Mark only people who are on the register')
        }
        await tx
          .insert(groupAttendance)
          .values(
            marks.map(([attendeeId, present]) => ({
              sessionId: session.id,
              attendeeId,
              present,
              markedByUserId: actor.userId,
              markedAt: now,
            })),
          )
          .onConflictDoUpdate({
            target: [groupAttendance.sessionId, groupAttendance.attendeeId],
            set: {
              present: sql`excluded.present`,
              markedByUserId: actor.userId,
              markedAt: now,
            },
          })
        await recordAudit(tx, auditContextOf(actor), {
          action: 'update',
          recordType: 'group-event',
          recordId: event.id,
          localAuthorityId: event.localAuthorityId,
          details: {
            attendance: session.id,
            present: marks.filter(([, present]) => present).length,
            absent: marks.filter(([, present]) => !present).length,
          },
        })
        return { marked: marks.length }
      })
    },

    async addWalkIn(actor: Actor, eventId: string, body: AddWalkIn) {
      const now = clock()
      return db.transaction(async (tx) => {
        const event = await eventInScope(actor, eventId, tx)
        if (event.status === 'cancelled') throw cancelled()
        const session = await sessionOf(tx, event, body.sessionId, now)
        let member = { familyParentId: null as string | null, childId: null as string | null }
        if (body.familyId) {
          const [family] = await tx
            .select({ id: families.id })
            .from(families)
            .where(and(eq(families.id, body.familyId), staffFamilyScope(actor)))
          if (!family) throw invalid('familyId', 'Select the family')
          member = await matchFamilyMember(tx, family.id, body.name, body.isChild)
        }
        // A walk-in takes no place: `places_booked` counts bookings against capacity only.
        const [booking] = await tx
          .insert(groupBookings)
          .values({
            eventId: event.id,
            familyId: body.familyId ?? null,
            kind: 'walk_in',
            status: 'booked',
            places: 1,
            bookedByUserId: actor.userId,
            bookedAt: now,
          })
          .returning({ id: groupBookings.id })
        const [attendee] = await tx
          .insert(groupBookingAttendees)
          .values({
            bookingId: booking!.id,
            ...member,
            name: member.familyParentId || member.childId ? null : body.name,
          })
          .returning({ id: groupBookingAttendees.id })
        await tx.insert(groupAttendance).values({
          sessionId: session.id,
          attendeeId: attendee!.id,
          present: true,
          markedByUserId: actor.userId,
          markedAt: now,
        })
        await recordAudit(tx, auditContextOf(actor), {
          action: 'create',
          recordType: 'group-booking',
          recordId: booking!.id,
          localAuthorityId: event.localAuthorityId,
          details: { walkIn: true, eventId: event.id, sessionId: session.id },
        })
        return { bookingId: booking!.id, attendeeId: attendee!.id }
      })
    },
  }
}
