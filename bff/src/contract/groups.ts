import { z } from 'zod'
import { idempotencyKey, optionalText, text, version } from './fields.ts'
import { defineEndpoint } from './endpoint.ts'

// ---- Words the service uses ------------------------------------------------------------------

/** The kinds of group and training the agency runs (DOMAIN.md §6). */
export const groupEventKinds = [
  'stay_and_play',
  'young_peoples_group',
  'childrens_activity',
  'parents_wellbeing',
  'adopter_forum',
  'family_and_friends_training',
  'therapeutic_parenting_course',
  'fun_day',
] as const
export const groupEventKindSchema = z.enum(groupEventKinds)
export type GroupEventKind = z.infer<typeof groupEventKindSchema>
export const groupEventKindNames: Record<GroupEventKind, string> = {
  stay_and_play: 'Stay and play (under 5s)',
  young_peoples_group: 'Young people’s group',
  childrens_activity: 'Children’s activity',
  parents_wellbeing: 'Parents’ wellbeing group',
  adopter_forum: 'Adopters’ forum',
  family_and_friends_training: 'Family and friends training',
  therapeutic_parenting_course: 'Therapeutic parenting course',
  fun_day: 'Fun day',
}

export const groupAudiences = [
  'adopters',
  'special_guardians',
  'family_and_friends',
  'children',
] as const
export const groupAudienceSchema = z.enum(groupAudiences)
export type GroupAudience = z.infer<typeof groupAudienceSchema>
export const groupAudienceNames: Record<GroupAudience, string> = {
  adopters: 'Adoptive parents',
  special_guardians: 'Special guardians',
  family_and_friends: 'Family and friends',
  children: 'Children and young people',
}

export const groupDeliveries = ['in_person', 'online'] as const
export const groupDeliverySchema = z.enum(groupDeliveries)
export const groupDeliveryNames: Record<(typeof groupDeliveries)[number], string> = {
  in_person: 'In person',
  online: 'Online',
}

/** `planned`: no dates yet, families may register interest. */
export const groupEventStatuses = ['planned', 'published', 'cancelled'] as const
export const groupEventStatusSchema = z.enum(groupEventStatuses)

export const groupBookingStatuses = ['booked', 'waiting', 'cancelled'] as const
export const groupBookingStatusSchema = z.enum(groupBookingStatuses)
export const groupBookingStatusNames: Record<(typeof groupBookingStatuses)[number], string> = {
  booked: 'Booked',
  waiting: 'On the waiting list',
  cancelled: 'Cancelled',
}

/** Most people a booking or an event may hold: a sanity bound, not a policy. */
export const maxGroupCapacity = 1000
export const maxSessionsPerEvent = 30

// ---- Inputs ------------------------------------------------------------------------------------

/** An instant from a form: the SPA turns a London date and time into ISO 8601 with an offset. */
const instant = (required: string) => z.iso.datetime({ offset: true, error: required })

export const groupEventParamsSchema = z.object({ eventId: z.uuid({ error: 'Page not found' }) })
export const groupBookingParamsSchema = z.object({
  bookingId: z.uuid({ error: 'Page not found' }),
})

/** `yyyy-mm`, a London calendar month. */
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/
const month = z.string().regex(monthPattern, 'Select a month').optional()

