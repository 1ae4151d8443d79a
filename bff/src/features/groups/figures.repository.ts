import {
  and,
  asc,
  eq,
  families,
  groupAttendance,
  groupBookingAttendees,
  groupBookings,
  groupEvents,
  gte,
  inArray,
  localAuthorities,
  lt,
  ne,
  or,
  sql,
  type Reader,
  type SQL,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { londonMidnight } from './dates.ts'
import { forArea, staffGroupEventScope } from './groups.repository.ts'

/** The events the figures count: London dates, both inclusive; with an area, its and every area's. */
export interface FiguresPeriod {
  from: string
  to: string
  localAuthorityId?: string | undefined
}

/** The areas to break the figures down by: the organisation's, for staff only their own. */
export async function findFigureAreas(
  db: Reader,
  actor: Actor,
  localAuthorityId: string | undefined,
) {
  const conditions: SQL[] = [eq(localAuthorities.organisationId, actor.organisationId)]
  if (actor.role !== 'administrator') {
    conditions.push(inArray(localAuthorities.id, actor.localAuthorityIds))
  }
  if (localAuthorityId) conditions.push(eq(localAuthorities.id, localAuthorityId))
  return db
    .select({ id: localAuthorities.id, name: localAuthorities.name })
    .from(localAuthorities)
    .where(and(...conditions))
    .orderBy(asc(localAuthorities.name))
}

/** The events this member of staff runs that start in the period and are not cancelled. */
function inPeriod(actor: Actor, period: FiguresPeriod) {
  const conditions: SQL[] = [
    staffGroupEventScope(actor),
    ne(groupEvents.status, 'cancelled'),
    gte(groupEvents.startsAt, londonMidnight(period.from)),
    lt(groupEvents.startsAt, londonMidnight(period.to, 1)),
  ]
  if (period.localAuthorityId) conditions.push(forArea(period.localAuthorityId))
  return and(...conditions)
}

/** The events counted, by date then title. */
export async function findFigureEvents(db: Reader, actor: Actor, period: FiguresPeriod) {
  return db
    .select({
      id: groupEvents.id,
      title: groupEvents.title,
      kind: groupEvents.kind,
      startsAt: groupEvents.startsAt,
      endsAt: groupEvents.endsAt,
      capacity: groupEvents.capacity,
      localAuthorityId: groupEvents.localAuthorityId,
    })
    .from(groupEvents)
    .where(inPeriod(actor, period))
    .orderBy(asc(groupEvents.startsAt), asc(groupEvents.title))
}

/**
 * One row per person on a booking of the events counted that is booked, or was marked present
 * (someone who came to the first sessions of a course and then cancelled still took part).
 */
export async function findFigurePeople(db: Reader, actor: Actor, period: FiguresPeriod) {
  const present = sql<boolean>`exists (select 1 from ${groupAttendance} where ${groupAttendance.attendeeId} = ${groupBookingAttendees.id} and ${groupAttendance.present})`
  return db
    .select({
      eventId: groupBookings.eventId,
      bookingKind: groupBookings.kind,
      bookingStatus: groupBookings.status,
      familyId: groupBookings.familyId,
      familyLocalAuthorityId: families.localAuthorityId,
      childId: groupBookingAttendees.childId,
      present,
    })
    .from(groupBookingAttendees)
    .innerJoin(groupBookings, eq(groupBookings.id, groupBookingAttendees.bookingId))
    .innerJoin(groupEvents, eq(groupEvents.id, groupBookings.eventId))
    .leftJoin(families, eq(families.id, groupBookings.familyId))
    .where(
      and(
        inPeriod(actor, period),
        or(eq(groupBookings.status, 'booked'), and(ne(groupBookings.status, 'waiting'), present)),
      ),
    )
}
