import { randomUUID } from 'node:crypto'
import {
  and,
  auditEvents,
  eq,
  families,
  familyParents,
  groupAttendance,
  groupBookingAttendees,
  groupBookings,
  groupEventInterests,
  groupEventSessions,
  groupEvents,
  localAuthorities,
  ne,
  staffLocalAuthorities,
  users,
  type Db,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from '@asp/db'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import { familyGroupService } from './bookings.service.ts'
import { days, emailsTo, hours, seedFamilies } from './testing.ts'

// The app's clock: Wednesday 25 November 2026, 10am in London (GMT).
const start = new Date('2026-11-25T10:00:00Z')
const now = start
const clock = () => now
const at = (ms: number) => new Date(start.getTime() + ms).toISOString()
const session = (fromNow: number, length = hours(2)) => ({
  startsAt: at(fromNow),
  endsAt: at(fromNow + length),
})

let t: TestApp
let db: Db
let adopter: Browser
let manager: Browser
let worker: Browser
let otherWorker: Browser
let administrator: Browser
let organisationId = ''
let laA = ''
/** The other worker's one area. */
let laWyvern = ''
let parentA = ''

const eventInput = (overrides: object = {}) => ({
  kind: 'therapeutic_parenting_course',
  title: 'Therapeutic parenting',
  description: 'Four weeks on therapeutic parenting, with a follow-up.',
  audience: ['adopters', 'special_guardians'],
  delivery: 'in_person',
  venueName: 'Kingsmere Library',
  venueAddress: 'Station Road, Kingsmere',
  capacity: 10,
  localAuthorityId: laA,
  status: 'published',
  sessions: [session(days(7)), session(days(14))],
  ...overrides,
})

async function createEvent(overrides: object = {}, as: Browser = manager) {
  return expectStatus(await as.post('/api/group-programme/events', eventInput(overrides)), 201)
    .body as { id: string; version: number; sessions: { id: string; startsAt: string }[] }
}

const update = (eventId: string, version: number, overrides: object, as: Browser = manager) =>
  as.put(`/api/group-programme/events/${eventId}`, { version, event: eventInput(overrides) })

async function eventRow(id: string) {
  const [row] = await db.select().from(groupEvents).where(eq(groupEvents.id, id))
  return row!
}

/** Families with one adoptive parent each, who book through the service as signed-in actors. */
async function seedBookingFamilies(count: number, prefix: string) {
  const service = familyGroupService(db, clock, t.config.publicUrl)
  const seeded = await seedFamilies(db, {
    organisationId,
    localAuthorityId: laA,
    count,
    prefix,
    signedInAt: start,
  })
  return seeded.map((family) => ({
    ...family,
    book: (eventId: string, places = 1) =>
      service.book(family.actor, eventId, {
        idempotencyKey: randomUUID(),
        // One parent, plus named guests where the event allows them.
        attendees: [
          { familyParentId: family.parentId },
          ...Array.from({ length: places - 1 }, (_, g) => ({ guestName: `Guest ${g + 1}` })),
        ],
      }),
  }))
}

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock })
  db = t.database.db
  ;[adopter, manager, worker, otherWorker, administrator] = await Promise.all([
    signInAs(t.app, db, demoEmail('adopter'), 'email'),
    signInAs(t.app, db, demoEmail('manager'), 'totp'),
    signInAs(t.app, db, demoEmail('worker'), 'totp'),
    signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp'),
    signInAs(t.app, db, demoEmail('administrator'), 'totp'),
  ])
  const [a] = await db
    .select({ parentId: familyParents.id, familyId: familyParents.familyId })
    .from(familyParents)
    .innerJoin(users, eq(users.id, familyParents.userId))
    .where(eq(users.email, demoEmail('adopter')))
  parentA = a!.parentId
  await db.update(familyParents).set({ kind: 'adopter' }).where(eq(familyParents.id, parentA))
  const [family] = await db.select().from(families).where(eq(families.id, a!.familyId))
  organisationId = family!.organisationId
  laA = family!.localAuthorityId
  const [wyvern] = await db
    .select({ id: staffLocalAuthorities.localAuthorityId })
    .from(staffLocalAuthorities)
    .innerJoin(users, eq(users.id, staffLocalAuthorities.userId))
    .where(eq(users.email, demoEmail('worker-wyvern')))
  laWyvern = wyvern!.id
  expect(laWyvern).not.toBe(laA)
})
afterAll(() => t.close())