export const groupEventsQuerySchema = z.object({
  kind: groupEventKindSchema.optional(),
  /** An area, or every area when absent. Events for every area are always included. */
  localAuthorityId: z.uuid({ error: 'Select an area' }).optional(),
  month,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

export const managedGroupEventsQuerySchema = groupEventsQuerySchema.extend({
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  status: groupEventStatusSchema.optional(),
})

export const groupSessionInputSchema = z.strictObject({
  startsAt: instant('Enter the date and start time of the session'),
  endsAt: instant('Enter the end time of the session'),
})

/**
 * An event as staff create or edit it. Rules that need the clock or the bookings (a date in the
 * past, capacity below the places already booked) are checked by the service and answer 400 too.
 */
export const groupEventInputSchema = z
  .strictObject({
    kind: z.enum(groupEventKinds, { error: 'Select the kind of event' }),
    title: text('Enter a title', 120, 'Title'),
    description: text('Enter a description', 5000, 'Description'),
    audience: z
      .array(groupAudienceSchema, { error: 'Select who it is for' })
      .min(1, 'Select who it is for')
      .max(groupAudiences.length),
    minAge: z.number({ error: 'Enter the youngest age' }).int().min(0).max(25).optional(),
    maxAge: z.number({ error: 'Enter the oldest age' }).int().min(0).max(25).optional(),
    delivery: z.enum(groupDeliveries, { error: 'Select in person or online' }),
    venueName: optionalText(200, 'Venue'),
    venueAddress: optionalText(500, 'Venue address'),
    onlineLink: z
      .url({ protocol: /^https$/, error: 'Enter a link that starts with https://' })
      .max(500)
      .optional(),
    capacity: z
      .number({ error: 'Enter the number of places' })
      .int('Enter the number of places as a whole number')
      .min(1, 'The number of places must be 1 or more')
      .max(maxGroupCapacity, `The number of places must be ${maxGroupCapacity} or fewer`),
    /** The area it is for; null for every area. */
    localAuthorityId: z.uuid({ error: 'Select an area' }).nullable(),
    bookingOpensAt: instant('Enter when booking opens').optional(),
    bookingClosesAt: instant('Enter when booking closes').optional(),
    /** `planned` has no dates yet; `published` has at least one session. */
    status: z.enum(['planned', 'published'], { error: 'Select whether to publish the dates' }),
    sessions: z.array(groupSessionInputSchema).max(maxSessionsPerEvent).default([]),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'published' && value.sessions.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sessions'], message: 'Add at least one session' })
    }
    value.sessions.forEach((session, index) => {
      if (Date.parse(session.endsAt) <= Date.parse(session.startsAt)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', index, 'endsAt'],
          message: 'The end time must be after the start time',
        })
      }
    })
    if (value.delivery === 'in_person' && !value.venueName) {
      ctx.addIssue({ code: 'custom', path: ['venueName'], message: 'Enter the venue' })
    }
    if (value.delivery === 'online' && !value.onlineLink) {
      ctx.addIssue({
        code: 'custom',
        path: ['onlineLink'],
        message: 'Enter the link to join online',
      })
    }
    if (value.audience.includes('children')) {
      if (value.minAge === undefined) {
        ctx.addIssue({ code: 'custom', path: ['minAge'], message: 'Enter the youngest age' })
      }
      if (value.maxAge === undefined) {
        ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'Enter the oldest age' })
      }
    }
    if (value.minAge !== undefined && value.maxAge !== undefined && value.minAge > value.maxAge) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxAge'],
        message: 'The oldest age must be the same as or more than the youngest age',
      })
    }
    if (
      value.bookingOpensAt &&
      value.bookingClosesAt &&
      Date.parse(value.bookingClosesAt) <= Date.parse(value.bookingOpensAt)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['bookingClosesAt'],
        message: 'Booking must close after it opens',
      })
    }
  })
export type GroupEventInput = z.infer<typeof groupEventInputSchema>

export const updateGroupEventSchema = z.strictObject({
  version,
  event: groupEventInputSchema,
})

export const cancelGroupEventSchema = z.strictObject({
  version,
  reason: text('Enter why the event is cancelled', 1000, 'Reason'),
})

/** One person on a booking: a parent or child of the family, or a guest by name. */
export const groupAttendeeInputSchema = z.union([
  z.strictObject({ familyParentId: z.uuid() }),
  z.strictObject({ childId: z.uuid() }),
  z.strictObject({ guestName: text('Enter the guest’s full name', 100, 'Guest’s name') }),
])

export const bookGroupEventSchema = z.strictObject({
  idempotencyKey,
  attendees: z
    .array(groupAttendeeInputSchema, { error: 'Select who is coming' })
    .min(1, 'Select who is coming')
    .max(12, 'You can book up to 12 places at once'),
})

export const cancelGroupBookingSchema = z.strictObject({ version })

export const markAttendanceSchema = z.strictObject({
  sessionId: z.uuid({ error: 'Select the session' }),
  marks: z
    .array(z.strictObject({ attendeeId: z.uuid(), present: z.boolean() }))
    .min(1, 'Mark at least one person')
    .max(maxGroupCapacity * 2),
})

export const addWalkInSchema = z.strictObject({
  sessionId: z.uuid({ error: 'Select the session' }),
  name: text('Enter the person’s full name', 100, 'Full name'),
  /** A family known to the service, when the walk-in is one of theirs. */
  familyId: z.uuid({ error: 'Select the family' }).optional(),
  isChild: z.boolean().default(false),
})

export const groupFiguresQuerySchema = z.object({
  from: z.iso.date({ error: 'Enter a start date' }),
  to: z.iso.date({ error: 'Enter an end date' }),
  localAuthorityId: z.uuid({ error: 'Select an area' }).optional(),
})

// ---- Outputs ---------------------------------------------------------------------------------

