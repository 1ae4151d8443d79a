import { randomUUID } from 'node:crypto'
import {
  and,
  asc,
  auditEvents,
  children,
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
let now = start
const clock = () => now
const at = (ms: number) => new Date(start.getTime() + ms).toISOString()

let t: TestApp
let db: Db
let adopter: Browser
let adopterB: Browser
let manager: Browser
let organisationId = ''
let laA = ''
let laOther = ''
let familyA = ''
let familyB = ''
let parentA = ''
let otherParentA: string | null = null
let parentB = ''
let childB = ''
/** Children with known ages on 2 December 2026: A's are 3 and 8, B's is 7. */
let toddlerA = ''
let childA = ''

/** A published event of one session a week today, unless overridden. */
const eventInput = (overrides: object = {}) => ({
  kind: 'parents_wellbeing',
  title: 'Parents’ wellbeing group',
  description: 'Time for you, with other parents.',
  audience: ['adopters', 'special_guardians'],
  delivery: 'in_person',
  venueName: 'Ardenbury Family Centre',
  venueAddress: '1 Mill Lane, Ardenbury',
  capacity: 10,
  localAuthorityId: laA,
  status: 'published',
  sessions: [{ startsAt: at(days(7)), endsAt: at(days(7) + hours(2)) }],
  ...overrides,
})

async function createEvent(overrides: object = {}) {
  return expectStatus(await manager.post('/api/group-programme/events', eventInput(overrides)), 201)
    .body as { id: string; version: number }
}

const book = (browser: Browser, eventId: string, attendees: object[], key = randomUUID()) =>
  browser.post(`/api/group-events/${eventId}/bookings`, { idempotencyKey: key, attendees })

/** Families with one adoptive parent each, called through the service as signed-in actors. */
const seedAdopterFamilies = (count: number, prefix: string) =>
  seedFamilies(db, { organisationId, localAuthorityId: laA, count, prefix, signedInAt: start })

async function familyOf(email: string) {
  const [row] = await db
    .select({ familyId: familyParents.familyId, parentId: familyParents.id })
    .from(familyParents)
    .innerJoin(users, eq(users.id, familyParents.userId))
    .where(eq(users.email, email))
  return row!
}

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock })
  db = t.database.db
  ;[adopter, adopterB, manager] = await Promise.all([
    signInAs(t.app, db, demoEmail('adopter'), 'email'),
    signInAs(t.app, db, demoEmail('adopter-b'), 'email'),
    signInAs(t.app, db, demoEmail('manager'), 'totp'),
  ])
  const a = await familyOf(demoEmail('adopter'))
  const b = await familyOf(demoEmail('adopter-b'))
  familyA = a.familyId
  parentA = a.parentId
  familyB = b.familyId
  parentB = b.parentId
  // Known people make the rules testable: both demo parents adopters, and two children of A.
  await db.update(familyParents).set({ kind: 'adopter' }).where(eq(familyParents.familyId, familyA))
  await db.update(familyParents).set({ kind: 'adopter' }).where(eq(familyParents.familyId, familyB))
  const parentsOfA = await db
    .select({ id: familyParents.id })
    .from(familyParents)
    .where(eq(familyParents.familyId, familyA))
  otherParentA = parentsOfA.find((p) => p.id !== parentA)?.id ?? null
  const [family] = await db.select().from(families).where(eq(families.id, familyA))
  organisationId = family!.organisationId
  laA = family!.localAuthorityId
  const [otherLa] = await db
    .select({ id: localAuthorities.id })
    .from(localAuthorities)
    .where(and(eq(localAuthorities.organisationId, organisationId), ne(localAuthorities.id, laA)))
  laOther = otherLa!.id
  const kids = await db
    .insert(children)
    .values([
      { familyId: familyA, firstName: 'Poppy', lastName: 'Test', dateOfBirth: '2023-06-01' },
      { familyId: familyA, firstName: 'Oscar', lastName: 'Test', dateOfBirth: '2018-12-02' },
    ])
    .returning({ id: children.id })
  toddlerA = kids[0]!.id
  childA = kids[1]!.id
  const [kidB] = await db
    .insert(children)
    .values({ familyId: familyB, firstName: 'Theo', lastName: 'Test', dateOfBirth: '2019-01-01' })
    .returning({ id: children.id })
  childB = kidB!.id
})
afterAll(() => t.close())

