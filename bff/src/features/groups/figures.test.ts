import {
  and,
  auditEvents,
  children,
  eq,
  families,
  familyParents,
  groupAttendance,
  localAuthorities,
  organisations,
  demoOrganisation,
  type Db,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from '@asp/db'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import { days, insertBooking, insertEventWithSessions, sessionAt } from './testing.ts'

// Hand-made figures for May 2028, each worked out below from the records written here. The app's
// clock reads 1 June 2028: the May events are over, the course's last session (7 June) is not.
const now = new Date('2028-06-01T09:00:00Z')
let t: TestApp
let db: Db
let manager: Browser
let administrator: Browser
let duty: Browser
let organisationId = ''
/** Ardenshire, Brackenford, Kingsmere, Wyvern: the demo agency's areas, by name. */
let la: { id: string; name: string }[] = []
const ids: Record<string, string> = {}

async function family(key: string, laIndex: number) {
  const [row] = await db
    .insert(families)
    .values({
      organisationId,
      localAuthorityId: la[laIndex]!.id,
      reference: `FIG-${key}`,
      addressLine1: '1 Mill Lane',
      town: 'Ardenbury',
      postcode: 'XX1 1AB',
    })
    .returning({ id: families.id })
  ids[key] = row!.id
  return row!.id
}
async function parent(key: string, familyKey: string) {
  const [row] = await db
    .insert(familyParents)
    .values({ familyId: ids[familyKey]!, fullName: `Parent ${key}` })
    .returning({ id: familyParents.id })
  ids[key] = row!.id
}
async function child(key: string, familyKey: string) {
  const [row] = await db
    .insert(children)
    .values({
      familyId: ids[familyKey]!,
      firstName: 'Child',
      lastName: key,
      dateOfBirth: '2020-05-01',
    })
    .returning({ id: children.id })
  ids[key] = row!.id
}
async function event(
  key: string,
  values: { laIndex: number | null; capacity: number; status?: string; sessions: string[] },
) {
  const created = await insertEventWithSessions(
    db,
    {
      organisationId,
      localAuthorityId: values.laIndex === null ? null : la[values.laIndex]!.id,
      kind: 'stay_and_play',
      title: `Event ${key}`,
      description: 'Hand-made for the figures test.',
      audience: ['adopters', 'children'],
      minAge: 0,
      maxAge: 5,
      delivery: 'in_person',
      venueName: 'Ardenbury Family Centre',
      capacity: values.capacity,
      status: values.status ?? 'published',
    },
    values.sessions.map((s) => sessionAt(new Date(s))),
  )
  ids[key] = created.id
  for (const [n, session] of created.sessions.entries()) ids[`${key}.s${n + 1}`] = session.id
}
/** A booking; each attendee is [key, parent/child key or a name]. */
async function booking(
  eventKey: string,
  familyKey: string | null,
  kind: 'booking' | 'walk_in',
  status: 'booked' | 'waiting' | 'cancelled',
  attendees: [string, { parent?: string; child?: string; name?: string }][],
) {
  const made = await insertBooking(
    db,
    { eventId: ids[eventKey]!, familyId: familyKey ? ids[familyKey]! : null, kind, status },
    attendees.map(([, who]) => ({
      familyParentId: who.parent ? ids[who.parent]! : null,
      childId: who.child ? ids[who.child]! : null,
      name: who.name ?? null,
    })),
  )
  for (const [n, [key]] of attendees.entries()) ids[key] = made.attendeeIds[n]!
}
async function marked(session: string, attendee: string, present: boolean) {
  await db
    .insert(groupAttendance)
    .values({ sessionId: ids[session]!, attendeeId: ids[attendee]!, present })
}

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock: () => now })
  db = t.database.db
  ;[manager, administrator, duty] = await Promise.all([
    signInAs(t.app, db, demoEmail('manager'), 'totp'),
    signInAs(t.app, db, demoEmail('administrator'), 'totp'),
    signInAs(t.app, db, demoEmail('duty'), 'totp'),
  ])
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, demoOrganisation.slug))
  organisationId = organisation!.id
  la = await db
    .select({ id: localAuthorities.id, name: localAuthorities.name })
    .from(localAuthorities)
    .where(eq(localAuthorities.organisationId, organisationId))
    .orderBy(localAuthorities.name)
  expect(la.map((l) => l.name.split(' ')[0])).toEqual([
    'Ardenshire',
    'Brackenford',
    'Kingsmere',
    'Wyvern',
  ])
  const [A, B, C, D] = [0, 1, 2, 3]
  await family('f1', A)
  await family('f2', B)
  await family('f3', A)
  await family('f4', A)
  await family('f5', C)
  await family('f6', D)
  await family('f7', A)
  for (const n of [1, 2, 3, 4, 5, 6, 7]) await parent(`p${n}`, `f${n}`)
  await child('c1', 'f1')
  await child('c2', 'f2')

  // E1: Ardenshire, 10 places, Thursday 4 May 2028.
  await event('E1', { laIndex: A, capacity: 10, sessions: ['2028-05-04T09:00:00Z'] })
  await booking('E1', 'f1', 'booking', 'booked', [
    ['E1.p1', { parent: 'p1' }],
    ['E1.c1', { child: 'c1' }],
  ])
  await booking('E1', 'f2', 'booking', 'booked', [['E1.p2', { parent: 'p2' }]])
  await booking('E1', 'f3', 'booking', 'booked', [['E1.p3', { parent: 'p3' }]])
  await booking('E1', 'f4', 'booking', 'cancelled', [['E1.p4', { parent: 'p4' }]])
  await booking('E1', 'f5', 'booking', 'waiting', [['E1.p5', { parent: 'p5' }]])
  await booking('E1', null, 'walk_in', 'booked', [['E1.w', { name: 'Jo Walker' }]])
  await booking('E1', 'f2', 'walk_in', 'booked', [['E1.c2', { child: 'c2' }]])
  await marked('E1.s1', 'E1.p1', true)
  await marked('E1.s1', 'E1.c1', true)
  await marked('E1.s1', 'E1.p3', false)
  await marked('E1.s1', 'E1.w', true)
  await marked('E1.s1', 'E1.c2', true)
  // p2 was never marked: a no-show too.

  // E2: every area, 20 places, a course on 10 May and 7 June (not over yet).
  await event('E2', {
    laIndex: null,
    capacity: 20,
    sessions: ['2028-05-10T17:00:00Z', '2028-06-07T17:00:00Z'],
  })
  await booking('E2', 'f1', 'booking', 'booked', [['E2.c1', { child: 'c1' }]])
  await booking('E2', 'f6', 'booking', 'booked', [['E2.p6', { parent: 'p6' }]])
  // Came to the first session, then cancelled: took part, holds no place.
  await booking('E2', 'f7', 'booking', 'cancelled', [['E2.p7', { parent: 'p7' }]])
  await marked('E2.s1', 'E2.c1', true)
  await marked('E2.s1', 'E2.p7', true)

  // E3: Brackenford, cancelled: not counted at all.
  await event('E3', {
    laIndex: B,
    capacity: 8,
    status: 'cancelled',
    sessions: ['2028-05-20T09:00:00Z'],
  })
  await booking('E3', 'f2', 'booking', 'booked', [['E3.p2', { parent: 'p2' }]])
  // E5: Kingsmere, 11:30pm on 31 May in London (22:30 UTC): in May.
  await event('E5', { laIndex: C, capacity: 5, sessions: ['2028-05-31T22:30:00Z'] })
  // E6: 12:30am on 1 June in London (23:30 UTC on 31 May): in June.
  await event('E6', { laIndex: C, capacity: 7, sessions: ['2028-05-31T23:30:00Z'] })
  // E7: 30 April in London, 11pm (22:00 UTC): in April.
  await event('E7', { laIndex: A, capacity: 9, sessions: ['2028-04-30T22:00:00Z'] })
})
afterAll(() => t.close())