export const groupSessionSchema = z.object({
  id: z.uuid(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
})

const eventCore = {
  id: z.uuid(),
  kind: groupEventKindSchema,
  title: z.string(),
  audience: z.array(groupAudienceSchema),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  delivery: groupDeliverySchema,
  venueName: z.string().nullable(),
  /** Null when it is for every area. */
  localAuthorityName: z.string().nullable(),
  status: groupEventStatusSchema,
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  sessionCount: z.number().int(),
  capacity: z.number().int(),
  placesLeft: z.number().int(),
  /** Whether booking (or joining the waiting list) is open now. */
  bookingOpen: z.boolean(),
}

export const groupAreaSchema = z.object({ id: z.uuid(), name: z.string() })

export const groupEventSummarySchema = z.object({
  ...eventCore,
  /** The caller's own booking, if any. */
  myBookingStatus: groupBookingStatusSchema.nullable(),
})
export type GroupEventSummary = z.infer<typeof groupEventSummarySchema>

export const plannedCourseSchema = z.object({
  id: z.uuid(),
  kind: groupEventKindSchema,
  title: z.string(),
  description: z.string(),
  localAuthorityName: z.string().nullable(),
  interestRegistered: z.boolean(),
})

export const groupEventsPageSchema = z.object({
  items: z.array(groupEventSummarySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  /** Courses with no dates yet, to register interest in. */
  plannedCourses: z.array(plannedCourseSchema),
  /** The agency's areas, for the filter. */
  areas: z.array(groupAreaSchema),
  /**
   * The London months (`yyyy-mm`, earliest first) in which an upcoming published event starts,
   * whatever the other filters: the month filter offers only these.
   */
  months: z.array(z.string().regex(monthPattern)),
})

export const householdMemberSchema = z.object({
  kind: z.enum(['parent', 'child']),
  id: z.uuid(),
  name: z.string(),
  /** Whether this event is for them; when not, `reason` says why in plain words. */
  eligible: z.boolean(),
  reason: z.string().nullable(),
})

export const myGroupBookingSchema = z.object({
  id: z.uuid(),
  status: groupBookingStatusSchema,
  version: z.number().int(),
  places: z.number().int(),
  /** Place on the waiting list, 1 for next, while waiting. */
  waitingPosition: z.number().int().nullable(),
  attendees: z.array(z.object({ name: z.string() })),
})

export const groupEventSchema = z.object({
  ...eventCore,
  description: z.string(),
  venueAddress: z.string().nullable(),
  /** Only for someone with a booked place. */
  onlineLink: z.string().nullable(),
  sessions: z.array(groupSessionSchema),
  bookingOpensAt: z.iso.datetime().nullable(),
  bookingClosesAt: z.iso.datetime().nullable(),
  cancelReason: z.string().nullable(),
  myBooking: myGroupBookingSchema.nullable(),
  household: z.array(householdMemberSchema),
  /** Family and friends training: named guests may be booked. */
  guestsAllowed: z.boolean(),
  interestRegistered: z.boolean(),
})
export type GroupEvent = z.infer<typeof groupEventSchema>

export const groupBookingResultSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  status: z.enum(['booked', 'waiting']),
  version: z.number().int(),
  waitingPosition: z.number().int().nullable(),
})

export const interestRegisteredSchema = z.object({ eventId: z.uuid(), registered: z.literal(true) })

export const myGroupBookingItemSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  title: z.string(),
  kind: groupEventKindSchema,
  delivery: groupDeliverySchema,
  venueName: z.string().nullable(),
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  status: groupBookingStatusSchema,
  eventCancelled: z.boolean(),
  version: z.number().int(),
  waitingPosition: z.number().int().nullable(),
  /** Whether they may still cancel: until the event starts. */
  cancellable: z.boolean(),
  attendees: z.array(
    z.object({
      name: z.string(),
      /** Sessions they were marked present at, of those marked. */
      sessionsAttended: z.number().int(),
      sessionsMarked: z.number().int(),
    }),
  ),
})
export const myGroupBookingsSchema = z.object({
  upcoming: z.array(myGroupBookingItemSchema),
  past: z.array(myGroupBookingItemSchema),
})

