import { eq, families, familyParents, groupBookingReminders, inArray, type Db } from '@asp/db'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from '@asp/db'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import { reminderDueAt, sendDueGroupReminders, startGroupReminderJob } from './reminders.ts'
import { emailsTo, insertBooking, insertEventWithSessions, sessionAt } from './testing.ts'

let t: TestApp
let db: Db
let organisationId = ''
let localAuthorityId = ''
let familyA = ''
let familyB = ''
const publicUrl = 'https://portal.example.invalid'

// Sessions in 2028, well after the demo programme. S1: Thursday 9 March, 10am (GMT).
// S2: Wednesday 19 April, 10am (BST), the week after Easter (Good Friday 14, Easter Monday 17).
const s1 = new Date('2028-03-09T10:00:00Z')
const s2 = new Date('2028-04-19T09:00:00Z')

async function createEvent(startTimes: Date[], status = 'published') {
  const event = await insertEventWithSessions(
    db,
    {
      organisationId,
      localAuthorityId,
      kind: 'therapeutic_parenting_course',
      title: 'Non-violent resistance (NVR) course',
      description: 'Five sessions on non-violent resistance.',
      audience: ['adopters'],
      delivery: 'online',
      onlineLink: 'https://meet.example.invalid/nvr',
      capacity: 12,
      status,
    },
    startTimes.map((startsAt) => sessionAt(startsAt)),
  )
  return {
    id: event.id,
    sessionId: (at: Date) => event.sessions.find((s) => s.startsAt.getTime() === at.getTime())!.id,
  }
}

async function book(eventId: string, familyId: string | null, status = 'booked', kind = 'booking') {
  const booking = await insertBooking(db, { eventId, familyId, status, kind }, [
    { name: 'Sam Guest' },
  ])
  return booking.id
}

const remindersOf = (bookingIds: string[]) =>
  db
    .select()
    .from(groupBookingReminders)
    .where(inArray(groupBookingReminders.bookingId, bookingIds))
const reminderEmailsTo = async (email: string) =>
  (await emailsTo(db, email)).filter((r) => r.template === 'group-session-reminder')

let course: Awaited<ReturnType<typeof createEvent>>
let bookingA = ''
let bookingB = ''
let cancelledBooking = ''
let walkIn = ''
let onCancelledEvent = ''

beforeAll(async () => {
  t = await createTestApp({ accounts: true })
  db = t.database.db
  const parents = await db
    .select({
      familyId: familyParents.familyId,
      email: familyParents.email,
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
    })
    .from(familyParents)
    .innerJoin(families, eq(families.id, familyParents.familyId))
    .where(inArray(familyParents.email, [demoEmail('adopter'), demoEmail('adopter-b')]))
  const a = parents.find((p) => p.email === demoEmail('adopter'))!
  familyA = a.familyId
  familyB = parents.find((p) => p.email === demoEmail('adopter-b'))!.familyId
  organisationId = a.organisationId
  localAuthorityId = a.localAuthorityId

  course = await createEvent([s1, s2])
  bookingA = await book(course.id, familyA)
  bookingB = await book(course.id, familyB, 'cancelled')
  cancelledBooking = bookingB
  walkIn = await book(course.id, familyA, 'booked', 'walk_in')
  const called = await createEvent([s1], 'cancelled')
  onCancelledEvent = await book(called.id, familyB)
})
afterAll(() => t.close())

describe('when a reminder is due', () => {
  it('is 9am London on the day that leaves two clear working days before the session', () => {
    // Thursday → Monday.
    expect(reminderDueAt(s1).toISOString()).toBe('2028-03-06T09:00:00.000Z')
    // Wednesday after Easter → Wednesday before it (9am BST is 8am UTC).
    expect(reminderDueAt(s2).toISOString()).toBe('2028-04-12T08:00:00.000Z')
    // Wednesday 29 December 2027, after Christmas on Monday 27 and Boxing Day on Tuesday 28.
    expect(reminderDueAt(new Date('2027-12-29T10:00:00Z')).toISOString()).toBe(
      '2027-12-22T09:00:00.000Z',
    )
    // A Saturday fun day → Wednesday.
    expect(reminderDueAt(new Date('2028-03-11T11:00:00Z')).toISOString()).toBe(
      '2028-03-08T09:00:00.000Z',
    )
  })
})

describe('sending reminders', () => {
  it('sends one per booked family and session, once, from the moment it is due', async () => {
    expect(await sendDueGroupReminders(db, new Date('2028-03-06T08:59:00Z'), { publicUrl })).toBe(0)
    expect(await sendDueGroupReminders(db, new Date('2028-03-06T09:00:00Z'), { publicUrl })).toBe(1)
    expect(await sendDueGroupReminders(db, new Date('2028-03-06T09:05:00Z'), { publicUrl })).toBe(0)
    const sent = await remindersOf([bookingA, cancelledBooking, walkIn, onCancelledEvent])
    expect(sent).toEqual([
      expect.objectContaining({ bookingId: bookingA, sessionId: course.sessionId(s1) }),
    ])
    const emails = await reminderEmailsTo(demoEmail('adopter'))
    expect(emails).toHaveLength(1)
    expect(emails[0]).toMatchObject({
      subject: 'Reminder: your group or training session',
      status: 'pending',
    })
    expect(emails[0]!.body).toContain('9 March 2028 at 10am')
    expect(emails[0]!.body).toContain(`${publicUrl}/groups/bookings`)
    // Never what the group is about.
    expect(emails[0]!.body).not.toMatch(/NVR|violent|course/i)
    // Cancelled bookings and events, and walk-ins, get none.
    expect(await reminderEmailsTo(demoEmail('adopter-b'))).toEqual([])
  })

  it('skips the Easter bank holidays, and two processes at once still send it once', async () => {
    expect(await sendDueGroupReminders(db, new Date('2028-04-12T07:59:00Z'))).toBe(0)
    const at = new Date('2028-04-12T08:00:00Z')
    const [first, second] = await Promise.all([
      sendDueGroupReminders(db, at, { publicUrl }),
      sendDueGroupReminders(db, at, { publicUrl }),
    ])
    expect(first + second).toBe(1)
    expect(await remindersOf([bookingA])).toHaveLength(2)
    const emails = await reminderEmailsTo(demoEmail('adopter'))
    expect(emails).toHaveLength(2)
    expect(emails.some((e) => e.body.includes('19 April 2028 at 10am'))).toBe(true)
  })

  it('never for a session that has started, even when booked late', async () => {
    const late = await createEvent([new Date('2028-05-02T09:00:00Z')])
    const booking = await book(late.id, familyA)
    expect(await sendDueGroupReminders(db, new Date('2028-05-02T09:01:00Z'))).toBe(0)
    // Booked after the reminder time but before the session: reminded at once.
    expect(await sendDueGroupReminders(db, new Date('2028-05-02T08:00:00Z'))).toBe(1)
    expect(await remindersOf([booking])).toHaveLength(1)
  })

  it('runs as a job until stopped', async () => {
    const soon = await createEvent([new Date('2028-06-15T09:00:00Z')])
    const booking = await book(soon.id, familyA)
    const errors: unknown[] = []
    const stop = startGroupReminderJob({
      db,
      logger: { error: (obj) => errors.push(obj) },
      intervalMs: 20,
      now: () => new Date('2028-06-12T09:00:00Z'),
    })
    for (let tries = 0; tries < 200 && (await remindersOf([booking])).length === 0; tries += 1) {
      await sleep(20)
    }
    await stop()
    expect(await remindersOf([booking])).toHaveLength(1)
    expect(errors).toEqual([])
  })
})
