import type { Db, GroupBookingRow, GroupEventRow, Tx, Writer } from '@asp/db'
import type { z } from 'zod'
import type {
  bookGroupEventSchema,
  groupEventsQuerySchema,
  myGroupBookingsSchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import { formatLondonDateTime } from '../../platform/working-days/working-days.ts'
import {
  addPlacesBooked,
  countWaiting,
  findAttendees,
  findBooking,
  findBookingByKey,
  findBookingsWithEvents,
  findFamilyBookings,
  findWaitingList,
  givePlacesBack,
  hasLiveBooking,
  insertBooking,
  lockBooking,
  markCancelled,
  markPromoted,
  ownFamilyBookings,
  type BookingWithPosition,
} from './bookings.repository.ts'
import { bookingCalendar } from './calendar.ts'
import { startOfLondonDay } from './dates.ts'
import {
  familyGroupEventScope,
  findAreas,
  findEvent,
  findFamilyRecipients,
  findHousehold,
  findOwnFamily,
  findPlannedEvents,
  findSessions,
  findUpcomingFamilyEventMonths,
  findUpcomingFamilyEventPage,
  hasInterest,
  insertInterest,
  lockEvent,
  type Household,
} from './groups.repository.ts'
import {
  ageDate,
  childIneligibility,
  guestsAllowed,
  parentIneligibility,
  portalLinks,
  toEventSummary,
  toFamilyEvent,
  toHousehold,
  toMyBooking,
  toMyBookingItem,
  toPlannedCourse,
} from './groups.views.ts'

type BookGroupEvent = z.output<typeof bookGroupEventSchema>
type EventsQuery = z.output<typeof groupEventsQuerySchema>
type MyBookings = z.infer<typeof myGroupBookingsSchema>
type BookingStatus = MyBookings['upcoming'][number]['status']

export const groupEventsPageSize = 20

const notFound = () => new AppError('NOT_FOUND')
const conflict = (message: string) => new AppError('CONFLICT', { message })
const invalidAttendees = (message: string) =>
  new AppError('VALIDATION_FAILED', { fieldErrors: { attendees: message } })

/**
 * Emails every parent with an account in each family. Emails say what happened and link to the
 * portal: the date and time, never the event's name (an "NVR course" says something about a family
 * to whoever else reads their email), who else is coming or anything of the family's case.
 */
export async function emailFamilies(
  tx: Writer,
  familyIds: (string | null)[],
  message: { template: string; subject: string; lines: string[]; link: string | null },
) {
  const ids = [...new Set(familyIds.filter((id): id is string => id !== null))]
  const recipients = await findFamilyRecipients(tx, ids)
  const body = [
    ...message.lines,
    '',
    message.link ? `Sign in to see the details: ${message.link}` : 'Sign in to see the details.',
  ].join('\n')
  for (const id of ids) {
    for (const recipient of recipients.get(id) ?? []) {
      await enqueueEmail(tx, {
        recipient,
        template: message.template,
        subject: message.subject,
        body,
      })
    }
  }
}

const whenItStarts = (event: GroupEventRow) =>
  event.startsAt ? ` on ${formatLondonDateTime(event.startsAt)}` : ''

export interface Promotion {
  bookingId: string
  familyId: string | null
  places: number
}

/**
 * Gives free places to the head of the waiting list, in order, while the head's places fit; never
 * skips the head to serve a smaller booking behind it. Each promoted family is emailed. Run it in
 * the transaction that freed the places: it locks the event row (again, if the caller holds it).
 */
export async function promoteFromWaitingList(
  tx: Tx,
  eventId: string,
  now: Date,
  publicUrl?: string,
): Promise<Promotion[]> {
  const event = await lockEvent(tx, eventId)
  if (!event || event.status !== 'published') return []
  let free = event.capacity - event.placesBooked
  if (free <= 0) return []
  const waiting = await findWaitingList(tx, eventId)
  const promoted: Promotion[] = []
  for (const booking of waiting) {
    if (booking.places > free) break
    await markPromoted(tx, booking.id, now)
    free -= booking.places
    promoted.push({ bookingId: booking.id, familyId: booking.familyId, places: booking.places })
  }
  if (promoted.length === 0) return []
  const places = promoted.reduce((sum, p) => sum + p.places, 0)
  await addPlacesBooked(tx, eventId, places)
  for (const promotion of promoted) {
    await recordAudit(
      tx,
      { organisationId: event.organisationId },
      {
        action: 'update',
        recordType: 'group-booking',
        recordId: promotion.bookingId,
        localAuthorityId: event.localAuthorityId,
        details: { eventId, status: 'booked', promotedFromWaitingList: true },
      },
    )
    await emailFamilies(tx, [promotion.familyId], {
      template: 'group-place-offered',
      subject: 'You have a place from the waiting list',
      lines: [
        `A place has come up and you now have a place at the group or training event you were waiting for${whenItStarts(event)}.`,
        'If you can no longer come, please cancel so the place can go to someone else.',
      ],
      link: publicUrl ? portalLinks.myBookings(publicUrl) : null,
    })
  }
  return promoted
}

/** Why the event cannot be booked now, or nothing when it can. */
function refuseUnlessBookable(event: GroupEventRow, now: Date) {
  if (event.status === 'cancelled') throw conflict('This event has been cancelled')
  if (event.status !== 'published' || !event.startsAt) {
    throw conflict(
      'You cannot book this course yet. Register your interest and we will email you when the dates are published',
    )
  }
  if (event.bookingOpensAt && now < event.bookingOpensAt) {
    throw conflict(`Booking for this event opens on ${formatLondonDateTime(event.bookingOpensAt)}`)
  }
  if (now >= (event.bookingClosesAt ?? event.startsAt)) {
    throw conflict('Booking for this event has closed')
  }
}

type NewAttendee = { familyParentId?: string; childId?: string; name?: string }

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * The people on a booking, checked against the family's own household and the event's audience.
 * Anyone who is not the family's answers "Select who is coming": others are never disclosed.
 */
function checkAttendees(
  event: GroupEventRow,
  household: Household,
  attendees: BookGroupEvent['attendees'],
  now: Date,
): NewAttendee[] {
  const on = ageDate(event, now)
  const seen = new Set<string>()
  const once = (key: string) => {
    if (seen.has(key)) throw invalidAttendees('Select each person once')
    seen.add(key)
  }
  return attendees.map((attendee) => {
    if ('familyParentId' in attendee) {
      const parent = household.parents.find((p) => p.id === attendee.familyParentId)
      if (!parent) throw invalidAttendees('Select who is coming')
      once(parent.id)
      const reason = parentIneligibility(event, parent.kind)
      if (reason)
        throw invalidAttendees(`${parent.fullName} cannot come because ${lowerFirst(reason)}`)
      return { familyParentId: parent.id }
    }
    if ('childId' in attendee) {
      const child = household.children.find((c) => c.id === attendee.childId)
      if (!child) throw invalidAttendees('Select who is coming')
      once(child.id)
      const reason = childIneligibility(event, child.dateOfBirth, on)
      if (reason) {
        throw invalidAttendees(
          `${child.firstName} ${child.lastName} cannot come because ${lowerFirst(reason)}`,
        )
      }
      return { childId: child.id }
    }
    if (!guestsAllowed(event)) {
      throw invalidAttendees('You can only book guests on events for family and friends')
    }
    once(`guest:${attendee.guestName.toLowerCase()}`)
    return { name: attendee.guestName }
  })
}

class DuplicateBooking extends Error {}

function bookingResult(row: BookingWithPosition, eventId: string) {
  const { booking } = row
  if (booking.eventId !== eventId) throw conflict('Refresh the page and try again')
  if (booking.status === 'cancelled') {
    throw conflict('You cancelled this booking. Refresh the page to book again')
  }
  return {
    id: booking.id,
    eventId: booking.eventId,
    status: booking.status as 'booked' | 'waiting',
    version: booking.version,
    waitingPosition: row.waitingPosition,
  }
}

// ---- Families ----------------------------------------------------------------------------------

export function familyGroupService(db: Db, clock: Clock, publicUrl: string) {
  async function ownFamily(actor: Actor, tx: Writer = db) {
    const family = await findOwnFamily(tx, actor.userId)
    if (!family) throw notFound()
    return family
  }

  async function audit(
    tx: Writer,
    actor: Actor,
    action: 'read' | 'create' | 'update',
    recordId: string | null,
    details: Record<string, unknown>,
    localAuthorityId: string | null = null,
  ) {
    await recordAudit(tx, auditContextOf(actor), {
      action,
      recordType: 'group-booking',
      recordId,
      localAuthorityId,
      details,
    })
  }

  async function findMine(actor: Actor): Promise<MyBookings> {
    const now = clock()
    const rows = await findBookingsWithEvents(db, ownFamilyBookings(actor))
    const attendees = await findAttendees(
      db,
      rows.map((row) => row.booking.id),
    )
    const items = rows.map((row) =>
      toMyBookingItem(
        row,
        attendees
          .filter((a) => a.bookingId === row.booking.id)
          .map(({ name, sessionsAttended, sessionsMarked }) => ({
            name,
            sessionsAttended,
            sessionsMarked,
          })),
        now,
      ),
    )
    await audit(db, actor, 'read', null, { list: 'my-bookings', results: items.length })
    const isPast = (row: (typeof rows)[number]) =>
      row.event.endsAt !== null && row.event.endsAt <= now
    return {
      upcoming: items.filter((_, i) => !isPast(rows[i]!)),
      past: items.filter((_, i) => isPast(rows[i]!)).reverse(),
    }
  }

  return {
    async findEvents(actor: Actor, query: EventsQuery) {
      const now = clock()
      const family = await findOwnFamily(db, actor.userId)
      const today = startOfLondonDay(now)
      const { rows, total } = await findUpcomingFamilyEventPage(db, actor, today, query, {
        page: query.page,
        pageSize: groupEventsPageSize,
      })
      const planned = await findPlannedEvents(db, actor, {
        kind: query.kind,
        localAuthorityId: query.localAuthorityId,
      })
      const bookings = family
        ? await findFamilyBookings(
            db,
            family.id,
            rows.map((row) => row.event.id),
          )
        : []
      const interests = await hasInterest(
        db,
        planned.map((row) => row.event.id),
        family?.id,
      )
      const areas = await findAreas(db, actor.organisationId)
      // The months of every upcoming event, whatever the other filters: they are chosen together.
      const months = await findUpcomingFamilyEventMonths(db, actor, today)
      await audit(db, actor, 'read', null, {
        list: 'events',
        page: query.page,
        results: rows.length,
      })
      return {
        items: rows.map((row) => {
          // Live bookings come first, so the first one found is the one to show.
          const mine = bookings.find((b) => b.booking.eventId === row.event.id)
          return toEventSummary(row, now, mine ? (mine.booking.status as BookingStatus) : null)
        }),
        page: query.page,
        pageSize: groupEventsPageSize,
        total,
        plannedCourses: planned.map((row) => toPlannedCourse(row, interests.has(row.event.id))),
        areas,
        months,
      }
    },

    async getEvent(actor: Actor, eventId: string) {
      const now = clock()
      const row = await findEvent(db, eventId, familyGroupEventScope(actor))
      if (!row) throw notFound()
      const family = await findOwnFamily(db, actor.userId)
      const sessions = await findSessions(db, [eventId])
      const [mine] = family ? await findFamilyBookings(db, family.id, [eventId]) : []
      const attendees = mine ? await findAttendees(db, [mine.booking.id]) : []
      const household = family ? await findHousehold(db, family.id) : null
      const interests = await hasInterest(db, [eventId], family?.id)
      await audit(
        db,
        actor,
        'read',
        mine?.booking.id ?? null,
        { eventId },
        row.event.localAuthorityId,
      )
      return toFamilyEvent(row, sessions, now, {
        booking: mine ? toMyBooking(mine, attendees) : null,
        household: household ? toHousehold(row.event, household, now) : [],
        interestRegistered: interests.has(eventId),
      })
    },

    async book(actor: Actor, eventId: string, body: BookGroupEvent) {
      const now = clock()
      const family = await ownFamily(actor)
      const earlier = await findBookingByKey(db, actor.userId, body.idempotencyKey)
      if (earlier) return bookingResult(earlier, eventId)
      let bookingId: string
      try {
        bookingId = await db.transaction(async (tx) => {
          const event = await lockEvent(tx, eventId, familyGroupEventScope(actor))
          if (!event) throw notFound()
          // A retry that waited for the lock behind its first attempt gets the first answer.
          const raced = await findBookingByKey(tx, actor.userId, body.idempotencyKey)
          if (raced) return raced.booking.id
          refuseUnlessBookable(event, now)
          if (await hasLiveBooking(tx, event.id, family.id)) {
            throw conflict('You have already booked this event')
          }
          const household = await findHousehold(tx, family.id)
          const attendees = checkAttendees(event, household, body.attendees, now)
          const places = attendees.length
          if (places > event.capacity) {
            throw invalidAttendees(
              `This event has ${event.capacity} ${event.capacity === 1 ? 'place' : 'places'}: select ${event.capacity} or fewer people`,
            )
          }
          // First come, first served: while anyone is waiting, a new booking waits behind them.
          const waiting = await countWaiting(tx, event.id)
          const fits = waiting === 0 && places <= event.capacity - event.placesBooked
          const status = fits ? 'booked' : 'waiting'
          const created = await insertBooking(
            tx,
            {
              eventId: event.id,
              familyId: family.id,
              status,
              places,
              bookedByUserId: actor.userId,
              idempotencyKey: body.idempotencyKey,
              bookedAt: fits ? now : null,
              waitingSince: fits ? null : now,
            },
            attendees,
          )
          if (!created) throw new DuplicateBooking()
          if (fits) await addPlacesBooked(tx, event.id, places)
          await audit(
            tx,
            actor,
            'create',
            created.id,
            { eventId: event.id, status, places },
            event.localAuthorityId,
          )
          await emailFamilies(tx, [family.id], {
            template: fits ? 'group-booked' : 'group-waiting-list',
            subject: fits ? 'Your booking is confirmed' : 'You are on a waiting list',
            lines: [
              fits
                ? `You have booked a place at a group or training event${whenItStarts(event)}.`
                : 'The group or training event you asked for is full. You are on the waiting list and we will email you if a place comes up.',
            ],
            link: portalLinks.myBookings(publicUrl),
          })
          return created.id
        })
      } catch (error) {
        if (!(error instanceof DuplicateBooking)) throw error
        const raced = await findBookingByKey(db, actor.userId, body.idempotencyKey)
        if (!raced) throw error
        return bookingResult(raced, eventId)
      }
      // Read after the commit, with its place on the waiting list.
      const saved = await findBooking(db, bookingId, ownFamilyBookings(actor))
      if (!saved) throw notFound()
      return bookingResult(saved, eventId)
    },

    async registerInterest(actor: Actor, eventId: string) {
      const family = await ownFamily(actor)
      await db.transaction(async (tx) => {
        const row = await findEvent(tx, eventId, familyGroupEventScope(actor))
        if (!row) throw notFound()
        if (row.event.status === 'cancelled') throw conflict('This course has been cancelled')
        if (row.event.status !== 'planned') {
          throw conflict('This course already has dates. Book a place instead')
        }
        const interestId = await insertInterest(tx, {
          eventId,
          familyId: family.id,
          userId: actor.userId,
        })
        if (interestId) {
          await recordAudit(tx, auditContextOf(actor), {
            action: 'create',
            recordType: 'group-interest',
            recordId: interestId,
            localAuthorityId: row.event.localAuthorityId,
            details: { eventId },
          })
        }
      })
      return { eventId, registered: true as const }
    },

    findMine,

    async cancel(actor: Actor, bookingId: string, body: { version: number }) {
      const now = clock()
      await db.transaction(async (tx) => {
        const found = await findBooking(tx, bookingId, ownFamilyBookings(actor))
        if (!found) throw notFound()
        // The event first, then the booking: the order every booking change takes its locks in.
        const event = await lockEvent(tx, found.booking.eventId)
        if (!event) throw notFound()
        const booking = await lockBooking(tx, bookingId)
        if (!booking || booking.version !== body.version) {
          throw conflict('This booking was changed by someone else. Check it and try again')
        }
        if (booking.status === 'cancelled')
          throw conflict('You have already cancelled this booking')
        if (event.status === 'cancelled') throw conflict('This event has been cancelled')
        if (!event.startsAt || now >= event.startsAt) {
          throw conflict(
            'You cannot cancel this booking because the event has started. Contact the team if you cannot come',
          )
        }
        await cancelBooking(tx, booking, event, now)
        await promoteFromWaitingList(tx, event.id, now, publicUrl)
        await audit(
          tx,
          actor,
          'update',
          booking.id,
          { eventId: event.id, status: 'cancelled', was: booking.status },
          event.localAuthorityId,
        )
      })
      // The page is read after the commit: a transaction's one connection runs one query at a time.
      return findMine(actor)
    },

    /** The calendar file of a booked place; a waiting or cancelled booking has none (404). */
    async calendar(actor: Actor, bookingId: string) {
      const row = await findBooking(db, bookingId, ownFamilyBookings(actor))
      if (!row || row.booking.status !== 'booked') throw notFound()
      const found = await findEvent(db, row.booking.eventId, familyGroupEventScope(actor))
      if (!found || found.event.status !== 'published') throw notFound()
      const sessions = await findSessions(db, [found.event.id])
      await audit(
        db,
        actor,
        'read',
        bookingId,
        { eventId: found.event.id, calendar: true },
        found.event.localAuthorityId,
      )
      return bookingCalendar({
        event: found.event,
        sessions,
        publicUrl,
        now: clock(),
      })
    },
  }
}

/** Cancels a booking and gives back its places; the caller holds the event's lock. */
async function cancelBooking(tx: Tx, booking: GroupBookingRow, event: GroupEventRow, now: Date) {
  await markCancelled(tx, booking.id, now)
  if (booking.status === 'booked') await givePlacesBack(tx, event.id, booking.places)
}

export type FamilyGroupService = ReturnType<typeof familyGroupService>