describe('finding groups and training', () => {
  it('lists published events from today, soonest first, with places left and planned courses', async () => {
    const session = (startsAt: string, endsAt: string) => ({ sessions: [{ startsAt, endsAt }] })
    const later = await createEvent({
      title: 'Adopters’ forum',
      kind: 'adopter_forum',
      ...session('2027-10-20T18:00:00Z', '2027-10-20T20:00:00Z'),
    })
    const sooner = await createEvent({
      title: 'Stay and play',
      kind: 'stay_and_play',
      capacity: 6,
      ...session('2027-10-05T09:00:00Z', '2027-10-05T11:00:00Z'),
    })
    // Half past midnight on 1 October in London (BST) is still 30 September in UTC.
    const edge = await createEvent({
      title: 'Night walk',
      ...session('2027-09-30T23:30:00Z', '2027-10-01T01:00:00Z'),
    })
    const planned = await createEvent({
      title: 'Therapeutic parenting',
      status: 'planned',
      kind: 'therapeutic_parenting_course',
      sessions: [],
    })
    // An event already past, and one for another area's families, which still shows unfiltered.
    const past = await createEvent({ title: 'Old group' })
    await db
      .update(groupEvents)
      .set({ startsAt: new Date(start.getTime() - days(2)) })
      .where(eq(groupEvents.id, past.id))
    const elsewhere = await createEvent({
      title: 'Elsewhere group',
      localAuthorityId: laOther,
      ...session('2027-10-12T10:00:00Z', '2027-10-12T12:00:00Z'),
    })
    const everywhere = await createEvent({
      title: 'Fun day',
      kind: 'fun_day',
      localAuthorityId: null,
      ...session('2027-10-15T10:00:00Z', '2027-10-15T15:00:00Z'),
    })
    expectStatus(await book(adopter, sooner.id, [{ familyParentId: parentA }]), 201)
    const idsOf = (body: { items: { id: string }[] }) => body.items.map((i) => i.id)

    const all = expectStatus(await adopter.get('/api/group-events'), 200).body
    expect(idsOf(all)).not.toContain(past.id)
    expect(idsOf(all)).not.toContain(planned.id)
    const starts = all.items.map((i: { startsAt: string }) => i.startsAt)
    expect(starts).toEqual([...starts].sort())
    expect(all.pageSize).toBe(20)
    expect(all.plannedCourses).toContainEqual(
      expect.objectContaining({ id: planned.id, interestRegistered: false }),
    )
    expect(all.areas.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([laA, laOther]),
    )
    // The month filter offers the London months with upcoming events, earliest first: October
    // 2027, not September (the night walk starts on 30 September in UTC, 1 October in London).
    expect(all.months).toEqual([...all.months].sort())
    expect(all.months).toContain('2027-10')
    expect(all.months).not.toContain('2027-09')

    const october = expectStatus(await adopter.get('/api/group-events?month=2027-10'), 200).body
    const mine = [edge.id, sooner.id, elsewhere.id, everywhere.id, later.id]
    expect(idsOf(october).filter((id) => mine.includes(id))).toEqual(mine)
    expect(october.items.find((i: { id: string }) => i.id === sooner.id)).toMatchObject({
      placesLeft: 5,
      capacity: 6,
      bookingOpen: true,
      sessionCount: 1,
      myBookingStatus: 'booked',
    })
    const september = expectStatus(await adopter.get('/api/group-events?month=2027-09'), 200).body
    expect(idsOf(september)).not.toContain(edge.id)

    // Another family sees its own status only.
    const other = expectStatus(await adopterB.get('/api/group-events?month=2027-10'), 200).body
    expect(other.items.find((i: { id: string }) => i.id === sooner.id).myBookingStatus).toBeNull()

    const byArea = idsOf(
      expectStatus(
        await adopter.get(`/api/group-events?month=2027-10&localAuthorityId=${laA}`),
        200,
      ).body,
    )
    expect(byArea).toEqual(expect.arrayContaining([sooner.id, everywhere.id]))
    expect(byArea).not.toContain(elsewhere.id)
    const byKind = expectStatus(
      await adopter.get('/api/group-events?month=2027-10&kind=adopter_forum'),
      200,
    ).body
    expect(idsOf(byKind)).toEqual([later.id])
    // The same months whatever the filters: they are chosen together.
    expect(byKind.months).toEqual(all.months)
    expect(october.months).toEqual(all.months)
    const bad = await adopter.get('/api/group-events?month=2027-13')
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors).toEqual({ month: 'Select a month' })
  })

  it('pages 20 at a time', async () => {
    const first = new Date('2027-11-03T10:00:00Z').getTime()
    for (let n = 0; n < 21; n += 1) {
      await createEvent({
        title: `Coffee morning ${n}`,
        kind: 'childrens_activity',
        audience: ['adopters'],
        sessions: [
          {
            startsAt: new Date(first + hours(n)).toISOString(),
            endsAt: new Date(first + hours(n) + 1800_000).toISOString(),
          },
        ],
      })
    }
    const query = '/api/group-events?kind=childrens_activity&month=2027-11'
    const page1 = expectStatus(await adopter.get(query), 200)
    const page2 = expectStatus(await adopter.get(`${query}&page=2`), 200)
    expect(page1.body.items).toHaveLength(20)
    expect(page2.body).toMatchObject({ page: 2, total: 21 })
    expect(page2.body.items).toHaveLength(1)
  })
})

