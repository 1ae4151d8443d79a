import type { Db, Reader } from '@asp/db'
import type { z } from 'zod'
import {
  groupFiguresRowNames,
  type GroupEventKind,
  type GroupFigures,
  type groupFiguresQuerySchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { findFigureAreas, findFigureEvents, findFigurePeople } from './figures.repository.ts'

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
  const areas = await findFigureAreas(db, actor, query.localAuthorityId)
  if (query.localAuthorityId && areas.length === 0) {
    throw new AppError('VALIDATION_FAILED', { fieldErrors: { localAuthorityId: 'Select an area' } })
  }

  const events = await findFigureEvents(db, actor, query)
  const people = await findFigurePeople(db, actor, query)

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

/** The figures for those who report them; each reading is audited, with the period asked for. */
export function groupFiguresService(db: Db, clock: Clock) {
  return {
    async getFigures(actor: Actor, query: FiguresQuery): Promise<GroupFigures> {
      const figures = await findGroupFigures(db, actor, query, clock())
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'group-figures',
        localAuthorityId: query.localAuthorityId ?? null,
        details: { from: query.from, to: query.to, events: figures.totals.events },
      })
      return figures
    },
  }
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