describe('creating an event', () => {
  it('publishes an event with its sessions, first start and last end kept on the event', async () => {
    const created = await createEvent({
      // Given out of order: kept in date order.
      sessions: [session(days(14)), session(days(7)), session(days(21), hours(3))],
    })
    expect(created).toMatchObject({
      status: 'published',
      startsAt: at(days(7)),
      endsAt: at(days(21) + hours(3)),
      sessionCount: 3,
      placesLeft: 10,
      placesBooked: 0,
      waitingCount: 0,
      interestCount: 0,
      bookingOpen: true,
      version: 1,
    })
    expect(created.sessions.map((s) => s.startsAt)).toEqual([
      at(days(7)),
      at(days(14)),
      at(days(21)),
    ])
    const row = await eventRow(created.id)
    expect(row).toMatchObject({ organisationId, publishedAt: now })
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'group-event'), eq(auditEvents.recordId, created.id)))
    expect(audit).toMatchObject({ action: 'create', localAuthorityId: laA })
  })

  it('creates a planned course with no dates, for every area', async () => {
    const planned = await createEvent({ status: 'planned', sessions: [], localAuthorityId: null })
    expect(planned).toMatchObject({
      status: 'planned',
      startsAt: null,
      endsAt: null,
      localAuthorityName: null,
      bookingOpen: false,
    })
  })

  it('answers bad input with GOV.UK messages and changes nothing', async () => {
    const before = await db.select({ id: groupEvents.id }).from(groupEvents)
    const empty = await manager.post('/api/group-programme/events', {})
    expect(empty.status).toBe(400)
    expect(empty.body.fieldErrors).toMatchObject({
      kind: 'Select the kind of event',
      title: 'Enter a title',
      capacity: 'Enter the number of places',
    })
    const past = await manager.post(
      '/api/group-programme/events',
      eventInput({ sessions: [session(days(7)), session(-days(1))] }),
    )
    expect(past.status).toBe(400)
    expect(past.body.fieldErrors).toEqual({
      'sessions.1.startsAt': 'The session must be in the future',
    })
    // Another area's worker may run events for their own area, and for every area, only.
    const notTheirs = await otherWorker.post('/api/group-programme/events', eventInput())
    expect(notTheirs.status).toBe(400)
    expect(notTheirs.body.fieldErrors).toEqual({ localAuthorityId: 'Select an area' })
    const plannedWithDates = await manager.post(
      '/api/group-programme/events',
      eventInput({ status: 'planned' }),
    )
    expect(plannedWithDates.body.fieldErrors).toEqual({
      sessions: 'A course with no dates yet has no sessions: remove them, or publish the dates',
    })
    expect(await db.select({ id: groupEvents.id }).from(groupEvents)).toHaveLength(before.length)
    await createEvent({ localAuthorityId: laWyvern }, otherWorker)
    await createEvent({ localAuthorityId: null }, otherWorker)
  })
})

