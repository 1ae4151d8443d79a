import {
  and,
  auditEvents,
  children,
  eq,
  families,
  familyParents,
  groupAttendance,
  groupBookingAttendees,
  groupBookings,
  groupEvents,
  localAuthorities,
  users,
  type Db,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoGroups } from '../../demo-seed.ts'
import { demoEmail } from '@asp/db'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import { ageOn } from './dates.ts'
import { neutraliseCell } from '../../platform/csv/csv.ts'
import { insertBooking, insertEventWithSessions, sessionAt } from './testing.ts'

// A parents' wellbeing group in Ardenshire meeting twice: Thursdays 9 and 16 March 2028, 10am
// to noon (GMT). The app's clock starts on Monday 6 March 2028 and moves to the session days.
const firstSession = { startsAt: new Date('2028-03-09T10:00:00Z'), hours: 2 }
const secondSession = { startsAt: new Date('2028-03-16T10:00:00Z'), hours: 2 }
let now = new Date('2028-03-06T10:00:00Z')

let t: TestApp
let db: Db
let duty: Browser
let worker: Browser
let workerAdopter: Browser
let otherAreaWorker: Browser
let administrator: Browser

let organisationId = ''
let ardenshire = ''
let eventId = ''
let sessionIds: string[] = []
const people = {
  familyA: '',
  familyB: '',
  conflicted: '',
  waitingFirst: '',
  waitingSecond: '',
  otherArea: '',
  parentA: { id: '', name: '' },
  parentB: { id: '', name: '' },
  conflictedParent: '',
  childA: { id: '', name: '' },
  // Attendee ids
  attendeeParentA: '',
  attendeeChildA: '',
  attendeeParentB: '',
  attendeeGuest: '',
  attendeeConflicted: '',
  attendeeWaiting: '',
  bookingA: '',
}
const guestName = '=HYPERLINK("http://example.invalid","Click")'

async function familyOf(email: string) {
  const [row] = await db
    .select({
      familyId: familyParents.familyId,
      parentId: familyParents.id,
      name: familyParents.fullName,
    })
    .from(familyParents)
    .leftJoin(users, eq(users.id, familyParents.userId))
    .where(eq(familyParents.email, email))
  return row!
}

async function book(
  event: string,
  familyId: string | null,
  status: 'booked' | 'waiting' | 'cancelled',
  attendees: { familyParentId?: string; childId?: string; name?: string }[],
) {
  const booking = await insertBooking(
    db,
    {
      eventId: event,
      familyId,
      status,
      bookedAt: status === 'booked' ? new Date('2028-02-01T12:00:00Z') : null,
      waitingSince: status === 'waiting' ? new Date('2028-02-02T12:00:00Z') : null,
    },
    attendees,
  )
  return { bookingId: booking.id, attendeeIds: booking.attendeeIds }
}