export const managedGroupEventSummarySchema = z.object({
  ...eventCore,
  placesBooked: z.number().int(),
  waitingCount: z.number().int(),
  interestCount: z.number().int(),
})
export const managedGroupEventsPageSchema = z.object({
  items: z.array(managedGroupEventSummarySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  /** The areas this member of staff may run events for, for the filter and the form. */
  areas: z.array(groupAreaSchema),
  /**
   * The London months (`yyyy-mm`, earliest first) in which one of their events starts, past or
   * to come, whatever the other filters: the month filter offers only these.
   */
  months: z.array(z.string().regex(monthPattern)),
})

export const managedGroupEventSchema = z.object({
  ...eventCore,
  description: z.string(),
  localAuthorityId: z.uuid().nullable(),
  venueAddress: z.string().nullable(),
  onlineLink: z.string().nullable(),
  sessions: z.array(groupSessionSchema),
  bookingOpensAt: z.iso.datetime().nullable(),
  bookingClosesAt: z.iso.datetime().nullable(),
  cancelReason: z.string().nullable(),
  placesBooked: z.number().int(),
  waitingCount: z.number().int(),
  interestCount: z.number().int(),
  version: z.number().int(),
})
export type ManagedGroupEvent = z.infer<typeof managedGroupEventSchema>

export const registerAttendeeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['parent', 'child', 'guest', 'walk_in']),
  /** A child's age in years on the first session's date. */
  age: z.number().int().nullable(),
  /** By session id: true present, false absent, null not marked yet. */
  attendance: z.record(z.string(), z.boolean().nullable()),
})
export const registerBookingSchema = z.object({
  bookingId: z.uuid(),
  kind: z.enum(['booking', 'walk_in']),
  familyReference: z.string().nullable(),
  localAuthorityName: z.string().nullable(),
  bookedAt: z.iso.datetime().nullable(),
  attendees: z.array(registerAttendeeSchema),
})
export const registerWaitingSchema = z.object({
  bookingId: z.uuid(),
  position: z.number().int(),
  familyReference: z.string().nullable(),
  places: z.number().int(),
  attendeeNames: z.array(z.string()),
  waitingSince: z.iso.datetime().nullable(),
})
export const groupRegisterSchema = z.object({
  event: z.object({
    id: z.uuid(),
    title: z.string(),
    status: groupEventStatusSchema,
    capacity: z.number().int(),
    placesBooked: z.number().int(),
    sessions: z.array(groupSessionSchema),
  }),
  booked: z.array(registerBookingSchema),
  waiting: z.array(registerWaitingSchema),
})
export type GroupRegister = z.infer<typeof groupRegisterSchema>

export const attendanceMarkedSchema = z.object({ marked: z.number().int() })
export const walkInAddedSchema = z.object({ bookingId: z.uuid(), attendeeId: z.uuid() })

const figures = {
  placesOffered: z.number().int(),
  placesBooked: z.number().int(),
  attended: z.number().int(),
  noShows: z.number().int(),
  familiesReached: z.number().int(),
  childrenReached: z.number().int(),
}

/**
 * The rows of the figures by local authority, so that every total is the sum of its rows: places
 * offered count under the area the event is for (`all_areas`: events for every area); everything
 * else under the family's local authority (`other_areas`: families from an area not shown;
 * `no_family`: walk-ins with no family recorded).
 */
export const groupFiguresRowKinds = ['area', 'all_areas', 'other_areas', 'no_family'] as const
export const groupFiguresRowNames: Record<
  Exclude<(typeof groupFiguresRowKinds)[number], 'area'>,
  string
> = {
  all_areas: 'Events for all areas',
  other_areas: 'Families from other areas',
  no_family: 'Walk-ins with no family recorded',
}

export const groupFiguresSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  totals: z.object({ events: z.number().int(), ...figures }),
  /** One row for each area shown, then the other rows that have anything in them. */
  byLocalAuthority: z.array(
    z.object({
      kind: z.enum(groupFiguresRowKinds),
      /** The local authority of an `area` row; null for the others. */
      localAuthorityId: z.uuid().nullable(),
      name: z.string(),
      ...figures,
    }),
  ),
  events: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      kind: groupEventKindSchema,
      startsAt: z.iso.datetime().nullable(),
      ...figures,
    }),
  ),
})
export type GroupFigures = z.infer<typeof groupFiguresSchema>

