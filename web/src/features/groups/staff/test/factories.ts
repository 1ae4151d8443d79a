import type {
  GroupFigures,
  GroupRegister,
  ManagedGroupEvent,
  managedGroupEventsPageSchema,
} from '@asp/bff/contract'
import type { z } from 'zod'
import { localAuthorities } from '../../../../test/factories.ts'
import { londonDateOf } from '../components/session-times.ts'

/** Realistic, fictional group programme data for the web tests, with overrides. */

export const eventId = '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
export const otherEventId = '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4e'
export const sessionIds = [
  '8b2e3d4c-5f6a-4b7c-9d8e-0f1a2b3c4d51',
  '8b2e3d4c-5f6a-4b7c-9d8e-0f1a2b3c4d52',
] as const

/** The tests' "now": Saturday 3 October 2026, 9am in London, before the first session. */
export const now = new Date('2026-10-03T08:00:00.000Z')

export const areas = [
  { id: localAuthorities.coventry.id, name: localAuthorities.coventry.name },
  { id: localAuthorities.solihull.id, name: localAuthorities.solihull.name },
]

export function buildManagedGroupEvent(
  overrides: Partial<ManagedGroupEvent> = {},
): ManagedGroupEvent {
  return {
    id: eventId,
    kind: 'stay_and_play',
    title: 'Stay and play at Foleshill',
    description: 'Play, songs and a snack for under 5s and their parents.\n\nParking is free.',
    audience: ['adopters', 'children'],
    minAge: 0,
    maxAge: 4,
    delivery: 'in_person',
    venueName: 'Foleshill Community Centre',
    venueAddress: '1 Foleshill Road\nCoventry\nCV1 4AA',
    onlineLink: null,
    localAuthorityId: localAuthorities.coventry.id,
    localAuthorityName: localAuthorities.coventry.name,
    status: 'published',
    startsAt: '2026-10-03T09:00:00.000Z',
    endsAt: '2026-10-10T11:00:00.000Z',
    sessionCount: 2,
    capacity: 12,
    placesLeft: 4,
    bookingOpen: true,
    sessions: [
      {
        id: sessionIds[0],
        startsAt: '2026-10-03T09:00:00.000Z',
        endsAt: '2026-10-03T11:00:00.000Z',
      },
      {
        id: sessionIds[1],
        startsAt: '2026-10-10T09:00:00.000Z',
        endsAt: '2026-10-10T11:00:00.000Z',
      },
    ],
    bookingOpensAt: null,
    bookingClosesAt: '2026-10-02T16:00:00.000Z',
    cancelReason: null,
    placesBooked: 8,
    waitingCount: 2,
    interestCount: 0,
    version: 3,
    ...overrides,
  }
}

type EventsPage = z.input<typeof managedGroupEventsPageSchema>

/** A page of the staff's events; the months with events are those of `items` unless given. */
export function buildManagedEventsPage(
  items: EventsPage['items'] = [buildManagedGroupEvent()],
  {
    page = 1,
    pageSize = 20,
    total = items.length,
    months = [
      ...new Set(
        items.flatMap((item) => (item.startsAt ? [londonDateOf(item.startsAt).slice(0, 7)] : [])),
      ),
    ].sort(),
  } = {},
): EventsPage {
  return { items, page, pageSize, total, areas, months }
}

export const attendeeIds = {
  sarah: '9c3f4e5d-6a7b-4c8d-9e0f-1a2b3c4d5e61',
  mia: '9c3f4e5d-6a7b-4c8d-9e0f-1a2b3c4d5e62',
  oscar: '9c3f4e5d-6a7b-4c8d-9e0f-1a2b3c4d5e63',
  walkIn: '9c3f4e5d-6a7b-4c8d-9e0f-1a2b3c4d5e64',
}