async function createEvent(overrides: Partial<typeof groupEvents.$inferInsert> = {}) {
  const event = await insertEventWithSessions(
    db,
    {
      organisationId,
      localAuthorityId: ardenshire,
      kind: 'parents_wellbeing',
      title: 'Parents’ wellbeing group',
      description: 'Time for you, with other adoptive parents.',
      audience: ['adopters'],
      delivery: 'in_person',
      venueName: 'Ardenbury Family Centre',
      capacity: 10,
      status: 'published',
      publishedAt: new Date('2028-01-10T09:00:00Z'),
      ...overrides,
    },
    [firstSession, secondSession].map((s) => sessionAt(s.startsAt, s.hours)),
  )
  return { eventId: event.id, sessionIds: event.sessions.map((s) => s.id) }
}

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock: () => now })
  db = t.database.db
  ;[duty, worker, workerAdopter, otherAreaWorker, administrator] = await Promise.all([
    signInAs(t.app, db, demoEmail('duty'), 'totp'),
    signInAs(t.app, db, demoEmail('worker'), 'totp'),
    signInAs(t.app, db, demoEmail('worker-adopter'), 'totp'),
    signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp'),
    signInAs(t.app, db, demoEmail('administrator'), 'totp'),
  ])
  const a = await familyOf(demoEmail('adopter'))
  const b = await familyOf(demoEmail('adopter-b'))
  const c = await familyOf(demoEmail('worker-adopter'))
  const [family] = await db
    .select({ organisationId: families.organisationId, la: families.localAuthorityId })
    .from(families)
    .where(eq(families.id, a.familyId))
  organisationId = family!.organisationId
  ardenshire = family!.la
  const others = await db
    .select({ id: families.id, la: families.localAuthorityId })
    .from(families)
    .where(eq(families.organisationId, organisationId))
    .orderBy(families.reference)
  const sameArea = others.filter(
    (f) => f.la === ardenshire && ![a.familyId, b.familyId, c.familyId].includes(f.id),
  )
  Object.assign(people, {
    familyA: a.familyId,
    familyB: b.familyId,
    conflicted: c.familyId,
    waitingFirst: sameArea[0]!.id,
    waitingSecond: sameArea[1]!.id,
    otherArea: others.find((f) => f.la !== ardenshire)!.id,
    parentA: { id: a.parentId, name: a.name },
    parentB: { id: b.parentId, name: b.name },
    conflictedParent: c.parentId,
  })
  // A child born on 10 March 2021: 6 on the first session's date, 7 the day after.
  const surname = a.name.split(' ').at(-1)!
  const [child] = await db
    .insert(children)
    .values({
      familyId: a.familyId,
      firstName: 'Poppy',
      lastName: surname,
      dateOfBirth: '2021-03-10',
    })
    .returning({ id: children.id })
  people.childA = { id: child!.id, name: `Poppy ${surname}` }

  ;({ eventId, sessionIds } = await createEvent())
  const bookingA = await book(eventId, people.familyA, 'booked', [
    { familyParentId: people.parentA.id },
    { childId: people.childA.id },
  ])
  people.bookingA = bookingA.bookingId
  ;[people.attendeeParentA, people.attendeeChildA] = bookingA.attendeeIds as [string, string]
  const bookingB = await book(eventId, people.familyB, 'booked', [
    { familyParentId: people.parentB.id },
    { name: guestName },
  ])
  ;[people.attendeeParentB, people.attendeeGuest] = bookingB.attendeeIds as [string, string]
  people.attendeeConflicted = (
    await book(eventId, people.conflicted, 'booked', [{ familyParentId: people.conflictedParent }])
  ).attendeeIds[0]!
  await book(eventId, people.conflicted, 'waiting', [{ name: 'Morgan’s friend' }])
  people.attendeeWaiting = (
    await book(eventId, people.waitingFirst, 'waiting', [{ name: 'Jamie Waiting' }])
  ).attendeeIds[0]!
  await book(eventId, people.waitingSecond, 'waiting', [
    { name: 'Alex Later' },
    { name: 'Sam Later' },
  ])
  await book(eventId, people.familyB, 'cancelled', [{ name: 'Not coming' }])
  await db.update(groupEvents).set({ placesBooked: 5 }).where(eq(groupEvents.id, eventId))
})
afterAll(() => t.close())

const registerOf = (browser: Browser, id = eventId) =>
  browser.get(`/api/group-programme/events/${id}/register`)
const mark = (browser: Browser, body: object, id = eventId) =>
  browser.post(`/api/group-programme/events/${id}/attendance`, body)
const walkIn = (browser: Browser, body: object, id = eventId) =>
  browser.post(`/api/group-programme/events/${id}/walk-ins`, body)

describe('ages', () => {
  it('counts whole years on the date, a birthday counting from its own day', () => {
    expect(ageOn('2021-03-10', '2028-03-09')).toBe(6)
    expect(ageOn('2021-03-10', '2028-03-10')).toBe(7)
    expect(ageOn('2020-02-29', '2028-02-28')).toBe(7)
    expect(ageOn('2020-02-29', '2028-02-29')).toBe(8)
  })
})

