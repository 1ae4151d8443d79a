import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, instant, timestamps, version } from './_columns.ts'
import { children, familyParents, families, users } from './accounts.ts'
import { localAuthorities, organisations } from './organisations.ts'

/**
 * A support group, a training course or another event the agency runs. A course may run over
 * several sessions. `planned` events have no dates yet: families may register interest in them and
 * are told when dates are published.
 */
export const groupEvents = pgTable(
  'group_events',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The area it is for; null means every area the agency serves. */
    localAuthorityId: uuid('local_authority_id').references(() => localAuthorities.id),
    /** stay_and_play, young_peoples_group, parents_wellbeing, family_and_friends_training, … */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** Who it is for: adopters, special_guardians, family_and_friends, children. */
    audience: text('audience').array().notNull(),
    /** For events children attend: their age range, in whole years, on the first session's date. */
    minAge: integer('min_age'),
    maxAge: integer('max_age'),
    /** `in_person` or `online`. */
    delivery: text('delivery').notNull(),
    venueName: text('venue_name'),
    venueAddress: text('venue_address'),
    /** Shown only to people with a booked place. */
    onlineLink: text('online_link'),
    /** Places, counted in people, not bookings. */
    capacity: integer('capacity').notNull(),
    /** People in `booked` bookings: kept in the same transaction as every booking change. */
    placesBooked: integer('places_booked').notNull().default(0),
    bookingOpensAt: instant('booking_opens_at'),
    /** When booking closes; null means at the start of the first session. */
    bookingClosesAt: instant('booking_closes_at'),
    /** `planned` (no dates yet), `published` or `cancelled`. */
    status: text('status').notNull().default('published'),
    /** The first session's start and the last session's end, kept with the sessions. */
    startsAt: instant('starts_at'),
    endsAt: instant('ends_at'),
    publishedAt: instant('published_at'),
    cancelledAt: instant('cancelled_at'),
    cancelReason: text('cancel_reason'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    ...timestamps,
    version: version(),
  },
  (table) => [
    // The events list: what is coming up, soonest first.
    index('group_events_upcoming_idx').on(table.organisationId, table.startsAt),
    index('group_events_local_authority_idx').on(table.localAuthorityId, table.startsAt),
    // No overbooking, whatever the code does: the database refuses it too. Walk-ins are not counted.
    check(
      'group_events_places_check',
      sql`${table.placesBooked} >= 0 and ${table.placesBooked} <= ${table.capacity}`,
    ),
  ],
)

/** One date of an event: a group meets once, a course over several sessions. */
export const groupEventSessions = pgTable(
  'group_event_sessions',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => groupEvents.id),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    ...timestamps,
  },
  (table) => [
    index('group_event_sessions_event_idx').on(table.eventId, table.startsAt),
    check('group_event_sessions_order_check', sql`${table.endsAt} > ${table.startsAt}`),
  ],
)

/**
 * A family's booking for an event: `booked`, `waiting` (in `queuePosition` order) or `cancelled`.
 * A walk-in added at the register is a booking of kind `walk_in`, perhaps with no family.
 */
export const groupBookings = pgTable(
  'group_bookings',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => groupEvents.id),
    familyId: uuid('family_id').references(() => families.id),
    /** `booking` (by the family in the portal or by staff for them) or `walk_in`. */
    kind: text('kind').notNull().default('booking'),
    status: text('status').notNull(),
    /** People on the booking: what it counts against the event's capacity. */
    places: integer('places').notNull(),
    /** Write order: the waiting list is served first come, first served. */
    queuePosition: bigint('queue_position', { mode: 'number' }).generatedAlwaysAsIdentity(),
    bookedByUserId: uuid('booked_by_user_id').references(() => users.id),
    /** The client's key: a retried booking is booked once. */
    idempotencyKey: uuid('idempotency_key'),
    bookedAt: instant('booked_at'),
    waitingSince: instant('waiting_since'),
    promotedAt: instant('promoted_at'),
    cancelledAt: instant('cancelled_at'),
    ...timestamps,
    version: version(),
  },
  (table) => [
    uniqueIndex('group_bookings_idempotency_key').on(table.bookedByUserId, table.idempotencyKey),
    index('group_bookings_event_idx').on(table.eventId, table.status, table.queuePosition),
    index('group_bookings_family_idx').on(table.familyId, table.createdAt),
    check('group_bookings_places_check', sql`${table.places} > 0`),
  ],
)

/** A person on a booking: a parent or child of the family, a named guest, or a walk-in. */
export const groupBookingAttendees = pgTable(
  'group_booking_attendees',
  {
    id: id(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => groupBookings.id),
    familyParentId: uuid('family_parent_id').references(() => familyParents.id),
    childId: uuid('child_id').references(() => children.id),
    /** A guest (family and friends training) or a walk-in, by name. */
    name: text('name'),
    ...timestamps,
  },
  (table) => [index('group_booking_attendees_booking_idx').on(table.bookingId)],
)

/** Who came to a session, marked at the register on the day. */
export const groupAttendance = pgTable(
  'group_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => groupEventSessions.id),
    attendeeId: uuid('attendee_id')
      .notNull()
      .references(() => groupBookingAttendees.id),
    present: boolean('present').notNull(),
    markedByUserId: uuid('marked_by_user_id').references(() => users.id),
    markedAt: instant('marked_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.attendeeId] })],
)

/** A reminder sent for a booking before a session: at most one each. */
export const groupBookingReminders = pgTable(
  'group_booking_reminders',
  {
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => groupBookings.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => groupEventSessions.id),
    sentAt: instant('sent_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.bookingId, table.sessionId] })],
)

/** A family's interest in an event with no dates yet; `notifiedAt` once told of the dates. */
export const groupEventInterests = pgTable(
  'group_event_interests',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => groupEvents.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    notifiedAt: instant('notified_at'),
    ...timestamps,
  },
  (table) => [uniqueIndex('group_event_interests_key').on(table.eventId, table.familyId)],
)

export type GroupEventRow = typeof groupEvents.$inferSelect
export type GroupEventSessionRow = typeof groupEventSessions.$inferSelect
export type GroupBookingRow = typeof groupBookings.$inferSelect
export type GroupBookingAttendeeRow = typeof groupBookingAttendees.$inferSelect
