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
  inArray,
  isNull,
  localAuthorities,
  not,
  or,
  sql,
  type Reader,
  type SQL,
  type Tx,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { staffFamilyScope } from '../families/index.ts'

// The register of an event: who is booked and waiting, what they attended, and walk-ins.

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

/** The event's live bookings this member of staff may see, in the order they were made. */
export async function findRegisterBookings(db: Reader, actor: Actor, eventId: string) {
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
export type RegisterBooking = Awaited<ReturnType<typeof findRegisterBookings>>[number]

/** The people on each booking, with the names of the family's parents and children. */
export async function findRegisterAttendees(db: Reader, bookingIds: string[]) {
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
export type RegisterAttendee = Awaited<ReturnType<typeof findRegisterAttendees>>[number]

/** Every attendance mark of the event's sessions. */
export async function findAttendance(db: Reader, eventId: string) {
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

/** One session of the event, or undefined. */
export async function findSession(db: Reader, eventId: string, sessionId: string) {
  const [session] = await db
    .select()
    .from(groupEventSessions)
    .where(and(eq(groupEventSessions.id, sessionId), eq(groupEventSessions.eventId, eventId)))
  return session
}

/** Of `attendeeIds`, those on a booked place of the event that this member of staff may see. */
export async function findAttendeesOnRegister(
  db: Reader,
  actor: Actor,
  eventId: string,
  attendeeIds: string[],
) {
  return db
    .select({ id: groupBookingAttendees.id })
    .from(groupBookingAttendees)
    .innerJoin(groupBookings, eq(groupBookings.id, groupBookingAttendees.bookingId))
    .where(
      and(
        eq(groupBookings.eventId, eventId),
        eq(groupBookings.status, 'booked'),
        inArray(groupBookingAttendees.id, attendeeIds),
        visibleBookings(actor),
      ),
    )
}

/** Writes each mark for the session, replacing an earlier mark for the same person. */
export async function upsertAttendance(
  tx: Tx,
  sessionId: string,
  marks: [attendeeId: string, present: boolean][],
  markedByUserId: string,
  now: Date,
) {
  await tx
    .insert(groupAttendance)
    .values(
      marks.map(([attendeeId, present]) => ({
        sessionId,
        attendeeId,
        present,
        markedByUserId,
        markedAt: now,
      })),
    )
    .onConflictDoUpdate({
      target: [groupAttendance.sessionId, groupAttendance.attendeeId],
      set: {
        present: sql`excluded.present`,
        markedByUserId,
        markedAt: now,
      },
    })
}

/** A family within this member of staff's reach, or undefined. */
export async function findFamilyInScope(db: Reader, actor: Actor, familyId: string) {
  const [family] = await db
    .select({ id: families.id })
    .from(families)
    .where(and(eq(families.id, familyId), staffFamilyScope(actor)))
  return family
}

/** A walk-in's name as one of the family's children (or parents) when it is exactly theirs. */
export async function findFamilyMemberByName(
  db: Reader,
  familyId: string,
  name: string,
  isChild: boolean,
) {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase()
  if (isChild) {
    const [child] = await db
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
  const [parent] = await db
    .select({ id: familyParents.id })
    .from(familyParents)
    .where(
      and(eq(familyParents.familyId, familyId), sql`lower(${familyParents.fullName}) = ${wanted}`),
    )
    .limit(1)
  return { familyParentId: parent?.id ?? null, childId: null }
}

export interface NewWalkIn {
  eventId: string
  sessionId: string
  familyId: string | null
  member: { familyParentId: string | null; childId: string | null }
  /** Kept only for someone who is not one of the family's parents or children. */
  name: string
  userId: string
  now: Date
}

/**
 * A walk-in: a booked booking of one person, marked present at the session. It takes no place:
 * `places_booked` counts bookings against capacity only.
 */
export async function insertWalkIn(tx: Tx, walkIn: NewWalkIn) {
  const { member, userId, now } = walkIn
  const [booking] = await tx
    .insert(groupBookings)
    .values({
      eventId: walkIn.eventId,
      familyId: walkIn.familyId,
      kind: 'walk_in',
      status: 'booked',
      places: 1,
      bookedByUserId: userId,
      bookedAt: now,
    })
    .returning({ id: groupBookings.id })
  const [attendee] = await tx
    .insert(groupBookingAttendees)
    .values({
      bookingId: booking!.id,
      ...member,
      name: member.familyParentId || member.childId ? null : walkIn.name,
    })
    .returning({ id: groupBookingAttendees.id })
  await tx.insert(groupAttendance).values({
    sessionId: walkIn.sessionId,
    attendeeId: attendee!.id,
    present: true,
    markedByUserId: userId,
    markedAt: now,
  })
  return { bookingId: booking!.id, attendeeId: attendee!.id }
}
