import {
  and,
  asc,
  children,
  count,
  desc,
  eq,
  familyParents,
  groupAttendance,
  groupBookingReminders,
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
  type GroupEventRow,
  type Reader,
  type SQL,
  type Tx,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { versioned } from '../../platform/versioned-update.ts'
import { findOwnFamily } from '../families/index.ts'
import { londonMidnight, nextMonth } from './dates.ts'

// Which family a parent belongs to is families' to say; bookings and requests ask it here.
export { findOwnFamily }

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

const selectEventRow = (db: Reader, id: string, scope: SQL | undefined) =>
  db
    .select()
    .from(groupEvents)
    .where(and(eq(groupEvents.id, id), scope))

/** One event's row within the caller's scope, without counts, or undefined. */
export async function findEventRow(db: Reader, id: string, scope: SQL) {
  const [row] = await selectEventRow(db, id, scope)
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
  const [row] = await selectEventRow(tx, id, scope).for('update')
  return row
}

export interface EventFilters {
  kind?: string | undefined
  localAuthorityId?: string | undefined
  /** yyyy-mm, a London calendar month of the first session. */
  month?: string | undefined
  status?: string | undefined
}

/** An area's events: those for the area, and those for every area. */
export const forArea = (localAuthorityId: string) =>
  or(
    isNull(groupEvents.localAuthorityId),
    eq(groupEvents.localAuthorityId, localAuthorityId),
  ) as SQL

/** The filters as conditions: an area's events include those for every area. */
function eventConditions(filters: EventFilters): SQL[] {
  const conditions: SQL[] = []
  if (filters.kind) conditions.push(eq(groupEvents.kind, filters.kind))
  if (filters.status) conditions.push(eq(groupEvents.status, filters.status))
  if (filters.localAuthorityId) conditions.push(forArea(filters.localAuthorityId))
  if (filters.month) {
    const from = londonMidnight(`${filters.month}-01`)
    const to = londonMidnight(`${nextMonth(filters.month)}-01`)
    conditions.push(and(gte(groupEvents.startsAt, from), lt(groupEvents.startsAt, to)) as SQL)
  }
  return conditions
}

/** One page of events, in the given order, with the total. */
async function findEventPage(
  db: Reader,
  where: SQL,
  orderBy: SQL[],
  page: { page: number; pageSize: number },
) {
  const [rows, [total]] = await Promise.all([
    selectEvents(db)
      .where(where)
      .orderBy(...orderBy, asc(groupEvents.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(groupEvents).where(where),
  ])
  return { rows, total: total?.total ?? 0 }
}

const londonMonth = sql<string>`to_char(${groupEvents.startsAt} at time zone 'Europe/London', 'YYYY-MM')`

/**
 * The London months (`yyyy-mm`, earliest first) in which events matching `where` start: one
 * grouped query, for the month filter. Events with no dates yet start in no month.
 */
async function findEventMonths(db: Reader, where: SQL): Promise<string[]> {
  const rows = await db
    .select({ month: londonMonth })
    .from(groupEvents)
    .where(and(where, isNotNull(groupEvents.startsAt)))
    .groupBy(londonMonth)
    .orderBy(londonMonth)
  return rows.map((row) => row.month)
}

/** The events a family may book: published ones in their scope, from the start of `today`. */
const upcomingForFamily = (actor: Actor, today: Date) =>
  and(
    familyGroupEventScope(actor),
    eq(groupEvents.status, 'published'),
    gte(groupEvents.startsAt, today),
  )!

/** A page of the events a family may book that match the filters, soonest first. */
export async function findUpcomingFamilyEventPage(
  db: Reader,
  actor: Actor,
  today: Date,
  filters: EventFilters,
  page: { page: number; pageSize: number },
) {
  const where = and(upcomingForFamily(actor, today), ...eventConditions(filters))!
  return findEventPage(db, where, [asc(groupEvents.startsAt)], page)
}

/** The months of every event a family may book, whatever the filters: they are chosen together. */
export async function findUpcomingFamilyEventMonths(db: Reader, actor: Actor, today: Date) {
  return findEventMonths(db, upcomingForFamily(actor, today))
}

/** Courses in a family's scope with no dates yet, to register interest in. */
export async function findPlannedEvents(
  db: Reader,
  actor: Actor,
  filters: Pick<EventFilters, 'kind' | 'localAuthorityId'>,
) {
  const where = and(familyGroupEventScope(actor), ...eventConditions(filters))!
  return selectEvents(db)
    .where(and(where, eq(groupEvents.status, 'planned')))
    .orderBy(asc(groupEvents.title), asc(groupEvents.id))
    .limit(50)
}

/** Staff's lists by their dates: still to come (or no dates yet), over, or any. */
export type EventPeriod = 'upcoming' | 'past' | 'all'

/**
 * A page of the events a member of staff runs that match the filters: those to come soonest
 * first (no dates yet last), past ones latest first, or all of them latest first (no dates first).
 * `today` is the start of today in London.
 */
export async function findManagedEventPage(
  db: Reader,
  actor: Actor,
  when: EventPeriod,
  today: Date,
  filters: EventFilters,
  page: { page: number; pageSize: number },
) {
  const conditions: (SQL | undefined)[] = [staffGroupEventScope(actor), ...eventConditions(filters)]
  let orderBy: SQL[]
  if (when === 'upcoming') {
    // Courses with no dates yet are still to come.
    conditions.push(or(isNull(groupEvents.endsAt), gte(groupEvents.endsAt, today)))
    orderBy = [sql`${groupEvents.startsAt} asc nulls last`]
  } else if (when === 'past') {
    conditions.push(lt(groupEvents.endsAt, today))
    orderBy = [desc(groupEvents.startsAt)]
  } else {
    orderBy = [sql`${groupEvents.startsAt} desc nulls first`]
  }
  return findEventPage(db, and(...conditions)!, orderBy, page)
}

/** Every month of a member of staff's events, past or to come, whatever the filters. */
export async function findManagedEventMonths(db: Reader, actor: Actor) {
  return findEventMonths(db, staffGroupEventScope(actor))
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

/** An event's sessions as they stand, in no particular order: the caller replaces them as a set. */
export async function findSessionsOfEvent(db: Reader, eventId: string) {
  return db.select().from(groupEventSessions).where(eq(groupEventSessions.eventId, eventId))
}

// ---- Changing events -----------------------------------------------------------------------------

export type NewGroupEvent = typeof groupEvents.$inferInsert

export async function insertEvent(tx: Tx, event: NewGroupEvent): Promise<GroupEventRow> {
  const [created] = await tx.insert(groupEvents).values(event).returning()
  return created!
}

/**
 * Changes an event if it is still at `version`, and counts the change; undefined when someone else
 * changed it first.
 */
/** A versioned change to an event: none back means someone else changed it first. */
export const updateEventAtVersion = versioned(groupEvents)

export async function insertSessions(
  tx: Tx,
  eventId: string,
  sessions: { startsAt: Date; endsAt: Date }[],
) {
  if (sessions.length === 0) return
  await tx
    .insert(groupEventSessions)
    .values(sessions.map((s) => ({ eventId, startsAt: s.startsAt, endsAt: s.endsAt })))
}

/** Deletes sessions with the reminders sent for them (none may have attendance marked). */
export async function deleteSessions(tx: Tx, sessionIds: string[]) {
  if (sessionIds.length === 0) return
  await tx.delete(groupBookingReminders).where(inArray(groupBookingReminders.sessionId, sessionIds))
  await tx.delete(groupEventSessions).where(inArray(groupEventSessions.id, sessionIds))
}

// ---- Interest in courses with no dates yet -------------------------------------------------------

/** Of `eventIds`, those the family has registered interest in. */
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

/** Registers a family's interest once: the new row's id, or undefined when it was there already. */
export async function insertInterest(
  tx: Tx,
  interest: { eventId: string; familyId: string; userId: string },
) {
  const [created] = await tx
    .insert(groupEventInterests)
    .values(interest)
    .onConflictDoNothing({
      target: [groupEventInterests.eventId, groupEventInterests.familyId],
    })
    .returning({ id: groupEventInterests.id })
  return created?.id
}

/** Marks the interest not yet told about the event as told: the families to tell. */
export async function markInterestNotified(tx: Tx, eventId: string, now: Date) {
  const told = await tx
    .update(groupEventInterests)
    .set({ notifiedAt: now, updatedAt: now })
    .where(and(eq(groupEventInterests.eventId, eventId), isNull(groupEventInterests.notifiedAt)))
    .returning({ familyId: groupEventInterests.familyId })
  return told.map((t) => t.familyId)
}