describe('the register', () => {
  it('lists who is booked, with attendance by session, and the waiting list in order', async () => {
    const body = expectStatus(await registerOf(duty), 200).body
    expect(body.event).toEqual({
      id: eventId,
      title: 'Parents’ wellbeing group',
      status: 'published',
      capacity: 10,
      placesBooked: 5,
      sessions: [
        {
          id: sessionIds[0],
          startsAt: '2028-03-09T10:00:00.000Z',
          endsAt: '2028-03-09T12:00:00.000Z',
        },
        {
          id: sessionIds[1],
          startsAt: '2028-03-16T10:00:00.000Z',
          endsAt: '2028-03-16T12:00:00.000Z',
        },
      ],
    })
    const [la] = await db
      .select({ name: localAuthorities.name })
      .from(localAuthorities)
      .where(eq(localAuthorities.id, ardenshire))
    const unmarked = { [sessionIds[0]!]: null, [sessionIds[1]!]: null }
    const mine = body.booked.find((b: { bookingId: string }) => b.bookingId === people.bookingA)
    expect(mine).toMatchObject({
      kind: 'booking',
      localAuthorityName: la!.name,
      bookedAt: '2028-02-01T12:00:00.000Z',
      attendees: [
        {
          id: people.attendeeParentA,
          name: people.parentA.name,
          kind: 'parent',
          age: null,
          attendance: unmarked,
        },
        {
          id: people.attendeeChildA,
          name: people.childA.name,
          kind: 'child',
          age: 6,
          attendance: unmarked,
        },
      ],
    })
    expect(mine.familyReference).toMatch(/^CSA-\d{5}$/)
    const names = body.booked.flatMap((b: { attendees: { name: string; kind: string }[] }) =>
      b.attendees.map((a) => `${a.kind}: ${a.name}`),
    )
    expect(names).toEqual(
      expect.arrayContaining([`parent: ${people.parentB.name}`, `guest: ${guestName}`]),
    )
    // Cancelled bookings are not on the register.
    expect(names).not.toContain('guest: Not coming')
    expect(body.waiting).toEqual([
      expect.objectContaining({ position: 1, attendeeNames: ['Morgan’s friend'], places: 1 }),
      expect.objectContaining({ position: 2, attendeeNames: ['Jamie Waiting'], places: 1 }),
      expect.objectContaining({
        position: 3,
        attendeeNames: ['Alex Later', 'Sam Later'],
        places: 2,
        waitingSince: '2028-02-02T12:00:00.000Z',
      }),
    ])
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'group-event'), eq(auditEvents.recordId, eventId)))
    expect(audit).toMatchObject({ action: 'read', localAuthorityId: ardenshire })
  })

  it('leaves out, without a word, a family the member of staff has a conflict of interest with', async () => {
    const body = expectStatus(await registerOf(workerAdopter), 200).body
    const attendeeIds = body.booked.flatMap((b: { attendees: { id: string }[] }) =>
      b.attendees.map((a) => a.id),
    )
    expect(attendeeIds).toContain(people.attendeeParentA)
    expect(attendeeIds).not.toContain(people.attendeeConflicted)
    expect(JSON.stringify(body)).not.toContain('Morgan')
    // The others keep their true places in the queue.
    expect(body.waiting.map((w: { position: number }) => w.position)).toEqual([2, 3])
    now = new Date('2028-03-09T09:00:00Z')
    try {
      const refused = await mark(workerAdopter, {
        sessionId: sessionIds[0],
        marks: [{ attendeeId: people.attendeeConflicted, present: true }],
      })
      expect(refused.status).toBe(400)
      const csv = await workerAdopter.get(`/api/group-programme/events/${eventId}/register.csv`)
      expect(csv.status).toBe(200)
      expect(csv.text).not.toContain('Morgan')
    } finally {
      now = new Date('2028-03-06T10:00:00Z')
    }
  })

  it('is for the event’s own area: other areas’ staff are told it is not there, administrators refused', async () => {
    expect((await registerOf(otherAreaWorker)).status).toBe(404)
    expect((await registerOf(administrator)).status).toBe(403)
    expect((await registerOf(duty, '00000000-0000-4000-8000-000000000000')).status).toBe(404)
    const everyArea = await createEvent({ localAuthorityId: null, title: 'Adopters’ forum' })
    expect((await registerOf(otherAreaWorker, everyArea.eventId)).status).toBe(200)
  })
})