describe('the programme for staff', () => {
  it('lists events in the actor’s scope: upcoming, past or all, with places, waiting and interest', async () => {
    const ours = await createEvent({ title: 'Scoped group', capacity: 1, kind: 'adopter_forum' })
    const theirs = await createEvent({
      title: 'Wyvern group',
      localAuthorityId: laWyvern,
      kind: 'adopter_forum',
    })
    const [f1, f2] = await seedBookingFamilies(2, 'programme')
    await f1!.book(ours.id)
    await f2!.book(ours.id)
    const planned = await createEvent({
      title: 'Planned NVR',
      status: 'planned',
      sessions: [],
      kind: 'adopter_forum',
    })
    await db.insert(groupEventInterests).values({
      eventId: planned.id,
      familyId: f1!.familyId,
      userId: f1!.actor.userId,
    })

    const list = expectStatus(
      await worker.get('/api/group-programme/events?kind=adopter_forum'),
      200,
    ).body
    const ids = list.items.map((i: { id: string }) => i.id)
    expect(ids).toEqual(expect.arrayContaining([ours.id, planned.id]))
    expect(ids).not.toContain(theirs.id)
    expect(list.items.find((i: { id: string }) => i.id === ours.id)).toMatchObject({
      placesBooked: 1,
      waitingCount: 1,
      placesLeft: 0,
    })
    expect(list.items.find((i: { id: string }) => i.id === planned.id)).toMatchObject({
      interestCount: 1,
    })
    expect(list.pageSize).toBe(20)

    const wyvern = expectStatus(
      await otherWorker.get('/api/group-programme/events?when=all'),
      200,
    ).body
    expect(wyvern.areas.map((a: { id: string }) => a.id)).toEqual([laWyvern])
    expect(wyvern.items.map((i: { id: string }) => i.id)).toContain(theirs.id)
    expect(wyvern.items.map((i: { id: string }) => i.id)).not.toContain(ours.id)
    const all = await db
      .select({ id: localAuthorities.id })
      .from(localAuthorities)
      .where(eq(localAuthorities.organisationId, organisationId))
    const everything = expectStatus(
      await administrator.get('/api/group-programme/events?kind=adopter_forum'),
      200,
    ).body
    expect(everything.areas).toHaveLength(all.length)
    expect(everything.items.map((i: { id: string }) => i.id)).toEqual(
      expect.arrayContaining([ours.id, theirs.id]),
    )

    // Past: an event that ended before today; upcoming leaves it out.
    const old = await createEvent({ title: 'Old forum', kind: 'adopter_forum' })
    await db
      .update(groupEvents)
      .set({
        startsAt: new Date(start.getTime() - days(9)),
        endsAt: new Date(start.getTime() - days(8)),
      })
      .where(eq(groupEvents.id, old.id))
    const past = expectStatus(
      await worker.get('/api/group-programme/events?when=past&kind=adopter_forum'),
      200,
    ).body
    expect(past.items.map((i: { id: string }) => i.id)).toContain(old.id)
    expect(past.items.map((i: { id: string }) => i.id)).not.toContain(ours.id)
    const upcoming = expectStatus(
      await worker.get('/api/group-programme/events?kind=adopter_forum'),
      200,
    ).body
    expect(upcoming.items.map((i: { id: string }) => i.id)).not.toContain(old.id)
    expect((await worker.get('/api/group-programme/events?when=soon')).status).toBe(400)
  })

  it('offers the months of the actor’s own events, past and to come, whatever the filters', async () => {
    // October 2025, long over, in the worker's area.
    const longAgo = await createEvent({ title: 'Long-ago forum' })
    await db
      .update(groupEvents)
      .set({
        startsAt: new Date('2025-10-21T18:00:00Z'),
        endsAt: new Date('2025-10-21T20:00:00Z'),
      })
      .where(eq(groupEvents.id, longAgo.id))
    // Wyvern's only: half past midnight on 1 July 2027 in London (BST), 30 June in UTC.
    await createEvent({
      title: 'Wyvern summer walk',
      localAuthorityId: laWyvern,
      sessions: [{ startsAt: '2027-06-30T23:30:00Z', endsAt: '2027-07-01T01:00:00Z' }],
    })

    const mine = expectStatus(await worker.get('/api/group-programme/events'), 200).body
    expect(mine.months).toEqual([...mine.months].sort())
    // The list shows upcoming events, but the month filter goes with any dates.
    expect(mine.months).toContain('2025-10')
    expect(mine.months).not.toContain('2027-07')
    const filtered = expectStatus(
      await worker.get('/api/group-programme/events?kind=fun_day&when=past'),
      200,
    ).body
    expect(filtered.months).toEqual(mine.months)

    const theirs = expectStatus(await otherWorker.get('/api/group-programme/events'), 200).body
    expect(theirs.months).toContain('2027-07')
    expect(theirs.months).not.toContain('2027-06')
    expect(theirs.months).not.toContain('2025-10')
  })

  it('shows one event with its online link, within the actor’s areas only', async () => {
    const online = await createEvent({
      delivery: 'online',
      venueName: undefined,
      venueAddress: undefined,
      onlineLink: 'https://meet.example.org/course',
    })
    const res = expectStatus(await worker.get(`/api/group-programme/events/${online.id}`), 200)
    expect(res.body).toMatchObject({
      onlineLink: 'https://meet.example.org/course',
      venueName: null,
      localAuthorityId: laA,
    })
    expect((await otherWorker.get(`/api/group-programme/events/${online.id}`)).status).toBe(404)
    expect((await adopter.get(`/api/group-programme/events/${online.id}`)).status).toBe(403)
  })
})