describe('one event', () => {
  it('shows the household with who may come and why not, and never anyone else’s booking', async () => {
    const event = await createEvent({
      title: 'Children’s art club',
      kind: 'childrens_activity',
      audience: ['children'],
      minAge: 4,
      maxAge: 14,
      sessions: [{ startsAt: '2026-12-02T15:00:00Z', endsAt: '2026-12-02T16:30:00Z' }],
    })
    expectStatus(await book(adopterB, event.id, [{ childId: childB }]), 201)
    const res = expectStatus(await adopter.get(`/api/group-events/${event.id}`), 200).body
    const byId = Object.fromEntries(res.household.map((m: { id: string }) => [m.id, m])) as Record<
      string,
      { eligible: boolean; reason: string | null }
    >
    expect(byId[childA]).toMatchObject({ eligible: true, reason: null })
    expect(byId[toddlerA]).toMatchObject({
      eligible: false,
      reason: 'This event is for children aged 4 to 14',
    })
    expect(byId[parentA]).toMatchObject({
      eligible: false,
      reason: 'This event is for children and young people',
    })
    expect(res).toMatchObject({ myBooking: null, guestsAllowed: false, onlineLink: null })
    expect(res.placesLeft).toBe(9)
    // Family B's booking shows as a place taken, never as a name.
    const [b] = await db.select().from(familyParents).where(eq(familyParents.id, parentB))
    expect(JSON.stringify(res)).not.toContain(b!.fullName)
    expect(JSON.stringify(res)).not.toContain(childB)
    const audited = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'group-booking'), eq(auditEvents.action, 'read')))
    expect(audited.length).toBeGreaterThan(0)
  })

  it('gives the online link only to a family with a booked place', async () => {
    const event = await createEvent({
      title: 'Online wellbeing',
      delivery: 'online',
      venueName: undefined,
      venueAddress: undefined,
      onlineLink: 'https://meet.example.org/wellbeing',
    })
    expect((await adopter.get(`/api/group-events/${event.id}`)).body.onlineLink).toBeNull()
    expectStatus(await book(adopter, event.id, [{ familyParentId: parentA }]), 201)
    const booked = expectStatus(await adopter.get(`/api/group-events/${event.id}`), 200).body
    expect(booked.onlineLink).toBe('https://meet.example.org/wellbeing')
    expect(booked.myBooking).toMatchObject({ status: 'booked', places: 1, waitingPosition: null })
    expect((await adopterB.get(`/api/group-events/${event.id}`)).body.onlineLink).toBeNull()
  })

  it('shows a cancelled event with its reason, and it cannot be booked', async () => {
    const event = await createEvent({ title: 'Picnic' })
    expectStatus(
      await manager.post(`/api/group-programme/events/${event.id}/cancel`, {
        version: event.version,
        reason: 'The park is closed for repairs',
      }),
      200,
    )
    const res = expectStatus(await adopter.get(`/api/group-events/${event.id}`), 200).body
    expect(res).toMatchObject({
      status: 'cancelled',
      cancelReason: 'The park is closed for repairs',
      bookingOpen: false,
    })
    const refused = await book(adopter, event.id, [{ familyParentId: parentA }])
    expect(refused.status).toBe(409)
    expect(refused.body.message).toBe('This event has been cancelled')
  })

  it('is not found for an id that is not an event', async () => {
    expect((await adopter.get(`/api/group-events/${randomUUID()}`)).status).toBe(404)
    expect((await adopter.get('/api/group-events/not-an-id')).status).toBe(400)
  })
})