describe('marking attendance', () => {
  it('waits for the day of the session', async () => {
    now = new Date('2028-03-08T23:59:00Z')
    const res = await mark(worker, {
      sessionId: sessionIds[0],
      marks: [{ attendeeId: people.attendeeParentA, present: true }],
    })
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({
      sessionId: 'You can mark attendance from the day of the session',
    })
  })

  it('may start in the hour before a session that begins just after midnight', async () => {
    const late = await insertEventWithSessions(
      db,
      {
        organisationId,
        localAuthorityId: ardenshire,
        kind: 'young_peoples_group',
        title: 'Stargazing night',
        description: 'A night under the stars at the observatory.',
        audience: ['adopters'],
        delivery: 'in_person',
        venueName: 'Brackenford Observatory',
        capacity: 10,
        status: 'published',
      },
      [sessionAt(new Date('2028-03-20T00:30:00Z'), 8)],
    )
    const { attendeeIds } = await book(late.id, people.familyA, 'booked', [
      { familyParentId: people.parentA.id },
    ])
    const marks = [{ attendeeId: attendeeIds[0]!, present: true }]
    try {
      now = new Date('2028-03-19T23:20:00Z')
      const early = await mark(worker, { sessionId: late.sessions[0]!.id, marks }, late.id)
      expect(early.status).toBe(400)
      now = new Date('2028-03-19T23:45:00Z')
      const res = await mark(worker, { sessionId: late.sessions[0]!.id, marks }, late.id)
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ marked: 1 })
    } finally {
      now = new Date('2028-03-06T10:00:00Z')
    }
  })

  it('records who came and who did not, and a second marking corrects the first', async () => {
    now = new Date('2028-03-09T10:30:00Z')
    expectStatus(
      await mark(worker, {
        sessionId: sessionIds[0],
        marks: [
          { attendeeId: people.attendeeParentA, present: true },
          { attendeeId: people.attendeeChildA, present: false },
          { attendeeId: people.attendeeGuest, present: true },
        ],
      }),
      200,
    )
    const corrected = expectStatus(
      await mark(duty, {
        sessionId: sessionIds[0],
        marks: [{ attendeeId: people.attendeeChildA, present: true }],
      }),
      200,
    )
    expect(corrected.body).toEqual({ marked: 1 })
    const body = expectStatus(await registerOf(worker), 200).body
    const attendance = Object.fromEntries(
      body.booked.flatMap((b: { attendees: { id: string; attendance: object }[] }) =>
        b.attendees.map((a) => [a.id, a.attendance]),
      ),
    )
    expect(attendance[people.attendeeParentA]).toEqual({
      [sessionIds[0]!]: true,
      [sessionIds[1]!]: null,
    })
    expect(attendance[people.attendeeChildA]).toEqual({
      [sessionIds[0]!]: true,
      [sessionIds[1]!]: null,
    })
    const [row] = await db
      .select()
      .from(groupAttendance)
      .where(eq(groupAttendance.attendeeId, people.attendeeChildA))
    const [dutyUser] = await db
      .select()
      .from(users)
      .where(eq(users.email, demoEmail('duty')))
    expect(row).toMatchObject({ present: true, markedByUserId: dutyUser!.id, markedAt: now })
    const audits = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, eventId), eq(auditEvents.action, 'update')))
    expect(audits.length).toBe(2)
  })

  it('refuses anyone not booked on this event, and changes nothing', async () => {
    now = new Date('2028-03-16T09:00:00Z')
    const res = await mark(worker, {
      sessionId: sessionIds[1],
      marks: [
        { attendeeId: people.attendeeParentA, present: true },
        { attendeeId: people.attendeeWaiting, present: true },
      ],
    })
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({ marks: 'Mark only people who are on the register' })
    const marked = await db
      .select()
      .from(groupAttendance)
      .where(eq(groupAttendance.sessionId, sessionIds[1]!))
    expect(marked).toEqual([])
    const otherEvent = await createEvent({ title: 'Stay and play' })
    const wrongSession = await mark(worker, {
      sessionId: otherEvent.sessionIds[0],
      marks: [{ attendeeId: people.attendeeParentA, present: true }],
    })
    expect(wrongSession.body.fieldErrors).toEqual({ sessionId: 'Select the session' })
    const empty = await mark(worker, { sessionId: sessionIds[1], marks: [] })
    expect(empty.body.fieldErrors).toEqual({ marks: 'Mark at least one person' })
  })
})

