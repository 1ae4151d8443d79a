// Test-only helpers for the groups and training suites: records written straight to the database,
// and the emails the outbox holds. Imported by `*.test.ts` files only, never by the app.
import { randomUUID } from 'node:crypto'
import {
  asc,
  eq,
  families,
  familyParents,
  groupBookingAttendees,
  groupBookings,
  groupEventSessions,
  groupEvents,
  outboxMessages,
  users,
  type Db,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'

/** Lengths of time in milliseconds, for moving a test's clock and placing its sessions. */
export const hours = (n: number) => n * 3600_000
export const days = (n: number) => hours(24 * n)

export interface SeededFamily {
  familyId: string
  /** The family's one parent (`family_parents`), an adopter with an account. */
  parentId: string
  userId: string
  email: string
  name: string
  /** The parent signed in, as the services see them. */
  actor: Actor
}

/**
 * Families with one adoptive parent each, who has an account: `{prefix}-1@example.invalid`,
 * `Parent {prefix} 1`, and so on. Each comes with an `actor` to call the services as that parent.
 */
export async function seedFamilies(
  db: Db,
  options: {
    organisationId: string
    localAuthorityId: string
    count: number
    /** Unique within the test file: it makes the family references and email addresses. */
    prefix: string
    /** When the parents' sessions began: the test's clock. */
    signedInAt: Date
  },
): Promise<SeededFamily[]> {
  const { organisationId, localAuthorityId, count, prefix, signedInAt } = options
  const rows = await db
    .insert(families)
    .values(
      Array.from({ length: count }, (_, n) => ({
        organisationId,
        localAuthorityId,
        reference: `${prefix}-${n + 1}`,
        addressLine1: `${n + 1} Canal Walk`,
        town: 'Ardenbury',
        postcode: 'XX1 1AB',
      })),
    )
    .returning({ id: families.id })
  const people = await db
    .insert(users)
    .values(
      rows.map((_, n) => ({
        organisationId,
        role: 'adopter' as const,
        name: `Parent ${prefix} ${n + 1}`,
        email: `${prefix}-${n + 1}@example.invalid`,
      })),
    )
    .returning({ id: users.id, name: users.name, email: users.email })
  const parents = await db
    .insert(familyParents)
    .values(
      rows.map((family, n) => ({
        familyId: family.id,
        userId: people[n]!.id,
        kind: 'adopter' as const,
        fullName: people[n]!.name,
        email: people[n]!.email,
      })),
    )
    .returning({ id: familyParents.id })
  return rows.map((family, n) => {
    const user = people[n]!
    return {
      familyId: family.id,
      parentId: parents[n]!.id,
      userId: user.id,
      email: user.email,
      name: user.name,
      actor: adopterActor(user, organisationId, signedInAt),
    }
  })
}

/** An adopter signed in with an email code, as the session middleware would make them. */
function adopterActor(
  user: { id: string; name: string; email: string },
  organisationId: string,
  signedInAt: Date,
): Actor {
  return {
    userId: user.id,
    role: 'adopter',
    organisationId,
    name: user.name,
    email: user.email,
    stage: 'active',
    secondFactorMethod: 'email',
    sessionId: randomUUID(),
    sessionToken: randomUUID(),
    sessionCreatedAt: signedInAt,
    sessionExpiresAt: new Date(signedInAt.getTime() + days(1)),
    localAuthorityIds: [],
    conflictedFamilyIds: [],
    conflictedBirthRelativeIds: [],
    ipAddress: '192.0.2.1',
    userAgent: 'test',
    requestId: randomUUID(),
  }
}

/** The emails queued in the outbox for an address, oldest first. */
export async function emailsTo(db: Db, email: string) {
  return db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.recipient, email))
    .orderBy(asc(outboxMessages.createdAt))
}

export interface SessionTimes {
  startsAt: Date
  endsAt: Date
}

/** A session starting at `startsAt` and lasting `length` hours (two unless given). */
export function sessionAt(startsAt: Date, length = 2): SessionTimes {
  return { startsAt, endsAt: new Date(startsAt.getTime() + hours(length)) }
}

/**
 * An event and its sessions written straight to the database, kept as the service keeps them: the
 * event starts when its first session starts and ends when its last session ends.
 */
export async function insertEventWithSessions(
  db: Db,
  event: Omit<typeof groupEvents.$inferInsert, 'startsAt' | 'endsAt'>,
  sessions: SessionTimes[],
) {
  const inOrder = [...sessions].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime())
  const [row] = await db
    .insert(groupEvents)
    .values({
      ...event,
      startsAt: inOrder[0]?.startsAt ?? null,
      endsAt: inOrder.at(-1)?.endsAt ?? null,
    })
    .returning({ id: groupEvents.id })
  const saved =
    inOrder.length === 0
      ? []
      : await db
          .insert(groupEventSessions)
          .values(inOrder.map((s) => ({ eventId: row!.id, ...s })))
          .returning({ id: groupEventSessions.id, startsAt: groupEventSessions.startsAt })
  saved.sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime())
  return { id: row!.id, sessions: saved }
}

/**
 * A booking written straight to the database, one place for each attendee. The attendees' ids
 * come back in the order given.
 */
export async function insertBooking(
  db: Db,
  booking: Omit<typeof groupBookings.$inferInsert, 'places'>,
  attendees: Omit<typeof groupBookingAttendees.$inferInsert, 'bookingId'>[],
) {
  const [row] = await db
    .insert(groupBookings)
    .values({ ...booking, places: attendees.length })
    .returning({ id: groupBookings.id })
  const made = await db
    .insert(groupBookingAttendees)
    .values(attendees.map((attendee) => ({ bookingId: row!.id, ...attendee })))
    .returning({ id: groupBookingAttendees.id })
  return { id: row!.id, attendeeIds: made.map((m) => m.id) }
}