describe('editing an event', () => {
  it('refuses an old version, fewer places than booked and sessions in the past', async () => {
    const event = await createEvent({ capacity: 3 })
    const [f1, f2] = await seedBookingFamilies(2, 'edit')
    await f1!.book(event.id)
    await f2!.book(event.id)
    const stale = await update(event.id, event.version + 1, {})
    expect(stale.status).toBe(409)
    expect(stale.body.message).toBe(
      'This event was changed by someone else. Check it and try again',
    )
    const fewer = await update(event.id, event.version, { capacity: 1 })
    expect(fewer.status).toBe(400)
    expect(fewer.body.fieldErrors).toEqual({
      'event.capacity': 'The number of places cannot be fewer than the 2 already booked',
    })
    const past = await update(event.id, event.version, {
      sessions: [session(days(7)), session(-hours(1))],
    })
    expect(past.body.fieldErrors).toEqual({
      'event.sessions.1.startsAt': 'The session must be in the future',
    })
    const otherArea = await update(event.id, event.version, { localAuthorityId: laWyvern }, worker)
    expect(otherArea.body.fieldErrors).toEqual({ 'event.localAuthorityId': 'Select an area' })
    expect(
      (await update(event.id, event.version, { status: 'planned', sessions: [] })).body.fieldErrors,
    ).toEqual({ 'event.status': 'An event with published dates cannot go back to planned' })
    expect((await update(event.id, event.version, {}, otherWorker)).status).toBe(404)
    expect(await eventRow(event.id)).toMatchObject({ version: 1, capacity: 3 })
  })

  it('replaces the sessions as a set, keeping those unchanged and those with attendance marked', async () => {
    const event = await createEvent({ sessions: [session(days(7)), session(days(14))] })
    const [kept, dropped] = event.sessions
    const res = expectStatus(
      await update(event.id, event.version, {
        title: 'Therapeutic parenting (autumn)',
        sessions: [session(days(7)), session(days(28), hours(3))],
      }),
      200,
    ).body
    expect(res).toMatchObject({
      title: 'Therapeutic parenting (autumn)',
      version: 2,
      startsAt: at(days(7)),
      endsAt: at(days(28) + hours(3)),
      sessionCount: 2,
    })
    expect(res.sessions[0].id).toBe(kept!.id)
    expect(res.sessions.map((s: { id: string }) => s.id)).not.toContain(dropped!.id)

    // A session with attendance marked cannot be taken away.
    const booking = await (await seedBookingFamilies(1, 'marked'))[0]!.book(event.id)
    const [attendee] = await db
      .select()
      .from(groupBookingAttendees)
      .where(eq(groupBookingAttendees.bookingId, booking.id))
    await db
      .insert(groupAttendance)
      .values({ sessionId: kept!.id, attendeeId: attendee!.id, present: true })
    const refused = await update(event.id, res.version, { sessions: [session(days(28), hours(3))] })
    expect(refused.status).toBe(409)
    expect(refused.body.message).toBe(
      'You cannot remove the session on 2 December 2026 at 10am because attendance has been marked for it',
    )
    const sessions = await db
      .select()
      .from(groupEventSessions)
      .where(eq(groupEventSessions.eventId, event.id))
    expect(sessions).toHaveLength(2)
  })

  it('gives new places to the waiting list in order when the capacity is raised', async () => {
    const event = await createEvent({
      capacity: 2,
      kind: 'family_and_friends_training',
      audience: ['adopters', 'family_and_friends'],
    })
    const [f1, f2, f3, f4] = await seedBookingFamilies(4, 'raise')
    expect((await f1!.book(event.id, 2)).status).toBe('booked')
    const second = await f2!.book(event.id, 2)
    const third = await f3!.book(event.id, 1)
    const fourth = await f4!.book(event.id, 2)
    expect([second, third, fourth].map((b) => b.waitingPosition)).toEqual([1, 2, 3])
    // Two more places: the head (2) fits; the next (1) does not fit after it.
    const raised = expectStatus(
      await update(event.id, event.version, {
        capacity: 4,
        kind: 'family_and_friends_training',
        audience: ['adopters', 'family_and_friends'],
      }),
      200,
    ).body
    expect(raised).toMatchObject({ placesBooked: 4, waitingCount: 2, placesLeft: 0 })
    const statuses = await db
      .select({ id: groupBookings.id, status: groupBookings.status })
      .from(groupBookings)
      .where(eq(groupBookings.eventId, event.id))
    const statusOf = (id: string) => statuses.find((s) => s.id === id)?.status
    expect([statusOf(second.id), statusOf(third.id), statusOf(fourth.id)]).toEqual([
      'booked',
      'waiting',
      'waiting',
    ])
    expect((await emailsTo(db, f2!.email)).at(-1)?.subject).toBe(
      'You have a place from the waiting list',
    )
  })
})