/** The endpoints of groups. */
export const groupEndpoints = {
  findGroupEvents: defineEndpoint({
    method: 'get',
    path: '/api/group-events',
    summary: 'Upcoming groups and training, with places left, and courses with no dates yet',
    tag: 'groups',
    query: groupEventsQuerySchema,
    response: groupEventsPageSchema,
  }),
  getGroupEvent: defineEndpoint({
    method: 'get',
    path: '/api/group-events/:eventId',
    summary: 'One event: its sessions, places left, the caller’s booking and who may come',
    tag: 'groups',
    params: groupEventParamsSchema,
    response: groupEventSchema,
  }),
  bookGroupEvent: defineEndpoint({
    method: 'post',
    path: '/api/group-events/:eventId/bookings',
    summary: 'Book places, or join the waiting list when full (the same key books once)',
    tag: 'groups',
    params: groupEventParamsSchema,
    body: bookGroupEventSchema,
    response: groupBookingResultSchema,
    successStatus: 201,
  }),
  registerGroupInterest: defineEndpoint({
    method: 'post',
    path: '/api/group-events/:eventId/interest',
    summary: 'Register interest in a course with no dates yet',
    tag: 'groups',
    params: groupEventParamsSchema,
    response: interestRegisteredSchema,
  }),
  findMyGroupBookings: defineEndpoint({
    method: 'get',
    path: '/api/my/group-bookings',
    summary: 'The family’s bookings, upcoming and past, with what they attended',
    tag: 'groups',
    response: myGroupBookingsSchema,
  }),
  cancelMyGroupBooking: defineEndpoint({
    method: 'post',
    path: '/api/my/group-bookings/:bookingId/cancel',
    summary: 'Cancel a booking or leave the waiting list; the next on the list gets the place',
    tag: 'groups',
    params: groupBookingParamsSchema,
    body: cancelGroupBookingSchema,
    response: myGroupBookingsSchema,
  }),
  getMyGroupBookingCalendar: defineEndpoint({
    method: 'get',
    path: '/api/my/group-bookings/:bookingId/calendar',
    summary: 'An iCalendar file of a booked event’s sessions',
    tag: 'groups',
    params: groupBookingParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  findManagedGroupEvents: defineEndpoint({
    method: 'get',
    path: '/api/group-programme/events',
    summary: 'The agency’s events for staff, with places booked, waiting and interest',
    tag: 'groups',
    query: managedGroupEventsQuerySchema,
    response: managedGroupEventsPageSchema,
  }),
  createGroupEvent: defineEndpoint({
    method: 'post',
    path: '/api/group-programme/events',
    summary: 'Create an event, planned (no dates) or published with its sessions',
    tag: 'groups',
    body: groupEventInputSchema,
    response: managedGroupEventSchema,
    successStatus: 201,
  }),
  getManagedGroupEvent: defineEndpoint({
    method: 'get',
    path: '/api/group-programme/events/:eventId',
    summary: 'One event as staff see it, with its online link',
    tag: 'groups',
    params: groupEventParamsSchema,
    response: managedGroupEventSchema,
  }),
  updateGroupEvent: defineEndpoint({
    method: 'put',
    path: '/api/group-programme/events/:eventId',
    summary: 'Edit an event and its sessions; publishing dates tells those who registered interest',
    tag: 'groups',
    params: groupEventParamsSchema,
    body: updateGroupEventSchema,
    response: managedGroupEventSchema,
  }),
  cancelGroupEvent: defineEndpoint({
    method: 'post',
    path: '/api/group-programme/events/:eventId/cancel',
    summary: 'Cancel an event; everyone booked or waiting is told',
    tag: 'groups',
    params: groupEventParamsSchema,
    body: cancelGroupEventSchema,
    response: managedGroupEventSchema,
  }),
  getGroupRegister: defineEndpoint({
    method: 'get',
    path: '/api/group-programme/events/:eventId/register',
    summary: 'The register: who is booked and waiting, and attendance by session',
    tag: 'groups',
    params: groupEventParamsSchema,
    response: groupRegisterSchema,
  }),
  downloadGroupRegister: defineEndpoint({
    method: 'get',
    path: '/api/group-programme/events/:eventId/register.csv',
    summary: 'The register as a CSV file',
    tag: 'groups',
    params: groupEventParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  markGroupAttendance: defineEndpoint({
    method: 'post',
    path: '/api/group-programme/events/:eventId/attendance',
    summary: 'Mark who came to a session',
    tag: 'groups',
    params: groupEventParamsSchema,
    body: markAttendanceSchema,
    response: attendanceMarkedSchema,
  }),
  addGroupWalkIn: defineEndpoint({
    method: 'post',
    path: '/api/group-programme/events/:eventId/walk-ins',
    summary: 'Add someone who came without booking to a session’s register',
    tag: 'groups',
    params: groupEventParamsSchema,
    body: addWalkInSchema,
    response: walkInAddedSchema,
    successStatus: 201,
  }),
  getGroupFigures: defineEndpoint({
    method: 'get',
    path: '/api/group-programme/figures',
    summary: 'Places offered, booked, attended, no-shows and families reached, by area',
    tag: 'groups',
    query: groupFiguresQuerySchema,
    response: groupFiguresSchema,
  }),
} as const
