import {
  and,
  asc,
  children,
  count,
  eq,
  families,
  familyParents,
  groupAttendance,
  groupBookingAttendees,
  groupBookings,
  groupEventInterests,
  groupEventSessions,
  groupEvents,
  gte,
  inArray,
  isNotNull,
  isNull,
  localAuthorities,
  lt,
  or,
  sql,
  users,
  type Db,
  type GroupEventRow,
  type SQL,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { londonMidnight, nextMonth } from './groups.views.ts'

type Reader = Pick<Db, 'select' | 'selectDistinct'>
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type Writer = Db | Tx

/**
 * The events a member of staff may run: their organisation's events for every area, and those for
 * their own areas. Administrators run the agency's whole programme.
 */
export function staffGroupEventScope(actor: Actor): SQL {
  const organisation = eq(groupEvents.organisationId, actor.organisationId)
  if (actor.role === 'administrator') return organisation
  const areas =
    actor.localAuthorityIds.length > 0
      ? or(
          isNull(groupEvents.localAuthorityId),
          inArray(groupEvents.localAuthorityId, actor.localAuthorityIds),
        )
      : isNull(groupEvents.localAuthorityId)
  return and(organisation, areas) as SQL
}

/** The events a family may see and book: their organisation's, published or planned. */
export function familyGroupEventScope(actor: Actor): SQL {
  if (actor.role !== 'adopter') return sql`false`
  return and(
    eq(groupEvents.organisationId, actor.organisationId),
    inArray(groupEvents.status, ['planned', 'published', 'cancelled']),
  ) as SQL
}

/** A family's own bookings: those of the family the signed-in adoptive parent belongs to. */
export function ownGroupBookingScope(actor: Actor): SQL {
  if (actor.role !== 'adopter') return sql`false`
  return sql`${groupBookings.familyId} in (select ${familyParents.familyId} from ${familyParents} where ${familyParents.userId} = ${actor.userId})`
}

// ---- Families and their households ---------------------------------------------------------------

/** The family an adoptive parent belongs to. */
export async function findOwnFamily(db: Reader, userId: string) {
  const [row] = await db
    .select({
      id: families.id,
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
    })
    .from(familyParents)
    .innerJoin(families, eq(families.id, familyParents.familyId))
    .where(eq(familyParents.userId, userId))
  return row
}

/** The people a family may book: its parents and its children. */
export async function findHousehold(db: Reader, familyId: string) {
  const parents = await db
    .select({ id: familyParents.id, fullName: familyParents.fullName, kind: familyParents.kind })
    .from(familyParents)
    .where(eq(familyParents.familyId, familyId))
    .orderBy(asc(familyParents.createdAt), asc(familyParents.id))
  const kids = await db
    .select({
      id: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
      dateOfBirth: children.dateOfBirth,
    })
    .from(children)
    .where(eq(children.familyId, familyId))
    .orderBy(asc(children.dateOfBirth), asc(children.id))
  return { parents, children: kids }
}
export type Household = Awaited<ReturnType<typeof findHousehold>>

/** The email addresses of the parents with an account in each family. */
export async function findFamilyRecipients(db: Reader, familyIds: string[]) {
  if (familyIds.length === 0) return new Map<string, string[]>()
  const rows = await db
    .select({ familyId: familyParents.familyId, email: users.email })
    .from(familyParents)
    .innerJoin(users, eq(users.id, familyParents.userId))
    .where(and(inArray(familyParents.familyId, familyIds), isNull(users.disabledAt)))
  const byFamily = new Map<string, string[]>()
  for (const row of rows)
    byFamily.set(row.familyId, [...(byFamily.get(row.familyId) ?? []), row.email])
  return byFamily
}

/** The organisation's local authorities, by name; only `ids` when given. */
export async function findAreas(db: Reader, organisationId: string, ids?: string[]) {
  if (ids && ids.length === 0) return []
  return db
    .select({ id: localAuthorities.id, name: localAuthorities.name })
    .from(localAuthorities)
    .where(
      and(
        eq(localAuthorities.organisationId, organisationId),
        ids ? inArray(localAuthorities.id, ids) : undefined,
      ),
    )
    .orderBy(asc(localAuthorities.name))
}

// ---- Events --------------------------------------------------------------------------------------

const sessionCount = sql<number>`(select count(*)::int from ${groupEventSessions} where ${groupEventSessions.eventId} = ${groupEvents.id})`
const waitingCount = sql<number>`(select count(*)::int from ${groupBookings} where ${groupBookings.eventId} = ${groupEvents.id} and ${groupBookings.status} = 'waiting')`
const interestCount = sql<number>`(select count(*)::int from ${groupEventInterests} where ${groupEventInterests.eventId} = ${groupEvents.id})`

function selectEvents(db: Reader) {
  return db
    .select({
      event: groupEvents,
      localAuthorityName: localAuthorities.name,
      sessionCount,
      waitingCount,
      interestCount,
    })
    .from(groupEvents)
    .leftJoin(localAuthorities, eq(localAuthorities.id, groupEvents.localAuthorityId))
}
export type EventListRow = NonNullable<Awaited<ReturnType<typeof findEvent>>>

/** One event within the caller's scope, with its area's name and counts. */
export async function findEvent(db: Reader, id: string, scope: SQL) {
  const [row] = await selectEvents(db).where(and(eq(groupEvents.id, id), scope))
  return row
}

/**
 * Locks an event's row until the transaction ends: every booking change for an event holds this
 * lock, so places are counted and changed one change at a time.
 */
export async function lockEvent(
  tx: Tx,
  id: string,
  scope?: SQL,
): Promise<GroupEventRow | undefined> {
  const [row] = await tx
    .select()
    .from(groupEvents)
    .where(and(eq(groupEvents.id, id), scope))
    .for('update')
  return row
}

export interface EventFilters {
  kind?: string | undefined
  localAuthorityId?: string | undefined
  /** yyyy-mm, a London calendar month of the first session. */
  month?: string | undefined
  status?: string | undefined
}

/** The filters as conditions: an area's events include those for every area. */
export function eventConditions(filters: EventFilters): SQL[] {
  const conditions: SQL[] = []
  if (filters.kind) conditions.push(eq(groupEvents.kind, filters.kind))
  if (filters.status) conditions.push(eq(groupEvents.status, filters.status))
  if (filters.localAuthorityId) {
    conditions.push(
      or(
        isNull(groupEvents.localAuthorityId),
        eq(groupEvents.localAuthorityId, filters.localAuthorityId),
      ) as SQL,
    )
  }
  if (filters.month) {
    const from = londonMidnight(`${filters.month}-01`)
    const to = londonMidnight(`${nextMonth(filters.month)}-01`)
    conditions.push(and(gte(groupEvents.startsAt, from), lt(groupEvents.startsAt, to)) as SQL)
  }
  return conditions
}

/** One page of events, in the given order, with the total. */
export async function findEventPage(
  db: Reader,
  where: SQL,
  orderBy: SQL[],
  page: number,
  pageSize: number,
) {
  const [rows, [total]] = await Promise.all([
    selectEvents(db)
      .where(where)
      .orderBy(...orderBy, asc(groupEvents.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(groupEvents).where(where),
  ])
  return { rows, total: total?.total ?? 0 }
}

const londonMonth = sql<string>`to_char(${groupEvents.startsAt} at time zone 'Europe/London', 'YYYY-MM')`

/**
 * The London months (`yyyy-mm`, earliest first) in which events matching `where` start: one
 * grouped query, for the month filter. Events with no dates yet start in no month.
 */
export async function findEventMonths(db: Reader, where: SQL): Promise<string[]> {
  const rows = await db
    .select({ month: londonMonth })
    .from(groupEvents)
    .where(and(where, isNotNull(groupEvents.startsAt)))
    .groupBy(londonMonth)
    .orderBy(londonMonth)
  return rows.map((row) => row.month)
}

/** Events in scope with no dates yet, to register interest in. */
export async function findPlannedEvents(db: Reader, where: SQL) {
  return selectEvents(db)
    .where(and(where, eq(groupEvents.status, 'planned')))
    .orderBy(asc(groupEvents.title), asc(groupEvents.id))
    .limit(50)
}

export async function findSessions(db: Reader, eventIds: string[]) {
  if (eventIds.length === 0) return []
  return db
    .select()
    .from(groupEventSessions)
    .where(inArray(groupEventSessions.eventId, eventIds))
    .orderBy(asc(groupEventSessions.startsAt), asc(groupEventSessions.id))
}

/** The sessions of one event that have attendance marked: they cannot be taken away. */
export async function findMarkedSessionIds(db: Reader, sessionIds: string[]) {
  if (sessionIds.length === 0) return new Set<string>()
  const rows = await db
    .selectDistinct({ sessionId: groupAttendance.sessionId })
    .from(groupAttendance)
    .where(inArray(groupAttendance.sessionId, sessionIds))
  return new Set(rows.map((row) => row.sessionId))
}

// ---- Bookings ------------------------------------------------------------------------------------

/** Live bookings: booked or on the waiting list. */
export const isLive = inArray(groupBookings.status, ['booked', 'waiting'])

/**
 * A waiting booking's place on its event's list, 1 for next; null when not waiting. The outer row
 * is named in full: Drizzle leaves columns unqualified in a one-table select.
 */
export const waitingPosition = sql<
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

export async function hasInterest(db: Reader, eventIds: string[], familyId: string | undefined) {
  if (!familyId || eventIds.length === 0) return new Set<string>()
  const rows = await db
    .select({ eventId: groupEventInterests.eventId })
    .from(groupEventInterests)
    .where(
      and(
        inArray(groupEventInterests.eventId, eventIds),
        eq(groupEventInterests.familyId, familyId),
      ),
    )
  return new Set(rows.map((row) => row.eventId))
}