describe('walk-ins', () => {
  it('adds someone who came without booking, present, without taking a place', async () => {
    now = new Date('2028-03-16T10:15:00Z')
    const res = expectStatus(
      await walkIn(worker, { sessionId: sessionIds[1], name: 'Taylor Brooks' }),
      201,
    )
    const child = expectStatus(
      await walkIn(worker, {
        sessionId: sessionIds[1],
        name: ` ${people.childA.name.toUpperCase()} `,
        familyId: people.familyA,
        isChild: true,
      }),
      201,
    )
    const body = expectStatus(await registerOf(worker), 200).body
    expect(body.event.placesBooked).toBe(5)
    const walkIns = body.booked.filter((b: { kind: string }) => b.kind === 'walk_in')
    expect(walkIns).toEqual([
      expect.objectContaining({
        bookingId: res.body.bookingId,
        familyReference: null,
        attendees: [
          expect.objectContaining({
            id: res.body.attendeeId,
            name: 'Taylor Brooks',
            kind: 'walk_in',
            attendance: { [sessionIds[0]!]: null, [sessionIds[1]!]: true },
          }),
        ],
      }),
      // Named as one of the family's children: the child's own record, with their age.
      expect.objectContaining({
        bookingId: child.body.bookingId,
        attendees: [expect.objectContaining({ name: people.childA.name, kind: 'child', age: 6 })],
      }),
    ])
    const [booking] = await db
      .select()
      .from(groupBookings)
      .where(eq(groupBookings.id, res.body.bookingId))
    expect(booking).toMatchObject({ kind: 'walk_in', status: 'booked', places: 1 })
  })

  it('names only a family the member of staff may reach', async () => {
    for (const familyId of [people.otherArea, people.conflicted]) {
      const res = await walkIn(workerAdopter, {
        sessionId: sessionIds[1],
        name: 'Robin Hale',
        familyId,
      })
      expect(res.status).toBe(400)
      expect(res.body.fieldErrors).toEqual({ familyId: 'Select the family' })
    }
    const missing = await walkIn(worker, { sessionId: sessionIds[1], name: '  ' })
    expect(missing.body.fieldErrors).toEqual({ name: 'Enter the person’s full name' })
  })

  it('and neither walk-ins nor attendance for a cancelled event', async () => {
    const gone = await createEvent({ status: 'cancelled', cancelledAt: now, cancelReason: 'Venue' })
    expect(
      (await walkIn(worker, { sessionId: gone.sessionIds[1], name: 'Kim Lane' }, gone.eventId))
        .status,
    ).toBe(409)
    const res = await mark(
      worker,
      {
        sessionId: gone.sessionIds[1],
        marks: [{ attendeeId: people.attendeeParentA, present: true }],
      },
      gone.eventId,
    )
    expect(res.status).toBe(409)
  })
})

