import type { GroupEventRow, GroupEventSessionRow } from '@asp/db'
import type { z } from 'zod'
import {
  groupAudienceNames,
  type GroupAudience,
  type GroupEvent,
  type GroupEventKind,
  type GroupEventSummary,
  type ManagedGroupEvent,
  type myGroupBookingItemSchema,
  type myGroupBookingSchema,
} from '../../contract/index.ts'
import { toLondonDate } from '../../platform/working-days/working-days.ts'
import type { BookingWithPosition } from './bookings.repository.ts'
import { ageOn } from './dates.ts'
import type { EventListRow, Household } from './groups.repository.ts'

// Turning rows into what the contract promises. A family's views never name another family: they
// carry their own booking and household only, and the online link only with a booked place.

type MyBooking = z.infer<typeof myGroupBookingSchema>
type MyBookingItem = z.infer<typeof myGroupBookingItemSchema>
type Status = GroupEvent['status']
type BookingStatus = MyBooking['status']

/** Pages of the portal that emails and calendar files link to; the family signs in to read them. */
export const portalLinks = {
  event: (publicUrl: string, eventId: string) => `${publicUrl}/groups/${eventId}`,
  myBookings: (publicUrl: string) => `${publicUrl}/groups/bookings`,
}

// ---- Rules a view shows --------------------------------------------------------------------------

/** Whether booking, or joining the waiting list, is open now. */
export function isBookingOpen(event: GroupEventRow, now: Date): boolean {
  if (event.status !== 'published' || !event.startsAt) return false
  const closes = event.bookingClosesAt ?? event.startsAt
  return (!event.bookingOpensAt || event.bookingOpensAt <= now) && now < closes
}

/** A family may cancel until the event's first session starts. */
export const isCancellable = (event: GroupEventRow, status: string, now: Date) =>
  (status === 'booked' || status === 'waiting') &&
  event.status === 'published' &&
  event.startsAt !== null &&
  now < event.startsAt

export const placesLeft = (event: GroupEventRow) => Math.max(0, event.capacity - event.placesBooked)

export const guestsAllowed = (event: GroupEventRow) => event.audience.includes('family_and_friends')

const audienceWords = (audience: string[]) => {
  const words = audience.map((a) => groupAudienceNames[a as GroupAudience].toLowerCase())
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0]
}

/** The London date the event's ages are counted on: its first session's, or today's. */
export const ageDate = (event: GroupEventRow, now: Date) => toLondonDate(event.startsAt ?? now)

/** Why a parent may not come, or null when they may. */
export function parentIneligibility(event: GroupEventRow, kind: string): string | null {
  if (kind === 'adopter' && event.audience.includes('adopters')) return null
  if (kind === 'special_guardian' && event.audience.includes('special_guardians')) return null
  return `This event is for ${audienceWords(event.audience)}`
}

/** Why a child may not come, or null when they may: the audience, then the age range. */
export function childIneligibility(
  event: GroupEventRow,
  dateOfBirth: string,
  on: string,
): string | null {
  if (!event.audience.includes('children')) {
    return `This event is for ${audienceWords(event.audience)}`
  }
  const age = ageOn(dateOfBirth, on)
  const tooYoung = event.minAge !== null && age < event.minAge
  const tooOld = event.maxAge !== null && age > event.maxAge
  if (!tooYoung && !tooOld) return null
  if (event.minAge !== null && event.maxAge !== null) {
    return `This event is for children aged ${event.minAge} to ${event.maxAge}`
  }
  return event.minAge !== null
    ? `This event is for children aged ${event.minAge} and over`
    : `This event is for children aged ${event.maxAge} and under`
}

export function toHousehold(event: GroupEventRow, household: Household, now: Date) {
  const on = ageDate(event, now)
  return [
    ...household.parents.map((parent) => {
      const reason = parentIneligibility(event, parent.kind)
      return {
        kind: 'parent' as const,
        id: parent.id,
        name: parent.fullName,
        eligible: !reason,
        reason,
      }
    }),
    ...household.children.map((child) => {
      const reason = childIneligibility(event, child.dateOfBirth, on)
      return {
        kind: 'child' as const,
        id: child.id,
        name: `${child.firstName} ${child.lastName}`,
        eligible: !reason,
        reason,
      }
    }),
  ]
}

// ---- Views ---------------------------------------------------------------------------------------

const iso = (date: Date | null) => date?.toISOString() ?? null