const figures = (browser: Browser, query = 'from=2028-05-01&to=2028-05-31') =>
  browser.get(`/api/group-programme/figures?${query}`)
const zero = {
  placesOffered: 0,
  placesBooked: 0,
  attended: 0,
  noShows: 0,
  familiesReached: 0,
  childrenReached: 0,
}
type Figures = typeof zero
type Body = { totals: Figures; byLocalAuthority: Figures[]; events: Figures[] }

/** Each figure's total, added up from rows. */
function sumOf(rows: Figures[]): Figures {
  const sum = { ...zero }
  for (const row of rows) {
    for (const key of Object.keys(zero) as (keyof Figures)[]) sum[key] += row[key]
  }
  return sum
}

/**
 * Every total is the sum of its rows by local authority; by event, so are the places and people
 * (a family or child at two events is reached at each, and once in the totals).
 */
function expectRowsAddUp(body: Body) {
  const { placesOffered, placesBooked, attended, noShows, familiesReached, childrenReached } =
    body.totals
  expect(sumOf(body.byLocalAuthority)).toEqual({
    placesOffered,
    placesBooked,
    attended,
    noShows,
    familiesReached,
    childrenReached,
  })
  expect(sumOf(body.events)).toMatchObject({ placesOffered, placesBooked, attended, noShows })
}

