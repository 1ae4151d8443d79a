import type {
  GroupEvent,
  GroupEventSummary,
  groupBookingResultSchema,
  groupEventsPageSchema,
  myGroupBookingItemSchema,
  myGroupBookingsSchema,
  plannedCourseSchema,
} from '@asp/bff/contract'
import type { z } from 'zod'

// Realistic, invented data for the groups and training pages' tests, with overrides. Times are
// UTC instants: 10:00Z in December is 10am in London, 09:00Z in June is 10am (summer time).

type GroupEventsPage = z.infer<typeof groupEventsPageSchema>
type PlannedCourse = z.infer<typeof plannedCourseSchema>
type MyGroupBookingItem = z.infer<typeof myGroupBookingItemSchema>
type MyGroupBookings = z.infer<typeof myGroupBookingsSchema>
type GroupBookingResult = z.infer<typeof groupBookingResultSchema>

export const eventId = '6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a6b'
export const courseId = '6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a70'
export const plannedCourseId = '6a1f3c2e-8b4d-4e5f-9a7b-1c2d3e4f5a71'
export const bookingId = '7b2e4d3f-9c5e-4f6a-8b8c-2d3e4f5a6b7c'
export const areaIds = {
  coventry: '8c3f5e4a-0d6f-4a7b-9c9d-3e4f5a6b7c8d',
  solihull: '8c3f5e4a-0d6f-4a7b-9c9d-3e4f5a6b7c8e',
} as const
export const householdIds = {
  sarah: '9d4a6f5b-1e7a-4b8c-8dad-4f5a6b7c8d9e',
  james: '9d4a6f5b-1e7a-4b8c-8dad-4f5a6b7c8d9f',
  mia: '9d4a6f5b-1e7a-4b8c-8dad-4f5a6b7c8da0',
  leo: '9d4a6f5b-1e7a-4b8c-8dad-4f5a6b7c8da1',
} as const

/** The n-th of a run of ids, for lists of events. */
export function nthId(n: number): string {
  return `6a1f3c2e-8b4d-4e5f-9a7b-${n.toString(16).padStart(12, '0')}`
}

export function buildGroupEventSummary(
  overrides: Partial<GroupEventSummary> = {},
): GroupEventSummary {
  return {
    id: eventId,
    kind: 'stay_and_play',
    title: 'Stay and play at Foleshill',
    audience: ['adopters', 'special_guardians', 'children'],
    minAge: 0,
    maxAge: 4,
    delivery: 'in_person',
    venueName: 'Foleshill Family Hub',
    localAuthorityName: 'Coventry City Council',
    status: 'published',
    startsAt: '2026-12-03T10:00:00.000Z',
    endsAt: '2026-12-03T12:00:00.000Z',
    sessionCount: 1,
    capacity: 12,
    placesLeft: 3,
    bookingOpen: true,
    myBookingStatus: null,
    ...overrides,
  }
}

export function buildPlannedCourse(overrides: Partial<PlannedCourse> = {}): PlannedCourse {
  return {
    id: plannedCourseId,
    kind: 'therapeutic_parenting_course',
    title: 'Non-violent resistance (NVR) course',
    description: 'Ten weekly sessions for parents of children who are violent or aggressive.',
    localAuthorityName: null,
    interestRegistered: false,
    ...overrides,
  }
}

export function buildGroupEventsPage(overrides: Partial<GroupEventsPage> = {}): GroupEventsPage {
  return {
    items: [
      buildGroupEventSummary(),
      buildGroupEventSummary({
        id: courseId,
        kind: 'therapeutic_parenting_course',
        title: 'Understanding trauma: a course for adoptive parents',
        audience: ['adopters', 'special_guardians'],
        minAge: null,
        maxAge: null,
        delivery: 'online',
        venueName: null,
        localAuthorityName: null,
        startsAt: '2027-01-14T19:00:00.000Z',
        endsAt: '2027-02-11T21:00:00.000Z',
        sessionCount: 5,
        capacity: 20,
        placesLeft: 0,
        myBookingStatus: 'waiting',
      }),
    ],
    page: 1,
    pageSize: 20,
    total: 2,
    plannedCourses: [buildPlannedCourse()],
    areas: [
      { id: areaIds.coventry, name: 'Coventry City Council' },
      { id: areaIds.solihull, name: 'Solihull Metropolitan Borough Council' },
    ],
    // The London months the events start in.
    months: ['2026-12', '2027-01'],
    ...overrides,
  }
}