describe('booking', () => {
  it('books the family’s own people once, however often the same request is retried', async () => {
    const event = await createEvent({ title: 'Retried booking' })
    const key = randomUUID()
    const attendees = [
      { familyParentId: parentA },
      ...(otherParentA ? [{ familyParentId: otherParentA }] : []),
    ]
    const first = expectStatus(await book(adopter, event.id, attendees, key), 201).body
    const again = expectStatus(await book(adopter, event.id, attendees, key), 201).body
    expect(again).toEqual(first)
    expect(first).toMatchObject({ eventId: event.id, status: 'booked', waitingPosition: null })
    const rows = await db.select().from(groupBookings).where(eq(groupBookings.eventId, event.id))
    expect(rows).toHaveLength(1)
    const [row] = await db.select().from(groupEvents).where(eq(groupEvents.id, event.id))
    expect(row!.placesBooked).toBe(attendees.length)
    const emails = await emailsTo(db, demoEmail('adopter'))
    expect(emails.at(-1)).toMatchObject({ subject: 'Your booking is confirmed' })
    // The event's name may say something about the family: emails give only the date and time.
    expect(emails.at(-1)!.body).not.toContain('Retried booking')
    expect(emails.at(-1)!.body).toContain('http://127.0.0.1:3000/groups/bookings')
    const audits = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'group-booking'), eq(auditEvents.recordId, first.id)))
    expect(audits.map((a) => a.action)).toContain('create')
  })

  it('refuses a second booking for the same event', async () => {
    const event = await createEvent({ title: 'Twice' })
    expectStatus(await book(adopter, event.id, [{ familyParentId: parentA }]), 201)
    const second = await book(adopter, event.id, [{ familyParentId: parentA }])
    expect(second.status).toBe(409)
    expect(second.body.message).toBe('You have already booked this event')
  })

  it('books only the family’s own household, with plain reasons for who may not come', async () => {
    const event = await createEvent({
      title: 'Family fun',
      kind: 'fun_day',
      audience: ['adopters', 'children'],
      minAge: 4,
      maxAge: 14,
      sessions: [{ startsAt: '2026-12-02T10:00:00Z', endsAt: '2026-12-02T15:00:00Z' }],
    })
    const refusals: [object[], string][] = [
      [[{ familyParentId: parentB }], 'Select who is coming'],
      [[{ childId: childB }], 'Select who is coming'],
      [[{ childId: randomUUID() }], 'Select who is coming'],
      [
        [{ guestName: 'Grandma Rose' }],
        'You can only book guests on events for family and friends',
      ],
      [
        [{ childId: toddlerA }],
        'Poppy Test cannot come because this event is for children aged 4 to 14',
      ],
      [[{ childId: childA }, { childId: childA }], 'Select each person once'],
    ]
    for (const [attendees, message] of refusals) {
      const res = await book(adopter, event.id, attendees)
      expect(res.status, message).toBe(400)
      expect(res.body.fieldErrors).toEqual({ attendees: message })
    }
    const empty = await book(adopter, event.id, [])
    expect(empty.body.fieldErrors).toEqual({ attendees: 'Select who is coming' })
    // Nothing was written by any refusal.
    expect(
      await db.select().from(groupBookings).where(eq(groupBookings.eventId, event.id)),
    ).toEqual([])
    const ok = expectStatus(
      await book(adopter, event.id, [{ familyParentId: parentA }, { childId: childA }]),
      201,
    )
    const attendees = await db
      .select()
      .from(groupBookingAttendees)
      .where(eq(groupBookingAttendees.bookingId, ok.body.id))
    expect(attendees).toHaveLength(2)
  })

  it('books guests by name for family and friends training, and special guardians by audience', async () => {
    const event = await createEvent({
      title: 'Family and friends',
      kind: 'family_and_friends_training',
      audience: ['family_and_friends', 'adopters'],
    })
    const res = expectStatus(
      await book(adopter, event.id, [{ familyParentId: parentA }, { guestName: 'Rose Carter' }]),
      201,
    )
    expect(res.body.status).toBe('booked')
    const mine = expectStatus(await adopter.get(`/api/group-events/${event.id}`), 200).body
    expect(mine.myBooking.attendees.map((a: { name: string }) => a.name)).toContain('Rose Carter')

    const guardians = await createEvent({
      title: 'Special guardians',
      audience: ['special_guardians'],
    })
    const refused = await book(adopterB, guardians.id, [{ familyParentId: parentB }])
    const [b] = await db.select().from(familyParents).where(eq(familyParents.id, parentB))
    expect(refused.body.fieldErrors).toEqual({
      attendees: `${b!.fullName} cannot come because this event is for special guardians`,
    })
  })

  it('books only while booking is open', async () => {
    const notYet = await createEvent({ title: 'Not yet', bookingOpensAt: at(days(2)) })
    const early = await book(adopter, notYet.id, [{ familyParentId: parentA }])
    expect(early.status).toBe(409)
    expect(early.body.message).toBe('Booking for this event opens on 27 November 2026 at 10am')
    const closed = await createEvent({ title: 'Closed', bookingClosesAt: at(hours(1)) })
    now = new Date(start.getTime() + hours(2))
    try {
      const late = await book(adopter, closed.id, [{ familyParentId: parentA }])
      expect(late.status).toBe(409)
      expect(late.body.message).toBe('Booking for this event has closed')
    } finally {
      now = start
    }
    const planned = await createEvent({ title: 'Planned', status: 'planned', sessions: [] })
    const unplanned = await book(adopter, planned.id, [{ familyParentId: parentA }])
    expect(unplanned.status).toBe(409)
  })

  it('puts a family on the waiting list when the places left do not fit, and no bigger than the event', async () => {
    const event = await createEvent({ title: 'Small group', capacity: 2 })
    const [f1, f2] = await seedAdopterFamilies(2, 'small')
    const mine = familyGroupService(db, clock, t.config.publicUrl)
    const first = await mine.book(f1!.actor, event.id, {
      idempotencyKey: randomUUID(),
      attendees: [{ familyParentId: f1!.parentId }],
    })
    expect(first.status).toBe('booked')
    const second = expectStatus(await book(adopter, event.id, [{ familyParentId: parentA }]), 201)
    expect(second.body.status).toBe('booked')
    const third = await mine.book(f2!.actor, event.id, {
      idempotencyKey: randomUUID(),
      attendees: [{ familyParentId: f2!.parentId }],
    })
    expect(third).toMatchObject({ status: 'waiting', waitingPosition: 1 })
    expect((await emailsTo(db, f2!.email)).at(-1)?.subject).toBe('You are on a waiting list')
    const tooMany = await createEvent({
      title: 'Tiny',
      capacity: 1,
      audience: ['adopters', 'children'],
      minAge: 0,
      maxAge: 17,
    })
    const refused = await book(adopter, tooMany.id, [
      { familyParentId: parentA },
      { childId: childA },
    ])
    expect(refused.body.fieldErrors).toEqual({
      attendees: 'This event has 1 place: select 1 or fewer people',
    })
  })
})

