import { setTimeout as sleep } from 'node:timers/promises'
import {
  and,
  asc,
  birthRelatives,
  children,
  eq,
  families,
  familyParents,
  inArray,
  letterboxExchanges,
  outboxMessages,
  users,
  type Db,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import {
  sendDueLetterboxReminders,
  startLetterboxReminderJob,
  topUpLetterboxSchedules,
} from './reminders.ts'
import {
  findDemoLetterboxPeople,
  insertBirthRelative,
  seedAgreement,
  seedLetter,
  setAgreementStatus,
  type DemoLetterboxPeople,
} from './testing.ts'

let t: TestApp
let db: Db
let people: DemoLetterboxPeople
/**
 * A family of this file's own, so that the demo agency's letterbox (seeded around today's date)
 * sends these people nothing: one parent with an account and one without, a child, a birth
 * relative with an account (Jamie) and one who writes on paper (Casey).
 */
const own = { familyId: '', childId: '', jamie: '', casey: '' }
const robin = 'robin.ash@example.invalid'
const alex = 'alex.ash@example.invalid'
const jamieEmail = 'jamie.reed@example.invalid'
const publicUrl = 'https://portal.example.invalid'

const exchangesOf = (agreementId: string) =>
  db
    .select()
    .from(letterboxExchanges)
    .where(eq(letterboxExchanges.agreementId, agreementId))
    .orderBy(asc(letterboxExchanges.dueMonth), asc(letterboxExchanges.writerSide))

const dueEmailsTo = (recipient: string) =>
  db
    .select()
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.recipient, recipient),
        eq(outboxMessages.template, 'letterbox-letter-due'),
      ),
    )

const agreementFor = (months: number[], startsOn: string) =>
  seedAgreement(db, {
    familyId: own.familyId,
    childId: own.childId,
    parties: [{ birthRelativeId: own.jamie }, { birthRelativeId: own.casey }],
    exchangeMonths: months,
    startsOn,
  })

beforeAll(async () => {
  t = await createTestApp({ accounts: true })
  db = t.database.db
  people = await findDemoLetterboxPeople(db)
  const { organisationId, localAuthorityId } = people
  const [family] = await db
    .insert(families)
    .values({
      organisationId,
      localAuthorityId,
      reference: 'LBR-00001',
      addressLine1: '1 Canal Walk',
      town: 'Ardenbury',
      postcode: 'XX1 1AB',
    })
    .returning({ id: families.id })
  own.familyId = family!.id
  const [parentUser, relativeUser] = await db
    .insert(users)
    .values([
      { organisationId, role: 'adopter' as const, name: 'Robin Ash', email: robin },
      { organisationId, role: 'birth_relative' as const, name: 'Jamie Reed', email: jamieEmail },
    ])
    .returning({ id: users.id })
  await db.insert(familyParents).values([
    { familyId: own.familyId, userId: parentUser!.id, fullName: 'Robin Ash', email: robin },
    { familyId: own.familyId, fullName: 'Alex Ash', email: alex },
  ])
  const [child] = await db
    .insert(children)
    .values({
      familyId: own.familyId,
      firstName: 'Maisie',
      lastName: 'Ash',
      dateOfBirth: '2019-04-02',
    })
    .returning({ id: children.id })
  own.childId = child!.id
  const [jamie] = await db
    .insert(birthRelatives)
    .values({
      organisationId,
      localAuthorityId,
      userId: relativeUser!.id,
      childId: own.childId,
      fullName: 'Jamie Reed',
      relationship: 'Birth mother',
      email: jamieEmail,
    })
    .returning({ id: birthRelatives.id })
  own.jamie = jamie!.id
  own.casey = await insertBirthRelative(db, {
    organisationId,
    localAuthorityId,
    childId: own.childId,
  })
})
afterAll(() => t.close())

describe('topping up schedules', () => {
  it('adds each writer’s exchanges twelve months ahead, once, for active agreements only', async () => {
    const active = await agreementFor([5], '2027-01-01')
    const paused = await agreementFor([5], '2027-01-01')
    await setAgreementStatus(db, paused.agreementId, 'paused')

    await topUpLetterboxSchedules(db, '2027-01-15')
    await topUpLetterboxSchedules(db, '2027-01-16')
    const made = await exchangesOf(active.agreementId)
    expect(made.map((e) => [e.writerSide, e.birthRelativeId, e.dueMonth])).toEqual(
      expect.arrayContaining([
        ['adoptive_family', null, '2027-05-01'],
        ['birth_relative', own.jamie, '2027-05-01'],
        ['birth_relative', own.casey, '2027-05-01'],
      ]),
    )
    expect(made).toHaveLength(3)
    expect(await exchangesOf(paused.agreementId)).toEqual([])

    // A year on, the next May joins; nothing is made twice.
    await topUpLetterboxSchedules(db, '2027-05-20')
    const months = (await exchangesOf(active.agreementId)).map((e) => e.dueMonth)
    expect(months.sort()).toEqual([
      '2027-05-01',
      '2027-05-01',
      '2027-05-01',
      '2028-05-01',
      '2028-05-01',
      '2028-05-01',
    ])
  })
})

