import {
  and,
  asc,
  children,
  count,
  eq,
  familyParents,
  groupAttendance,
  groupBookingAttendees,
  groupBookingReminders,
  groupBookings,
  groupEventSessions,
  groupEvents,
  gt,
  inArray,
  isNotNull,
  isNull,
  lt,
  sql,
  type GroupBookingRow,
  type Reader,
  type SQL,
  type Tx,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { ownGroupBookingScope } from './groups.repository.ts'

// Bookings of group events: a family's, the waiting list, the place counter and the reminders.
// Every change to an event's bookings runs under its lock (`lockEvent`): the event row first, then
// the booking's.

/** Live bookings: booked or on the waiting list. */
const isLive = inArray(groupBookings.status, ['booked', 'waiting'])

/**
 * A waiting booking's place on its event's list, 1 for next; null when not waiting. The outer row
 * is named in full: Drizzle leaves columns unqualified in a one-table select.
 */
const waitingPosition = sql<
  number | null
>`case when ${groupBookings.status} = 'waiting' then (select count(*)::int from group_bookings ahead where ahead.event_id = group_bookings.event_id and ahead.status = 'waiting' and ahead.queue_position <= group_bookings.queue_position) end`

function selectBookings(db: Reader) {
  return db.select({ booking: groupBookings, waitingPosition }).from(groupBookings)
}
export type BookingWithPosition = NonNullable<Awaited<ReturnType<typeof findBooking>>>

export async function findBooking(db: Reader, id: string, scope: SQL) {
  const [row] = await selectBookings(db).where(and(eq(groupBookings.id, id), scope))
  return row
}

/** The booking a user made with an idempotency key, if any. */
export async function findBookingByKey(db: Reader, userId: string, idempotencyKey: string) {
  const [row] = await selectBookings(db).where(
    and(eq(groupBookings.bookedByUserId, userId), eq(groupBookings.idempotencyKey, idempotencyKey)),
  )
  return row
}

/**
 * A family's bookings for the given events (every event when absent), the live one first, then
 * the latest: a family has at most one live booking per event.
 */
export async function findFamilyBookings(db: Reader, familyId: string, eventIds?: string[]) {
  if (eventIds && eventIds.length === 0) return []
  return selectBookings(db)
    .where(
      and(
        eq(groupBookings.familyId, familyId),
        eq(groupBookings.kind, 'booking'),
        eventIds ? inArray(groupBookings.eventId, eventIds) : undefined,
      ),
    )
    .orderBy(
      sql`case when ${groupBookings.status} in ('booked', 'waiting') then 0 else 1 end`,
      sql`${groupBookings.createdAt} desc`,
    )
}

/** A family's own bookings with their events, for "Your bookings". */
export async function findBookingsWithEvents(db: Reader, scope: SQL) {
  return db
    .select({ booking: groupBookings, waitingPosition, event: groupEvents })
    .from(groupBookings)
    .innerJoin(groupEvents, eq(groupEvents.id, groupBookings.eventId))
    .where(and(scope, eq(groupBookings.kind, 'booking')))
    .orderBy(asc(groupEvents.startsAt), sql`${groupBookings.createdAt} desc`)
    .limit(500)
}

const attendeeName = sql<string>`coalesce(${familyParents.fullName}, ${children.firstName} || ' ' || ${children.lastName}, ${groupBookingAttendees.name}, '')`

/** The people on each booking, by name, with what they attended of the sessions marked. */
export async function findAttendees(db: Reader, bookingIds: string[]) {
  if (bookingIds.length === 0) return []
  return db
    .select({
      bookingId: groupBookingAttendees.bookingId,
      name: attendeeName,
      sessionsAttended: sql<number>`(select count(*)::int from ${groupAttendance} where ${groupAttendance.attendeeId} = ${groupBookingAttendees.id} and ${groupAttendance.present})`,
      sessionsMarked: sql<number>`(select count(*)::int from ${groupAttendance} where ${groupAttendance.attendeeId} = ${groupBookingAttendees.id})`,
    })
    .from(groupBookingAttendees)
    .leftJoin(familyParents, eq(familyParents.id, groupBookingAttendees.familyParentId))
    .leftJoin(children, eq(children.id, groupBookingAttendees.childId))
    .where(inArray(groupBookingAttendees.bookingId, bookingIds))
    .orderBy(asc(groupBookingAttendees.createdAt), asc(groupBookingAttendees.id))
}

/** The families with a live booking for an event: the ones to tell when it changes. */
export async function findLiveFamilyIds(db: Reader, eventId: string) {
  const rows = await db
    .selectDistinct({ familyId: groupBookings.familyId })
    .from(groupBookings)
    .where(and(eq(groupBookings.eventId, eventId), isLive))
  return rows.flatMap((row) => (row.familyId ? [row.familyId] : []))
}

/** A family's own bookings, never walk-ins: what they list, cancel and download. */
export const ownFamilyBookings = (actor: Actor) =>
  and(ownGroupBookingScope(actor), eq(groupBookings.kind, 'booking'))!

// ---- Booking a place -----------------------------------------------------------------------------

/** Whether the family already has a live booking for the event. */
export async function hasLiveBooking(tx: Tx, eventId: string, familyId: string) {
  const [live] = await tx
    .select({ id: groupBookings.id })
    .from(groupBookings)
    .where(and(eq(groupBookings.eventId, eventId), eq(groupBookings.familyId, familyId), isLive))
    .limit(1)
  return live !== undefined
}

/** How many bookings of the event are on its waiting list. */
export async function countWaiting(tx: Tx, eventId: string) {
  const [waiting] = await tx
    .select({ n: count() })
    .from(groupBookings)
    .where(and(eq(groupBookings.eventId, eventId), eq(groupBookings.status, 'waiting')))
  return waiting?.n ?? 0
}

/**
 * A family's booking with the people on it; undefined, with nothing written, when the user has
 * already made a booking with this idempotency key.
 */
export async function insertBooking(
  tx: Tx,
  booking: Omit<typeof groupBookings.$inferInsert, 'kind'>,
  attendees: { familyParentId?: string; childId?: string; name?: string }[],
): Promise<GroupBookingRow | undefined> {
  const [created] = await tx
    .insert(groupBookings)
    .values({ ...booking, kind: 'booking' })
    .onConflictDoNothing({
      target: [groupBookings.bookedByUserId, groupBookings.idempotencyKey],
    })
    .returning()
  if (!created) return undefined
  await tx
    .insert(groupBookingAttendees)
    .values(attendees.map((attendee) => ({ bookingId: created.id, ...attendee })))
  return created
}

/** Adds places to the event's count of places booked; the caller holds the event's lock. */
export async function addPlacesBooked(tx: Tx, eventId: string, places: number) {
  await tx
    .update(groupEvents)
    .set({ placesBooked: sql`${groupEvents.placesBooked} + ${places}` })
    .where(eq(groupEvents.id, eventId))
}

/** Takes places off the event's count of places booked; the caller holds the event's lock. */
export async function givePlacesBack(tx: Tx, eventId: string, places: number) {
  await tx
    .update(groupEvents)
    .set({ placesBooked: sql`${groupEvents.placesBooked} - ${places}` })
    .where(eq(groupEvents.id, eventId))
}

// ---- The waiting list and cancelling -------------------------------------------------------------

/** The event's waiting list, in order. */
export async function findWaitingList(tx: Tx, eventId: string) {
  return tx
    .select()
    .from(groupBookings)
    .where(and(eq(groupBookings.eventId, eventId), eq(groupBookings.status, 'waiting')))
    .orderBy(asc(groupBookings.queuePosition))
    .limit(1000)
}

/** A waiting booking given a place. */
export async function markPromoted(tx: Tx, bookingId: string, now: Date) {
  await tx
    .update(groupBookings)
    .set({
      status: 'booked',
      bookedAt: now,
      promotedAt: now,
      version: sql`${groupBookings.version} + 1`,
      updatedAt: now,
    })
    .where(eq(groupBookings.id, bookingId))
}

/** Locks a booking's row until the transaction ends; take the event's lock first. */
export async function lockBooking(tx: Tx, bookingId: string) {
  const [booking] = await tx
    .select()
    .from(groupBookings)
    .where(eq(groupBookings.id, bookingId))
    .for('update')
  return booking
}

export async function markCancelled(tx: Tx, bookingId: string, now: Date) {
  await tx
    .update(groupBookings)
    .set({
      status: 'cancelled',
      cancelledAt: now,
      version: sql`${groupBookings.version} + 1`,
      updatedAt: now,
    })
    .where(eq(groupBookings.id, bookingId))
}

// ---- Reminders before each session ---------------------------------------------------------------

/**
 * Each session starting after `now` and before `horizon` of a booked place (a family's booking, on
 * a published event) with no reminder sent yet.
 */
export async function findSessionsToRemind(db: Reader, now: Date, horizon: Date) {
  return db
    .select({
      bookingId: groupBookings.id,
      familyId: groupBookings.familyId,
      sessionId: groupEventSessions.id,
      startsAt: groupEventSessions.startsAt,
    })
    .from(groupBookings)
    .innerJoin(groupEvents, eq(groupEvents.id, groupBookings.eventId))
    .innerJoin(groupEventSessions, eq(groupEventSessions.eventId, groupBookings.eventId))
    .leftJoin(
      groupBookingReminders,
      and(
        eq(groupBookingReminders.bookingId, groupBookings.id),
        eq(groupBookingReminders.sessionId, groupEventSessions.id),
      ),
    )
    .where(
      and(
        eq(groupBookings.status, 'booked'),
        eq(groupBookings.kind, 'booking'),
        isNotNull(groupBookings.familyId),
        eq(groupEvents.status, 'published'),
        gt(groupEventSessions.startsAt, now),
        lt(groupEventSessions.startsAt, horizon),
        isNull(groupBookingReminders.bookingId),
      ),
    )
}

/** Whether the booking is still booked, on an event still running. */
export async function isStillBooked(tx: Tx, bookingId: string) {
  const [still] = await tx
    .select({ id: groupBookings.id })
    .from(groupBookings)
    .innerJoin(groupEvents, eq(groupEvents.id, groupBookings.eventId))
    .where(
      and(
        eq(groupBookings.id, bookingId),
        eq(groupBookings.status, 'booked'),
        eq(groupEvents.status, 'published'),
      ),
    )
  return still !== undefined
}

/**
 * Records the reminder for a booking's session: false when another process recorded it first
 * (`on conflict do nothing`), so each reminder is sent once.
 */
export async function claimReminder(tx: Tx, bookingId: string, sessionId: string, now: Date) {
  const [claimed] = await tx
    .insert(groupBookingReminders)
    .values({ bookingId, sessionId, sentAt: now })
    .onConflictDoNothing()
    .returning({ bookingId: groupBookingReminders.bookingId })
  return claimed !== undefined
}