const sessionView = (session: GroupEventSessionRow) => ({
  id: session.id,
  startsAt: session.startsAt.toISOString(),
  endsAt: session.endsAt.toISOString(),
})

function eventCore(row: EventListRow, now: Date) {
  const event = row.event
  return {
    id: event.id,
    kind: event.kind as GroupEventKind,
    title: event.title,
    audience: event.audience as GroupAudience[],
    minAge: event.minAge,
    maxAge: event.maxAge,
    delivery: event.delivery as GroupEvent['delivery'],
    venueName: event.venueName,
    localAuthorityName: row.localAuthorityName,
    status: event.status as Status,
    startsAt: iso(event.startsAt),
    endsAt: iso(event.endsAt),
    sessionCount: row.sessionCount,
    capacity: event.capacity,
    placesLeft: placesLeft(event),
    bookingOpen: isBookingOpen(event, now),
  }
}

export function toEventSummary(
  row: EventListRow,
  now: Date,
  myBookingStatus: BookingStatus | null,
): GroupEventSummary {
  return { ...eventCore(row, now), myBookingStatus }
}

export function toPlannedCourse(row: EventListRow, interestRegistered: boolean) {
  return {
    id: row.event.id,
    kind: row.event.kind as GroupEventKind,
    title: row.event.title,
    description: row.event.description,
    localAuthorityName: row.localAuthorityName,
    interestRegistered,
  }
}

export function toMyBooking(row: BookingWithPosition, attendees: { name: string }[]): MyBooking {
  return {
    id: row.booking.id,
    status: row.booking.status as BookingStatus,
    version: row.booking.version,
    places: row.booking.places,
    waitingPosition: row.waitingPosition,
    attendees: attendees.map((a) => ({ name: a.name })),
  }
}

export function toFamilyEvent(
  row: EventListRow,
  sessions: GroupEventSessionRow[],
  now: Date,
  mine: {
    booking: MyBooking | null
    household: GroupEvent['household']
    interestRegistered: boolean
  },
): GroupEvent {
  const event = row.event
  const hasPlace = mine.booking?.status === 'booked' && event.status === 'published'
  return {
    ...eventCore(row, now),
    description: event.description,
    venueAddress: event.venueAddress,
    onlineLink: hasPlace ? event.onlineLink : null,
    sessions: sessions.map(sessionView),
    bookingOpensAt: iso(event.bookingOpensAt),
    bookingClosesAt: iso(event.bookingClosesAt),
    cancelReason: event.status === 'cancelled' ? event.cancelReason : null,
    myBooking: mine.booking,
    household: mine.household,
    guestsAllowed: guestsAllowed(event),
    interestRegistered: mine.interestRegistered,
  }
}

export function toMyBookingItem(
  row: {
    booking: BookingWithPosition['booking']
    waitingPosition: number | null
    event: GroupEventRow
  },
  attendees: MyBookingItem['attendees'],
  now: Date,
): MyBookingItem {
  const { booking, event } = row
  return {
    id: booking.id,
    eventId: event.id,
    title: event.title,
    kind: event.kind as GroupEventKind,
    delivery: event.delivery as MyBookingItem['delivery'],
    venueName: event.venueName,
    startsAt: iso(event.startsAt),
    endsAt: iso(event.endsAt),
    status: booking.status as BookingStatus,
    eventCancelled: event.status === 'cancelled',
    version: booking.version,
    waitingPosition: row.waitingPosition,
    cancellable: isCancellable(event, booking.status, now),
    attendees,
  }
}

export function toManagedEvent(
  row: EventListRow,
  sessions: GroupEventSessionRow[],
  now: Date,
): ManagedGroupEvent {
  const event = row.event
  return {
    ...toManagedSummary(row, now),
    description: event.description,
    localAuthorityId: event.localAuthorityId,
    venueAddress: event.venueAddress,
    onlineLink: event.onlineLink,
    sessions: sessions.map(sessionView),
    bookingOpensAt: iso(event.bookingOpensAt),
    bookingClosesAt: iso(event.bookingClosesAt),
    cancelReason: event.cancelReason,
    version: event.version,
  }
}

export function toManagedSummary(row: EventListRow, now: Date) {
  return {
    ...eventCore(row, now),
    placesBooked: row.event.placesBooked,
    waitingCount: row.waitingCount,
    interestCount: row.interestCount,
  }
}