describe('sending reminders', () => {
  it('reminds each writer with an account once, from the reminder day, even when two runs race', async () => {
    // March 2027, reminded four weeks before: from Monday 1 February 2027 (London).
    const { agreementId } = await agreementFor([3], '2027-01-01')
    await topUpLetterboxSchedules(db, '2027-01-15')
    const ids = (await exchangesOf(agreementId)).filter((e) => e.dueMonth === '2027-03-01')
    expect(ids).toHaveLength(3)

    await sendDueLetterboxReminders(db, new Date('2027-01-31T23:59:00Z'), { publicUrl })
    expect((await exchangesOf(agreementId)).every((e) => e.remindedAt === null)).toBe(true)

    const due = new Date('2027-02-01T00:00:00Z')
    const [first, second] = await Promise.all([
      sendDueLetterboxReminders(db, due, { publicUrl }),
      sendDueLetterboxReminders(db, due, { publicUrl }),
    ])
    // Every exchange claimed at that moment was claimed by one run only: the two runs' counts add
    // up to the rows reminded (the demo agency's own exchanges due then included).
    const claimed = await db
      .select({ id: letterboxExchanges.id })
      .from(letterboxExchanges)
      .where(eq(letterboxExchanges.remindedAt, due))
    expect(first + second).toBe(claimed.length)
    const march = (await exchangesOf(agreementId)).filter((e) => e.dueMonth === '2027-03-01')
    expect(march.every((e) => e.remindedAt?.getTime() === due.getTime())).toBe(true)
    expect(claimed.map((c) => c.id)).toEqual(expect.arrayContaining(march.map((e) => e.id)))

    // Robin and Jamie have accounts and are emailed once each; Alex and Casey have none.
    const toRobin = await dueEmailsTo(robin)
    expect(toRobin).toHaveLength(1)
    expect(await dueEmailsTo(jamieEmail)).toHaveLength(1)
    expect(await dueEmailsTo(alex)).toHaveLength(0)
    expect(toRobin[0]!.body).toContain('due in March 2027')
    expect(toRobin[0]!.body).toContain(`${publicUrl}/letterbox`)
    // No names, nothing of the agreement.
    expect(toRobin[0]!.body).not.toContain('Jamie')
    await sendDueLetterboxReminders(db, new Date('2027-02-10T09:00:00Z'), { publicUrl })
    expect(await dueEmailsTo(robin)).toHaveLength(1)
    expect(await dueEmailsTo(jamieEmail)).toHaveLength(1)
  })

  it('does not remind under a paused agreement, nor for an exchange already answered', async () => {
    const { agreementId } = await agreementFor([4], '2027-01-01')
    await topUpLetterboxSchedules(db, '2027-01-15')
    await setAgreementStatus(db, agreementId, 'paused')
    const before = (await dueEmailsTo(robin)).length
    await sendDueLetterboxReminders(db, new Date('2027-03-20T09:00:00Z'), { publicUrl })
    const april = (await exchangesOf(agreementId)).filter((e) => e.dueMonth === '2027-04-01')
    expect(april).toHaveLength(3)
    expect(april.every((e) => e.remindedAt === null)).toBe(true)
    expect(await dueEmailsTo(robin)).toHaveLength(before)

    // Restarted, with the family's letter already in: only the birth relatives are reminded.
    await setAgreementStatus(db, agreementId, 'active')
    const family = april.find((e) => e.writerSide === 'adoptive_family')!
    const letterId = await seedLetter(db, {
      agreementId,
      fromSide: 'adoptive_family',
      body: 'Our April letter, sent early.',
      status: 'submitted',
    })
    await db
      .update(letterboxExchanges)
      .set({ letterId })
      .where(eq(letterboxExchanges.id, family.id))
    await sendDueLetterboxReminders(db, new Date('2027-03-20T09:00:00Z'), { publicUrl })
    const reminded = await db
      .select()
      .from(letterboxExchanges)
      .where(
        inArray(
          letterboxExchanges.id,
          april.map((e) => e.id),
        ),
      )
    expect(reminded.filter((e) => e.remindedAt !== null).map((e) => e.writerSide)).toEqual([
      'birth_relative',
      'birth_relative',
    ])
    expect(await dueEmailsTo(robin)).toHaveLength(before)
  })
})

describe('the reminder job', () => {
  it('tops up the schedule and sends what is due, then stops', async () => {
    const { agreementId } = await agreementFor([2], '2027-01-01')
    const errors: unknown[] = []
    const stop = startLetterboxReminderJob({
      db,
      logger: { error: (obj) => errors.push(obj) },
      publicUrl,
      now: () => new Date('2027-01-20T10:00:00Z'),
      intervalMs: 50,
    })
    for (let tries = 0; tries < 100; tries += 1) {
      const made = await exchangesOf(agreementId)
      if (made.length === 3 && made.every((e) => e.remindedAt !== null)) break
      await sleep(50)
    }
    await stop()
    expect(errors).toEqual([])
    const made = await exchangesOf(agreementId)
    expect(made.map((e) => e.dueMonth)).toEqual(['2027-02-01', '2027-02-01', '2027-02-01'])
    expect(made.every((e) => e.remindedAt !== null)).toBe(true)
  })
})