describe('cancelling and the waiting list', () => {
  it('gives freed places to the head of the list in order, never skipping it for someone smaller', async () => {
    const event = await createEvent({ title: 'Nurture group', capacity: 4 })
    const [f1, f2, f3, f4] = await seedAdopterFamilies(4, 'nurture')
    const mine = familyGroupService(db, clock, t.config.publicUrl)
    const bookFor = async (f: NonNullable<typeof f1>, names: string[]) => {
      // Guests are not allowed here: the family's one parent, plus extra seeded parents.
      const extra =
        names.length === 0
          ? []
          : await db
              .insert(familyParents)
              .values(
                names.map((fullName) => ({
                  familyId: f.familyId,
                  fullName,
                  kind: 'adopter' as const,
                })),
              )
              .returning({ id: familyParents.id })
      return mine.book(f.actor, event.id, {
        idempotencyKey: randomUUID(),
        attendees: [f.parentId, ...extra.map((e) => e.id)].map((familyParentId) => ({
          familyParentId,
        })),
      })
    }
    expect((await bookFor(f1!, [])).status).toBe('booked') // 1 place
    expect((await bookFor(f2!, ['Ella Two', 'Ben Two'])).status).toBe('booked') // 3, full
    const head = await bookFor(f3!, ['Isla Three']) // 2 places, waiting first
    const behind = await bookFor(f4!, []) // 1 place, waiting second
    expect(head).toMatchObject({ status: 'waiting', waitingPosition: 1 })
    expect(behind).toMatchObject({ status: 'waiting', waitingPosition: 2 })

    // One place frees: the head needs two, so nobody moves (the one behind is not served first).
    const f1Booking = (await mine.findMine(f1!.actor)).upcoming.find((b) => b.eventId === event.id)!
    const afterF1 = await mine.cancel(f1!.actor, f1Booking.id, { version: f1Booking.version })
    expect(afterF1.upcoming.find((b) => b.id === f1Booking.id)?.status).toBe('cancelled')
    let bookings = await db.select().from(groupBookings).where(eq(groupBookings.eventId, event.id))
    expect(bookings.find((b) => b.id === behind.id)?.status).toBe('waiting')
    let [row] = await db.select().from(groupEvents).where(eq(groupEvents.id, event.id))
    expect(row!.placesBooked).toBe(3)

    // Three more free: the head (2) and then the one behind (1), in one transaction.
    const f2Booking = (await mine.findMine(f2!.actor)).upcoming.find((b) => b.eventId === event.id)!
    await mine.cancel(f2!.actor, f2Booking.id, { version: f2Booking.version })
    bookings = await db.select().from(groupBookings).where(eq(groupBookings.eventId, event.id))
    expect(bookings.find((b) => b.id === head.id)).toMatchObject({ status: 'booked', version: 2 })
    expect(bookings.find((b) => b.id === behind.id)?.status).toBe('booked')
    ;[row] = await db.select().from(groupEvents).where(eq(groupEvents.id, event.id))
    expect(row!.placesBooked).toBe(3)
    for (const f of [f3!, f4!]) {
      expect((await emailsTo(db, f.email)).at(-1)?.subject).toBe(
        'You have a place from the waiting list',
      )
    }
  })

  it('lets a family leave the waiting list, and refuses others’ bookings, old versions and started events', async () => {
    const event = await createEvent({ title: 'Full group', capacity: 1 })
    expectStatus(await book(adopterB, event.id, [{ familyParentId: parentB }]), 201)
    const waiting = expectStatus(
      await book(adopter, event.id, [{ familyParentId: parentA }]),
      201,
    ).body
    expect(waiting).toMatchObject({ status: 'waiting', waitingPosition: 1 })
    // Another family's booking is not found, never refused.
    expect(
      (await adopterB.post(`/api/my/group-bookings/${waiting.id}/cancel`, { version: 1 })).status,
    ).toBe(404)
    const stale = await adopter.post(`/api/my/group-bookings/${waiting.id}/cancel`, { version: 7 })
    expect(stale.status).toBe(409)
    expect(stale.body.message).toBe(
      'This booking was changed by someone else. Check it and try again',
    )
    const left = expectStatus(
      await adopter.post(`/api/my/group-bookings/${waiting.id}/cancel`, {
        version: waiting.version,
      }),
      200,
    ).body
    expect(left.upcoming.find((b: { id: string }) => b.id === waiting.id)).toMatchObject({
      status: 'cancelled',
      cancellable: false,
    })
    const [row] = await db.select().from(groupEvents).where(eq(groupEvents.id, event.id))
    expect(row!.placesBooked).toBe(1)
    // Once the event has started, a booked place can no longer be cancelled here.
    const bBooking = (await adopterB.get('/api/my/group-bookings')).body.upcoming.find(
      (b: { eventId: string }) => b.eventId === event.id,
    )
    now = new Date(start.getTime() + days(7) + hours(1))
    try {
      const late = await adopterB.post(`/api/my/group-bookings/${bBooking.id}/cancel`, {
        version: bBooking.version,
      })
      expect(late.status).toBe(409)
      expect(late.body.message).toBe(
        'You cannot cancel this booking because the event has started. Contact the team if you cannot come',
      )
    } finally {
      now = start
    }
  })
})

