// No overbooking under load: many families book the same event at once, on PGlite and on
// PostgreSQL (TEST_DATABASE_URL), through the service and over HTTP.
import { randomUUID } from 'node:crypto'
import {
  asc,
  eq,
  families,
  familyParents,
  groupBookings,
  groupEvents,
  users,
  type Db,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from '@asp/db'
import { signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import { familyGroupService, type FamilyGroupService } from './bookings.service.ts'
import { days, insertEventWithSessions, seedFamilies, sessionAt } from './testing.ts'

const start = new Date('2026-11-25T10:00:00Z')
const clock = () => start

let t: TestApp
let db: Db
let service: FamilyGroupService
let organisationId = ''
let localAuthorityId = ''

/** Families with one adoptive parent each, written straight to the database. */
const seedAdopterFamilies = (count: number, prefix: string) =>
  seedFamilies(db, { organisationId, localAuthorityId, count, prefix, signedInAt: start })

/** A published event a week away with one session. */
const insertEvent = (capacity: number, title: string) =>
  insertEventWithSessions(
    db,
    {
      organisationId,
      localAuthorityId,
      kind: 'fun_day',
      title,
      description: 'A day out for the whole family.',
      audience: ['adopters', 'special_guardians'],
      delivery: 'in_person',
      venueName: 'Brackenford Park',
      capacity,
      status: 'published',
      publishedAt: start,
    },
    [sessionAt(new Date(start.getTime() + days(7)))],
  )

const bookingsOf = (eventId: string) =>
  db
    .select()
    .from(groupBookings)
    .where(eq(groupBookings.eventId, eventId))
    .orderBy(asc(groupBookings.queuePosition))

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock })
  db = t.database.db
  service = familyGroupService(db, clock, t.config.publicUrl)
  const [row] = await db
    .select({
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
    })
    .from(familyParents)
    .innerJoin(users, eq(users.id, familyParents.userId))
    .innerJoin(families, eq(families.id, familyParents.familyId))
    .where(eq(users.email, demoEmail('adopter')))
  organisationId = row!.organisationId
  localAuthorityId = row!.localAuthorityId
})
afterAll(() => t.close())

describe('booking under load', () => {
  it('gives 200 families booking 20 places at once exactly 20 places and a waiting list of 180 in order (ASVS 2.3.2, 2.3.4)', async () => {
    const event = await insertEvent(20, 'Summer fun day')
    const crowd = await seedAdopterFamilies(200, 'crowd')
    const results = await Promise.all(
      crowd.map((family) =>
        service.book(family.actor, event.id, {
          idempotencyKey: randomUUID(),
          attendees: [{ familyParentId: family.parentId }],
        }),
      ),
    )
    expect(results.filter((r) => r.status === 'booked')).toHaveLength(20)
    expect(results.filter((r) => r.status === 'waiting')).toHaveLength(180)

    const rows = await bookingsOf(event.id)
    expect(rows).toHaveLength(200)
    // First come, first served: the 20 booked are the first 20 written.
    expect(rows.slice(0, 20).every((b) => b.status === 'booked')).toBe(true)
    expect(rows.slice(20).every((b) => b.status === 'waiting')).toBe(true)
    // Each waiting family was told its place in the queue's order: 1 to 180.
    const positionById = new Map(results.map((r) => [r.id, r.waitingPosition]))
    expect(rows.slice(20).map((b) => positionById.get(b.id))).toEqual(
      Array.from({ length: 180 }, (_, i) => i + 1),
    )
    const [saved] = await db.select().from(groupEvents).where(eq(groupEvents.id, event.id))
    expect(saved!.placesBooked).toBe(20)

    // Twenty cancel at once: the next twenty on the list get the places, in order.
    const booked = rows.slice(0, 20)
    const familyById = new Map(crowd.map((f) => [f.familyId, f]))
    await Promise.all(
      booked.map((b) => service.cancel(familyById.get(b.familyId!)!.actor, b.id, { version: 1 })),
    )
    const after = await bookingsOf(event.id)
    expect(after.slice(0, 20).every((b) => b.status === 'cancelled')).toBe(true)
    expect(after.slice(20, 40).every((b) => b.status === 'booked')).toBe(true)
    expect(after.slice(40).every((b) => b.status === 'waiting')).toBe(true)
    const [again] = await db.select().from(groupEvents).where(eq(groupEvents.id, event.id))
    expect(again!.placesBooked).toBe(20)
  }, 180_000)

  it('books once when the same request arrives many times at once', async () => {
    const event = await insertEvent(5, 'Picnic in the park')
    const [family] = await seedAdopterFamilies(1, 'retry')
    const key = randomUUID()
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        service.book(family!.actor, event.id, {
          idempotencyKey: key,
          attendees: [{ familyParentId: family!.parentId }],
        }),
      ),
    )
    expect(new Set(results.map((r) => r.id)).size).toBe(1)
    expect(results.every((r) => r.status === 'booked')).toBe(true)
    expect(await bookingsOf(event.id)).toHaveLength(1)
    const [saved] = await db.select().from(groupEvents).where(eq(groupEvents.id, event.id))
    expect(saved!.placesBooked).toBe(1)
  })
})