describe('the register as a file', () => {
  it('is a CSV with a column per session and formula-looking cells made harmless (ASVS 1.2.10)', async () => {
    const res = await duty.get(`/api/group-programme/events/${eventId}/register.csv`)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toContain(
      'filename="register-parents-wellbeing-group-2028-03-09.csv"',
    )
    const text: string = res.text
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('Name,Type,Age,Family reference,Area,9 March 2028,16 March 2028')
    const [la] = await db
      .select({ name: localAuthorities.name })
      .from(localAuthorities)
      .where(eq(localAuthorities.id, ardenshire))
    const childLine = lines.find((l) => l.startsWith(`${people.childA.name},Child,6,`))
    expect(childLine).toMatch(
      new RegExp(`^${people.childA.name},Child,6,CSA-\\d{5},${la!.name},Present,$`),
    )
    const guestLine = lines.find((l) => l.includes('HYPERLINK'))!
    expect(guestLine).toMatch(
      new RegExp(
        `^"'=HYPERLINK\\(""http://example.invalid"",""Click""\\)",Guest,,CSA-\\d{5},${la!.name},Present,$`,
      ),
    )
    expect(lines).toContain('Taylor Brooks,Walk-in,,,,,Present')
    expect(lines).not.toContain('Jamie Waiting')
    const exports = await db.select().from(auditEvents).where(eq(auditEvents.recordId, eventId))
    expect(
      exports.some((e) => (e.details as { export?: string } | null)?.export === 'register.csv'),
    ).toBe(true)
  })

  it('neutralises every cell a spreadsheet would take for a formula', () => {
    expect(
      ['=1+1', '+44 1632', '-2', '@SUM(A1)', '\tx', '\rx', 'Ann', "'quoted"].map(neutraliseCell),
    ).toEqual(["'=1+1", "'+44 1632", "'-2", "'@SUM(A1)", "'\tx", "'\rx", 'Ann', "'quoted"])
  })
})

describe('the demo programme', () => {
  it('has events either side of today, places that match the bookings, and the demo adopter’s two', async () => {
    const events = await db
      .select()
      .from(groupEvents)
      .where(eq(groupEvents.organisationId, organisationId))
    // The demo's events name who created them; this file's own do not.
    const seeded = events.filter((e) => e.createdByUserId !== null)
    expect(seeded.length).toBeGreaterThanOrEqual(20)
    const bookings = await db.select().from(groupBookings)
    for (const event of seeded) {
      const places = bookings
        .filter((b) => b.eventId === event.id && b.status === 'booked' && b.kind === 'booking')
        .reduce((sum, b) => sum + b.places, 0)
      expect(event.placesBooked, event.title).toBe(places)
    }
    const real = Date.now()
    expect(seeded.some((e) => e.startsAt && e.startsAt.getTime() < real)).toBe(true)
    expect(seeded.some((e) => e.startsAt && e.startsAt.getTime() > real)).toBe(true)
    expect(seeded.filter((e) => e.status === 'planned')).toHaveLength(1)
    const full = seeded.filter(
      (e) =>
        e.placesBooked === e.capacity &&
        bookings.some((b) => b.eventId === e.id && b.status === 'waiting'),
    )
    expect(full).toHaveLength(1)

    const mine = bookings.filter((b) => b.familyId === people.familyA && b.kind === 'booking')
    const upcoming = mine.filter((b) => {
      const event = seeded.find((e) => e.id === b.eventId)
      return event && event.startsAt!.getTime() > real && b.status === 'booked'
    })
    expect(upcoming).toHaveLength(1)
    const past = mine.filter((b) => {
      const event = seeded.find((e) => e.id === b.eventId)
      return event && event.endsAt!.getTime() < real
    })
    expect(past).toHaveLength(1)
    const [attended] = await db
      .select({ present: groupAttendance.present })
      .from(groupAttendance)
      .innerJoin(groupBookingAttendees, eq(groupBookingAttendees.id, groupAttendance.attendeeId))
      .where(eq(groupBookingAttendees.bookingId, past[0]!.id))
    expect(attended).toEqual({ present: true })

    // Seeding again changes nothing.
    const again = await db.transaction((tx) =>
      seedDemoGroups(tx, { organisationId, now: new Date() }),
    )
    expect(again).toBe(0)
  })
})