describe('your bookings', () => {
  it('lists upcoming and past bookings with places on the list and what each person attended', async () => {
    const event = await createEvent({
      title: 'Two-week course',
      sessions: [
        { startsAt: at(days(1)), endsAt: at(days(1) + hours(2)) },
        { startsAt: at(days(8)), endsAt: at(days(8) + hours(2)) },
      ],
    })
    const booked = expectStatus(
      await book(adopter, event.id, [{ familyParentId: parentA }]),
      201,
    ).body
    const [attendee] = await db
      .select()
      .from(groupBookingAttendees)
      .where(eq(groupBookingAttendees.bookingId, booked.id))
    const [first] = await db
      .select()
      .from(groupEventSessions)
      .where(eq(groupEventSessions.eventId, event.id))
      .orderBy(asc(groupEventSessions.startsAt))
    await db
      .insert(groupAttendance)
      .values({ sessionId: first!.id, attendeeId: attendee!.id, present: true })
    now = new Date(start.getTime() + days(20))
    try {
      const res = expectStatus(await adopter.get('/api/my/group-bookings'), 200).body
      const item = res.past.find((b: { id: string }) => b.id === booked.id)
      expect(item).toMatchObject({
        status: 'booked',
        cancellable: false,
        eventCancelled: false,
        attendees: [expect.objectContaining({ sessionsAttended: 1, sessionsMarked: 1 })],
      })
      expect(res.upcoming.find((b: { id: string }) => b.id === booked.id)).toBeUndefined()
    } finally {
      now = start
    }
    const upcoming = expectStatus(await adopter.get('/api/my/group-bookings'), 200).body.upcoming
    expect(upcoming.find((b: { id: string }) => b.id === booked.id)).toMatchObject({
      cancellable: true,
      title: 'Two-week course',
    })
    const starts = upcoming.map((b: { startsAt: string }) => b.startsAt)
    expect(starts).toEqual([...starts].sort())
    // Nothing of family B's.
    const others = expectStatus(await adopterB.get('/api/my/group-bookings'), 200).body
    expect([...others.upcoming, ...others.past].map((b: { id: string }) => b.id)).not.toContain(
      booked.id,
    )
  })
})