describe('cancelling an event', () => {
  it('tells everyone booked or waiting, keeps their bookings and re-offers no places', async () => {
    const event = await createEvent({ title: 'Sensory parenting', capacity: 1 })
    const [f1, f2] = await seedBookingFamilies(2, 'cancel')
    await f1!.book(event.id)
    await f2!.book(event.id)
    const stale = await manager.post(`/api/group-programme/events/${event.id}/cancel`, {
      version: 5,
      reason: 'The trainer is ill',
    })
    expect(stale.status).toBe(409)
    const empty = await manager.post(`/api/group-programme/events/${event.id}/cancel`, {
      version: event.version,
      reason: ' ',
    })
    expect(empty.body.fieldErrors).toEqual({ reason: 'Enter why the event is cancelled' })
    const cancelled = expectStatus(
      await manager.post(`/api/group-programme/events/${event.id}/cancel`, {
        version: event.version,
        reason: 'The trainer is ill',
      }),
      200,
    ).body
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelReason: 'The trainer is ill',
      placesBooked: 1,
      waitingCount: 1,
      bookingOpen: false,
    })
    for (const f of [f1!, f2!]) {
      const told = (await emailsTo(db, f.email)).filter(
        (m) => m.subject === 'An event you booked has been cancelled',
      )
      expect(told).toHaveLength(1)
      expect(told[0]!.body).not.toContain('The trainer is ill')
      expect(told[0]!.body).not.toContain('Sensory parenting')
    }
    const bookings = await db
      .select({ status: groupBookings.status })
      .from(groupBookings)
      .where(eq(groupBookings.eventId, event.id))
    expect(bookings.map((b) => b.status).sort()).toEqual(['booked', 'waiting'])
    const again = await manager.post(`/api/group-programme/events/${event.id}/cancel`, {
      version: cancelled.version,
      reason: 'Again',
    })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('This event has already been cancelled')
    const edit = await update(event.id, cancelled.version, {})
    expect(edit.status).toBe(409)
    expect(edit.body.message).toBe('You cannot change an event that has been cancelled')
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.recordType, 'group-event'),
          eq(auditEvents.recordId, event.id),
          ne(auditEvents.action, 'create'),
        ),
      )
    expect(audit).toMatchObject({
      action: 'update',
      details: { status: 'cancelled', familiesTold: 2 },
    })
    // A family booking after the cancellation is refused; nothing moves on the list.
    const refused = await adopter.post(`/api/group-events/${event.id}/bookings`, {
      idempotencyKey: randomUUID(),
      attendees: [{ familyParentId: parentA }],
    })
    expect(refused.status).toBe(409)
  })
})
