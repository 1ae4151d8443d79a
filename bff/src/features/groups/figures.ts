import { TZDate } from '@date-fns/tz'
import {
  and,
  asc,
  eq,
  gte,
  groupAttendance,
  groupBookingAttendees,
  groupBookings,
  groupEvents,
  inArray,
  isNull,
  families,
  localAuthorities,
  lt,
  ne,
  or,
  sql,
  type Db,
  type SQL,
} from '@asp/db'
import { addDays } from 'date-fns'
import type { z } from 'zod'
import {
  groupFiguresRowNames,
  type GroupEventKind,
  type GroupFigures,
  type groupFiguresQuerySchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { AppError } from '../../platform/errors.ts'
import { staffGroupEventScope } from './groups.repository.ts'

type Reader = Pick<Db, 'select'>
type FiguresQuery = z.output<typeof groupFiguresQuerySchema>

/**
 * Groups and participation figures for a period (DOMAIN.md §9), worked out from the records:
 * - the events that start in the period (London dates, both inclusive) and are not cancelled,
 *   among those this member of staff runs (administrators: the agency's whole programme);
 * - placesOffered: their capacity; placesBooked: people on booked bookings (walk-ins take no place);
 * - attended: people marked present at one session or more, walk-ins included;
 * - noShows: people on booked bookings of events now over, never marked present;
 * - familiesReached, childrenReached: distinct families and children with someone present.
 * By local authority, every total is the sum of its rows: places offered count under the area the
 * event is for, with events for every area on a row of their own; everything else counts under
 * the family's local authority (DOMAIN.md §9), with families from an area not shown, and walk-ins
 * with no family, on rows of their own. A family and its children live in one area, so each is
 * reached in one row only. With `localAuthorityId`, the events are that area's and those for every
 * area, as in the events list, and the areas shown are that one alone.
 */
export async function findGroupFigures(
  db: Reader,
  actor: Actor,
  query: FiguresQuery,
  now: Date,
): Promise<GroupFigures> {
  if (query.to < query.from) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: { to: 'The end date must be the same as or after the start date' },
    })
  }
  const areas = await findAreas(db, actor, query.localAuthorityId)
  if (query.localAuthorityId && areas.length === 0) {
    throw new AppError('VALIDATION_FAILED', { fieldErrors: { localAuthorityId: 'Select an area' } })
  }

  const inPeriod: SQL[] = [
    staffGroupEventScope(actor),
    ne(groupEvents.status, 'cancelled'),
    gte(groupEvents.startsAt, londonMidnight(query.from)),
    lt(groupEvents.startsAt, londonMidnight(query.to, 1)),
  ]
  if (query.localAuthorityId) {
    inPeriod.push(
      or(
        isNull(groupEvents.localAuthorityId),
        eq(groupEvents.localAuthorityId, query.localAuthorityId),
      ) as SQL,
    )
  }
  const where = and(...inPeriod)

  const events = await db
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
    .where(where)
    .orderBy(asc(groupEvents.startsAt), asc(groupEvents.title))

  // One row per person on a booking of those events that is booked, or was marked present
  // (someone who came to the first sessions of a course and then cancelled still took part).
  const present = sql<boolean>`exists (select 1 from ${groupAttendance} where ${groupAttendance.attendeeId} = ${groupBookingAttendees.id} and ${groupAttendance.present})`
  const people = await db
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
        where,
        or(eq(groupBookings.status, 'booked'), and(ne(groupBookings.status, 'waiting'), present)),
      ),
    )

  const totals = tally()
  const byArea = new Map(areas.map((area) => [area.id, tally()]))
  const allAreas = tally()
  const otherAreas = tally()
  const noFamily = tally()
  /** The row of an area: its own when shown, else the other areas'. */
  const rowOf = (localAuthorityId: string) => byArea.get(localAuthorityId) ?? otherAreas
  const byEvent = new Map(events.map((event) => [event.id, tally()]))
  const eventById = new Map(events.map((event) => [event.id, event]))
  for (const event of events) {
    const row = event.localAuthorityId === null ? allAreas : rowOf(event.localAuthorityId)
    for (const t of [totals, byEvent.get(event.id)!, row]) t.placesOffered += event.capacity
  }
  for (const person of people) {
    const event = eventById.get(person.eventId)!
    const row =
      person.familyLocalAuthorityId === null ? noFamily : rowOf(person.familyLocalAuthorityId)
    const booked = person.bookingStatus === 'booked' && person.bookingKind === 'booking'
    const over = event.endsAt !== null && event.endsAt.getTime() <= now.getTime()
    for (const t of [totals, byEvent.get(person.eventId)!, row]) {
      if (booked) t.placesBooked += 1
      if (person.present) {
        t.attended += 1
        if (person.familyId) t.families.add(person.familyId)
        if (person.childId) t.children.add(person.childId)
      } else if (booked && over) {
        t.noShows += 1
      }
    }
  }

  return {
    from: query.from,
    to: query.to,
    totals: { events: events.length, ...figuresOf(totals) },
    byLocalAuthority: [
      ...areas.map((area) => ({
        kind: 'area' as const,
        localAuthorityId: area.id,
        name: area.name,
        ...figuresOf(byArea.get(area.id)!),
      })),
      ...(
        [
          ['all_areas', allAreas],
          ['other_areas', otherAreas],
          ['no_family', noFamily],
        ] as const
      )
        .map(([kind, t]) => ({
          kind,
          localAuthorityId: null,
          name: groupFiguresRowNames[kind],
          ...figuresOf(t),
        }))
        .filter((row) => figureKeys.some((key) => row[key] > 0)),
    ],
    events: events.map((event) => ({
      id: event.id,
      title: event.title,
      kind: event.kind as GroupEventKind,
      startsAt: event.startsAt?.toISOString() ?? null,
      ...figuresOf(byEvent.get(event.id)!),
    })),
  }
}

/** The areas to break the figures down by: the organisation's, for staff only their own. */
async function findAreas(db: Reader, actor: Actor, localAuthorityId: string | undefined) {
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

/** Midnight in London at the start of a 'yyyy-MM-dd' date. */
function londonMidnight(date: string, plusDays = 0): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(addDays(new TZDate(year, month - 1, day, 'Europe/London'), plusDays).getTime())
}

function tally() {
  return {
    placesOffered: 0,
    placesBooked: 0,
    attended: 0,
    noShows: 0,
    families: new Set<string>(),
    children: new Set<string>(),
  }
}

const figureKeys = [
  'placesOffered',
  'placesBooked',
  'attended',
  'noShows',
  'familiesReached',
  'childrenReached',
] as const

function figuresOf(t: ReturnType<typeof tally>) {
  return {
    placesOffered: t.placesOffered,
    placesBooked: t.placesBooked,
    attended: t.attended,
    noShows: t.noShows,
    familiesReached: t.families.size,
    childrenReached: t.children.size,
  }
}