describe('the calendar file', () => {
  it('is an iCalendar attachment with one event a session in London time, for a booked place only', async () => {
    const event = await createEvent({
      title: 'Wellbeing group',
      delivery: 'online',
      venueName: undefined,
      venueAddress: undefined,
      onlineLink: 'https://meet.example.org/abc',
      capacity: 1,
      // 10am London in December (GMT) and 10am London in April 2027 (BST, 9am UTC).
      sessions: [
        { startsAt: '2026-12-09T10:00:00Z', endsAt: '2026-12-09T12:00:00Z' },
        { startsAt: '2027-04-07T09:00:00Z', endsAt: '2027-04-07T11:00:00Z' },
      ],
    })
    const booked = expectStatus(
      await book(adopter, event.id, [{ familyParentId: parentA }]),
      201,
    ).body
    const res = expectStatus(await adopter.get(`/api/my/group-bookings/${booked.id}/calendar`), 200)
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(res.headers['content-disposition']).toContain(
      'attachment; filename="wellbeing-group.ics"',
    )
    const text = res.text ?? String(res.body)
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(text).toContain('DTSTART;TZID=Europe/London:20261209T100000')
    expect(text).toContain('DTSTART;TZID=Europe/London:20270407T100000')
    expect(text).toContain('BEGIN:VTIMEZONE')
    expect(text).toContain('LOCATION:Online')
    expect(text).toContain('https://meet.example.org/abc')
    expect(text).toContain('SUMMARY:Wellbeing group (session 1 of 2)')

    // A waiting booking has no calendar file, and nor has another family.
    const waiting = expectStatus(
      await book(adopterB, event.id, [{ familyParentId: parentB }]),
      201,
    ).body
    expect(waiting.status).toBe('waiting')
    expect((await adopterB.get(`/api/my/group-bookings/${waiting.id}/calendar`)).status).toBe(404)
    expect((await adopterB.get(`/api/my/group-bookings/${booked.id}/calendar`)).status).toBe(404)
  })
})