describe('groups and participation figures', () => {
  it('counts each figure from the records, by event and by area, and the rows add up to the totals', async () => {
    const body = expectStatus(await figures(manager), 200).body
    expect(body.from).toBe('2028-05-01')
    expect(body.to).toBe('2028-05-31')
    expect(body.events.map((e: { id: string }) => e.id)).toEqual([ids.E1, ids.E2, ids.E5])
    expect(body.events[0]).toEqual({
      id: ids.E1,
      title: 'Event E1',
      kind: 'stay_and_play',
      startsAt: '2028-05-04T09:00:00.000Z',
      placesOffered: 10,
      // p1, c1, p2, p3: not the cancelled, waiting or walk-in ones.
      placesBooked: 4,
      // p1, c1 and the two walk-ins (Jo Walker, c2).
      attended: 4,
      // p3 marked absent, p2 never marked.
      noShows: 2,
      familiesReached: 2,
      childrenReached: 2,
    })
    expect(body.events[1]).toMatchObject({
      placesOffered: 20,
      placesBooked: 2,
      attended: 2,
      // The course is not over: nobody is a no-show yet.
      noShows: 0,
      familiesReached: 2,
      childrenReached: 1,
    })
    expect(body.events[2]).toMatchObject({ ...zero, placesOffered: 5 })
    expect(body.totals).toEqual({
      events: 3,
      placesOffered: 35,
      placesBooked: 6,
      attended: 6,
      noShows: 2,
      // f1, f2, f7; c1 (at both events) and c2.
      familiesReached: 3,
      childrenReached: 2,
    })
    // Places offered under the event's area; people under their family's.
    expect(body.byLocalAuthority).toEqual([
      {
        kind: 'area',
        localAuthorityId: la[0]!.id,
        name: la[0]!.name,
        // E1's places.
        placesOffered: 10,
        // p1, c1, p3 at E1 and c1 at E2 (f1 and f3 live here).
        placesBooked: 4,
        // p1, c1 at E1; c1 and p7 (f7) at E2.
        attended: 4,
        // p3.
        noShows: 1,
        // f1, f7; c1.
        familiesReached: 2,
        childrenReached: 1,
      },
      {
        kind: 'area',
        localAuthorityId: la[1]!.id,
        name: la[1]!.name,
        // f2: p2 booked and never came; c2 came as a walk-in.
        placesOffered: 0,
        placesBooked: 1,
        attended: 1,
        noShows: 1,
        familiesReached: 1,
        childrenReached: 1,
      },
      { kind: 'area', localAuthorityId: la[2]!.id, name: la[2]!.name, ...zero, placesOffered: 5 },
      { kind: 'area', localAuthorityId: la[3]!.id, name: la[3]!.name, ...zero, placesBooked: 1 },
      // E2's places: the course is for every area.
      {
        kind: 'all_areas',
        localAuthorityId: null,
        name: 'Events for all areas',
        ...zero,
        placesOffered: 20,
      },
      // Jo Walker, who came with no family.
      {
        kind: 'no_family',
        localAuthorityId: null,
        name: 'Walk-ins with no family recorded',
        ...zero,
        attended: 1,
      },
    ])
    expectRowsAddUp(body)
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'group-figures'), eq(auditEvents.action, 'read')))
    expect(audit).toBeTruthy()
  })

  it('for one area: its events and those for every area, with families from elsewhere on a row of their own', async () => {
    const body = expectStatus(
      await figures(administrator, `from=2028-05-01&to=2028-05-31&localAuthorityId=${la[3]!.id}`),
      200,
    ).body
    expect(body.events.map((e: { id: string }) => e.id)).toEqual([ids.E2])
    expect(body.totals).toEqual({
      events: 1,
      placesOffered: 20,
      placesBooked: 2,
      attended: 2,
      noShows: 0,
      familiesReached: 2,
      childrenReached: 1,
    })
    expect(body.byLocalAuthority).toEqual([
      { kind: 'area', localAuthorityId: la[3]!.id, name: la[3]!.name, ...zero, placesBooked: 1 },
      {
        kind: 'all_areas',
        localAuthorityId: null,
        name: 'Events for all areas',
        ...zero,
        placesOffered: 20,
      },
      // f1 (c1 booked and came) and f7 (p7 came, then cancelled) live in Ardenshire.
      {
        kind: 'other_areas',
        localAuthorityId: null,
        name: 'Families from other areas',
        ...zero,
        placesBooked: 1,
        attended: 2,
        familiesReached: 2,
        childrenReached: 1,
      },
    ])
    expectRowsAddUp(body)
  })

  it('adds up for the demo programme too, with a row for the events for all areas', async () => {
    // The demo's events are over the last and next three months, from the real date.
    const date = (ms: number) => new Date(ms).toISOString().slice(0, 10)
    const query = `from=${date(Date.now() - days(120))}&to=${date(Date.now() + days(120))}`
    for (const browser of [manager, administrator]) {
      const body = expectStatus(await figures(browser, query), 200).body
      expect(body.totals.events).toBeGreaterThan(10)
      expect(body.byLocalAuthority.map((row: { kind: string }) => row.kind)).toContain('all_areas')
      expectRowsAddUp(body)
    }
  })

  it('takes the dates as London dates, both inclusive', async () => {
    const june = expectStatus(await figures(manager, 'from=2028-06-01&to=2028-06-01'), 200).body
    expect(june.events.map((e: { id: string }) => e.id)).toEqual([ids.E6])
    expectRowsAddUp(june)
    const april = expectStatus(await figures(manager, 'from=2028-04-30&to=2028-04-30'), 200).body
    expect(april.events.map((e: { id: string }) => e.id)).toEqual([ids.E7])
    // No event for every area: no row for them.
    expect(april.byLocalAuthority.map((row: { kind: string }) => row.kind)).toEqual([
      'area',
      'area',
      'area',
      'area',
    ])
    expectRowsAddUp(april)
  })

  it('answers GOV.UK messages for dates the wrong way round or an area not theirs', async () => {
    const backwards = await figures(manager, 'from=2028-05-31&to=2028-05-01')
    expect(backwards.status).toBe(400)
    expect(backwards.body.fieldErrors).toEqual({
      to: 'The end date must be the same as or after the start date',
    })
    const missing = await figures(manager, 'from=2028-05-01')
    expect(missing.body.fieldErrors).toEqual({ to: 'Enter an end date' })
    const unknown = await figures(
      manager,
      'from=2028-05-01&to=2028-05-31&localAuthorityId=00000000-0000-4000-8000-000000000000',
    )
    expect(unknown.body.fieldErrors).toEqual({ localAuthorityId: 'Select an area' })
  })

  it('is for team managers and administrators', async () => {
    expect((await figures(duty)).status).toBe(403)
  })
})