describe('booking over HTTP at once', () => {
  let adopter: Browser
  let adopterB: Browser
  let parentA = ''
  let parentB = ''

  beforeAll(async () => {
    ;[adopter, adopterB] = await Promise.all([
      signInAs(t.app, db, demoEmail('adopter'), 'email'),
      signInAs(t.app, db, demoEmail('adopter-b'), 'email'),
    ])
    const parentOf = async (email: string) => {
      const [row] = await db
        .select({ id: familyParents.id })
        .from(familyParents)
        .innerJoin(users, eq(users.id, familyParents.userId))
        .where(eq(users.email, email))
      await db.update(familyParents).set({ kind: 'adopter' }).where(eq(familyParents.id, row!.id))
      return row!.id
    }
    parentA = await parentOf(demoEmail('adopter'))
    parentB = await parentOf(demoEmail('adopter-b'))
  })

  it('gives the last place to one family, puts the other on the list, and books each key once', async () => {
    const event = await insertEvent(1, 'Last place')
    const keyA = randomUUID()
    const keyB = randomUUID()
    const post = (browser: Browser, key: string, parentId: string) =>
      browser.post(`/api/group-events/${event.id}/bookings`, {
        idempotencyKey: key,
        attendees: [{ familyParentId: parentId }],
      })
    const responses = await Promise.all([
      post(adopter, keyA, parentA),
      post(adopterB, keyB, parentB),
      post(adopter, keyA, parentA),
      post(adopterB, keyB, parentB),
      post(adopter, keyA, parentA),
    ])
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
    const byKey = (i: number) => responses[i]!.body
    expect(byKey(2)).toEqual(byKey(0))
    expect(byKey(4)).toEqual(byKey(0))
    expect(byKey(3)).toEqual(byKey(1))
    expect([byKey(0).status, byKey(1).status].sort()).toEqual(['booked', 'waiting'])
    const rows = await bookingsOf(event.id)
    expect(rows.map((b) => b.status)).toEqual(['booked', 'waiting'])
    const [saved] = await db.select().from(groupEvents).where(eq(groupEvents.id, event.id))
    expect(saved!.placesBooked).toBe(1)

    // New keys from a family that already has a booking: refused, however many at once.
    const more = await Promise.all(
      Array.from({ length: 4 }, () => post(adopter, randomUUID(), parentA)),
    )
    expect(more.map((r) => r.status)).toEqual([409, 409, 409, 409])
    expect(more[0]!.body.message).toBe('You have already booked this event')
    expect(await bookingsOf(event.id)).toHaveLength(2)
  })
})