describe('registering interest in a course with no dates yet', () => {
  it('registers once, and emails each family once when the dates are published', async () => {
    const course = await createEvent({
      title: 'Non-violent resistance',
      kind: 'therapeutic_parenting_course',
      status: 'planned',
      sessions: [],
    })
    for (const browser of [adopter, adopter, adopterB]) {
      expect(
        expectStatus(await browser.post(`/api/group-events/${course.id}/interest`), 200).body,
      ).toEqual({ eventId: course.id, registered: true })
    }
    const interests = await db
      .select()
      .from(groupEventInterests)
      .where(eq(groupEventInterests.eventId, course.id))
    expect(interests).toHaveLength(2)
    const listed = expectStatus(await adopter.get('/api/group-events'), 200).body.plannedCourses
    expect(listed.find((c: { id: string }) => c.id === course.id).interestRegistered).toBe(true)

    const publish = (version: number) =>
      manager.put(`/api/group-programme/events/${course.id}`, {
        version,
        event: eventInput({
          title: 'Non-violent resistance',
          kind: 'therapeutic_parenting_course',
          status: 'published',
        }),
      })
    const published = expectStatus(await publish(course.version), 200).body
    expectStatus(await publish(published.version), 200)
    for (const email of [demoEmail('adopter'), demoEmail('adopter-b')]) {
      const told = (await emailsTo(db, email)).filter(
        (m) => m.subject === 'Dates are published for a course you are interested in',
      )
      expect(told).toHaveLength(1)
      expect(told[0]!.body).toContain(`http://127.0.0.1:3000/groups/${course.id}`)
    }
    const after = await db
      .select()
      .from(groupEventInterests)
      .where(eq(groupEventInterests.eventId, course.id))
    expect(after.every((i) => i.notifiedAt !== null)).toBe(true)
    // Now it has dates: interest is refused, booking is open.
    const again = await adopter.post(`/api/group-events/${course.id}/interest`)
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('This course already has dates. Book a place instead')
  })
})