export function buildGroupRegister(overrides: Partial<GroupRegister> = {}): GroupRegister {
  const event = buildManagedGroupEvent()
  return {
    event: {
      id: event.id,
      title: event.title,
      status: event.status,
      capacity: event.capacity,
      placesBooked: event.placesBooked,
      sessions: event.sessions,
    },
    booked: [
      {
        bookingId: 'a4d5e6f7-0a1b-4c2d-8e3f-4a5b6c7d8e01',
        kind: 'booking',
        familyReference: 'ACE-2024-0117',
        localAuthorityName: localAuthorities.coventry.name,
        bookedAt: '2026-09-14T10:00:00.000Z',
        attendees: [
          {
            id: attendeeIds.sarah,
            name: 'Sarah Philips',
            kind: 'parent',
            age: null,
            attendance: { [sessionIds[0]]: null, [sessionIds[1]]: null },
          },
          {
            id: attendeeIds.mia,
            name: 'Mia Philips',
            kind: 'child',
            age: 3,
            attendance: { [sessionIds[0]]: null, [sessionIds[1]]: null },
          },
        ],
      },
      {
        bookingId: 'a4d5e6f7-0a1b-4c2d-8e3f-4a5b6c7d8e02',
        kind: 'booking',
        familyReference: 'CSA-01006',
        localAuthorityName: localAuthorities.coventry.name,
        bookedAt: '2026-09-15T10:00:00.000Z',
        attendees: [
          {
            id: attendeeIds.oscar,
            name: 'Oscar Mistry',
            kind: 'parent',
            age: null,
            attendance: { [sessionIds[0]]: true, [sessionIds[1]]: null },
          },
        ],
      },
    ],
    waiting: [
      {
        bookingId: 'a4d5e6f7-0a1b-4c2d-8e3f-4a5b6c7d8e03',
        position: 1,
        familyReference: 'ACE-2025-0031',
        places: 2,
        attendeeNames: ['Priya Patel', 'Arjun Patel'],
        waitingSince: '2026-09-20T12:00:00.000Z',
      },
    ],
    ...overrides,
  }
}

export function buildGroupFigures(overrides: Partial<GroupFigures> = {}): GroupFigures {
  return {
    from: '2026-04-01',
    to: '2027-03-31',
    totals: {
      events: 14,
      placesOffered: 180,
      placesBooked: 151,
      attended: 132,
      noShows: 19,
      familiesReached: 58,
      childrenReached: 71,
    },
    // Each column adds up to its total.
    byLocalAuthority: [
      {
        kind: 'area',
        localAuthorityId: localAuthorities.coventry.id,
        name: localAuthorities.coventry.name,
        placesOffered: 120,
        placesBooked: 101,
        attended: 90,
        noShows: 11,
        familiesReached: 40,
        childrenReached: 49,
      },
      {
        kind: 'area',
        localAuthorityId: localAuthorities.solihull.id,
        name: localAuthorities.solihull.name,
        placesOffered: 40,
        placesBooked: 41,
        attended: 30,
        noShows: 6,
        familiesReached: 15,
        childrenReached: 18,
      },
      {
        kind: 'all_areas',
        localAuthorityId: null,
        name: 'Events for all areas',
        placesOffered: 20,
        placesBooked: 0,
        attended: 0,
        noShows: 0,
        familiesReached: 0,
        childrenReached: 0,
      },
      {
        kind: 'other_areas',
        localAuthorityId: null,
        name: 'Families from other areas',
        placesOffered: 0,
        placesBooked: 9,
        attended: 8,
        noShows: 2,
        familiesReached: 3,
        childrenReached: 4,
      },
      {
        kind: 'no_family',
        localAuthorityId: null,
        name: 'Walk-ins with no family recorded',
        placesOffered: 0,
        placesBooked: 0,
        attended: 4,
        noShows: 0,
        familiesReached: 0,
        childrenReached: 0,
      },
    ],
    events: [
      {
        id: eventId,
        title: 'Stay and play at Foleshill',
        kind: 'stay_and_play',
        startsAt: '2026-10-03T09:00:00.000Z',
        placesOffered: 12,
        placesBooked: 8,
        attended: 7,
        noShows: 1,
        familiesReached: 5,
        childrenReached: 6,
      },
    ],
    ...overrides,
  }
}