export function buildGroupEvent(overrides: Partial<GroupEvent> = {}): GroupEvent {
  return {
    ...buildGroupEventSummary(),
    kind: 'childrens_activity',
    title: 'Creative play for 4 to 11s',
    audience: ['adopters', 'children'],
    minAge: 4,
    maxAge: 11,
    description:
      'Arts and crafts for children and their parents, with the adoption support team.\nSnacks are provided.',
    venueAddress: '160 Foleshill Road\nCoventry\nCV1 4JH',
    onlineLink: null,
    sessions: [
      {
        id: 'a0b1c2d3-0000-4000-8000-000000000001',
        startsAt: '2026-12-03T10:00:00.000Z',
        endsAt: '2026-12-03T12:00:00.000Z',
      },
    ],
    bookingOpensAt: null,
    bookingClosesAt: '2026-12-01T17:00:00.000Z',
    cancelReason: null,
    myBooking: null,
    household: [
      {
        kind: 'parent',
        id: householdIds.sarah,
        name: 'Sarah Philips',
        eligible: true,
        reason: null,
      },
      {
        kind: 'parent',
        id: householdIds.james,
        name: 'James Philips',
        eligible: true,
        reason: null,
      },
      { kind: 'child', id: householdIds.mia, name: 'Mia Philips', eligible: true, reason: null },
      {
        kind: 'child',
        id: householdIds.leo,
        name: 'Leo Philips',
        eligible: false,
        reason: 'Leo will be 3 on the day: this event is for children aged 4 to 11',
      },
    ],
    guestsAllowed: false,
    interestRegistered: false,
    ...overrides,
  }
}

export function buildBookingResult(
  overrides: Partial<GroupBookingResult> = {},
): GroupBookingResult {
  return {
    id: bookingId,
    eventId,
    status: 'booked',
    version: 1,
    waitingPosition: null,
    ...overrides,
  }
}

export function buildMyGroupBooking(
  overrides: Partial<MyGroupBookingItem> = {},
): MyGroupBookingItem {
  return {
    id: bookingId,
    eventId,
    title: 'Creative play for 4 to 11s',
    kind: 'childrens_activity',
    delivery: 'in_person',
    venueName: 'Foleshill Family Hub',
    startsAt: '2026-12-03T10:00:00.000Z',
    endsAt: '2026-12-03T12:00:00.000Z',
    status: 'booked',
    eventCancelled: false,
    version: 2,
    waitingPosition: null,
    cancellable: true,
    attendees: [
      { name: 'Sarah Philips', sessionsAttended: 0, sessionsMarked: 0 },
      { name: 'Mia Philips', sessionsAttended: 0, sessionsMarked: 0 },
    ],
    ...overrides,
  }
}

export function buildMyGroupBookings(overrides: Partial<MyGroupBookings> = {}): MyGroupBookings {
  return {
    upcoming: [buildMyGroupBooking()],
    past: [
      buildMyGroupBooking({
        id: '7b2e4d3f-9c5e-4f6a-8b8c-2d3e4f5a6b7d',
        eventId: courseId,
        title: 'Understanding trauma: a course for adoptive parents',
        kind: 'therapeutic_parenting_course',
        delivery: 'online',
        venueName: null,
        startsAt: '2026-09-10T18:00:00.000Z',
        endsAt: '2026-10-08T20:00:00.000Z',
        cancellable: false,
        attendees: [
          { name: 'Sarah Philips', sessionsAttended: 4, sessionsMarked: 5 },
          { name: 'James Philips', sessionsAttended: 5, sessionsMarked: 5 },
        ],
      }),
    ],
    ...overrides,
  }
}
