import {
  and,
  auditEvents,
  children,
  conflictsOfInterest,
  demoEmail,
  eq,
  families,
  letterboxExchanges,
  ne,
  users,
  type Db,
} from '@asp/db'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import {
  findDemoLetterboxPeople,
  findExchanges,
  insertBirthRelative,
  seedAgreement,
  seedLetter,
  type DemoLetterboxPeople,
} from './testing.ts'

// The app's clock: Wednesday 25 November 2026, 10am in London (GMT). Tests move it.
const start = new Date('2026-11-25T10:00:00Z')
let now = start
const clock = () => now

let t: TestApp
let db: Db
let worker: Browser
let manager: Browser
let duty: Browser
let administrator: Browser
let workerWyvern: Browser
let workerAdopter: Browser
let relative: Browser
let people: DemoLetterboxPeople
/** A birth relative of the demo child who writes on paper (no account). */
let casey = ''

const base = '/api/staff/letterbox'

interface StaffAgreementBody {
  id: string
  version: number
  status: string
  statusReason: string | null
  nextReviewOn: string
  lastReviewedOn: string | null
  parties: string[]
  partyDetails: { birthRelativeId: string; fullName: string; usesPortal: boolean }[]
  exchanges: {
    id: string
    writerSide: string
    writerName: string
    dueMonth: string
    letterId: string | null
    overdue: boolean
  }[]
  letters: { id: string; channel: string; status: string }[]
}

const terms = (overrides: object = {}) => ({
  parties: [
    {
      birthRelativeId: people.birthRelativeId,
      relationship: 'mother',
      exchangeName: 'Birth mum, Jordan',
    },
    { birthRelativeId: casey, relationship: 'father', exchangeName: 'Birth dad, Casey' },
  ],
  direction: 'two_way',
  exchangeMonths: [9, 3],
  photosAllowed: true,
  cardsAllowed: true,
  giftsAllowed: false,
  childExchangeName: 'Maisie',
  familyExchangeName: 'Maisie’s mum and dad',
  watchWords: ['Kingsmere Primary'],
  reminderWeeks: 4,
  startsOn: '2026-12-01',
  ...overrides,
})

async function createAgreement(overrides: object = {}, as: Browser = worker) {
  const res = await as.post(`${base}/agreements`, {
    childId: people.childId,
    agreement: terms(overrides),
  })
  return expectStatus(res, 201).body as StaffAgreementBody
}

/** Every item of a paged list: the demo agency's own letterbox fills many pages. */
async function everyPage<T>(as: Browser, url: string): Promise<{ items: T[]; total: number }> {
  const items: T[] = []
  for (let page = 1; ; page += 1) {
    const res = await as.get(`${url}${url.includes('?') ? '&' : '?'}page=${page}`)
    const body = expectStatus(res, 200).body as { items: T[]; total: number; pageSize: number }
    items.push(...body.items)
    if (page * body.pageSize >= body.total) return { items, total: body.total }
  }
}

function uploadScan(browser: Browser, name = 'Letter from Casey.pdf') {
  return request(t.app)
    .post('/api/files')
    .set('Cookie', browser.cookieHeader())
    .set('Content-Type', 'application/octet-stream')
    .set('X-File-Name', encodeURIComponent(name))
    .send(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'))
}

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock })
  db = t.database.db
  ;[worker, manager, duty, administrator, workerWyvern, workerAdopter, relative] =
    await Promise.all([
      signInAs(t.app, db, demoEmail('worker'), 'totp'),
      signInAs(t.app, db, demoEmail('manager'), 'totp'),
      signInAs(t.app, db, demoEmail('duty'), 'totp'),
      signInAs(t.app, db, demoEmail('administrator'), 'totp'),
      signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp'),
      signInAs(t.app, db, demoEmail('worker-adopter'), 'totp'),
      signInAs(t.app, db, demoEmail('birth-relative'), 'email'),
    ])
  people = await findDemoLetterboxPeople(db)
  casey = await insertBirthRelative(db, people)
})
afterAll(() => t.close())

describe('making an agreement', () => {
  it('makes an agreement for a child in the worker’s councils and schedules its exchanges', async () => {
    const made = await createAgreement()
    expect(made).toMatchObject({
      status: 'active',
      direction: 'two_way',
      exchangeMonths: [3, 9],
      startsOn: '2026-12-01',
      nextReviewOn: '2027-12-01',
      lastReviewedOn: null,
      childExchangeName: 'Maisie',
      watchWords: ['Kingsmere Primary'],
      version: 1,
    })
    // By name: Casey, then Jordan.
    expect(made.partyDetails).toEqual([
      expect.objectContaining({
        birthRelativeId: casey,
        fullName: 'Casey Pike',
        usesPortal: false,
      }),
      expect.objectContaining({ birthRelativeId: people.birthRelativeId, usesPortal: true }),
    ])
    // From December 2026 to twelve months from today (November 2027): March and September, for
    // the family and for each birth relative.
    const due = made.exchanges.map((e) => `${e.writerSide}:${e.writerName}:${e.dueMonth}`)
    expect(due.sort()).toEqual(
      [
        'adoptive_family:Adoptive family:2027-03-01',
        'adoptive_family:Adoptive family:2027-09-01',
        'birth_relative:Casey Pike:2027-03-01',
        'birth_relative:Casey Pike:2027-09-01',
        'birth_relative:Jordan Pike:2027-03-01',
        'birth_relative:Jordan Pike:2027-09-01',
      ].sort(),
    )
    expect(made.exchanges.every((e) => e.letterId === null && !e.overdue)).toBe(true)
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.recordType, 'contact-agreement'), eq(auditEvents.recordId, made.id)),
      )
    expect(audit).toMatchObject({ action: 'create', localAuthorityId: people.localAuthorityId })
  })

  it('answers what is missing in GOV.UK words', async () => {
    const res = await worker.post(`${base}/agreements`, {
      childId: people.childId,
      agreement: { photosAllowed: true, cardsAllowed: false, giftsAllowed: false },
    })
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toMatchObject({
      'agreement.parties': 'Select at least one birth relative',
      'agreement.direction': 'Select who writes',
      'agreement.exchangeMonths': 'Select the months letters are due',
      'agreement.childExchangeName': 'Enter the child’s name in the exchange',
      'agreement.familyExchangeName': 'Enter the family’s name in the exchange',
      'agreement.reminderWeeks': 'Enter how many weeks before to remind writers',
      'agreement.startsOn': 'Enter the date the agreement starts',
    })
    const twice = await worker.post(`${base}/agreements`, {
      childId: people.childId,
      agreement: terms({ exchangeMonths: [3, 3], reminderWeeks: 13 }),
    })
    expect(twice.body.fieldErrors).toEqual({
      'agreement.exchangeMonths': 'Select each month once',
      'agreement.reminderWeeks': 'Remind writers at most 12 weeks before',
    })
  })

  it('takes only birth relatives of this child as parties', async () => {
    // A birth relative of another child in the same council.
    const [otherChild] = await db
      .select({ id: children.id })
      .from(children)
      .innerJoin(families, eq(families.id, children.familyId))
      .where(
        and(
          eq(families.localAuthorityId, people.localAuthorityId),
          ne(children.id, people.childId),
        ),
      )
      .limit(1)
    const stranger = await insertBirthRelative(
      db,
      { ...people, childId: otherChild!.id },
      'Riley Stone',
    )
    const res = await worker.post(`${base}/agreements`, {
      childId: people.childId,
      agreement: terms({
        parties: [{ birthRelativeId: stranger, relationship: 'other', exchangeName: 'Riley' }],
      }),
    })
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({
      'agreement.parties.0.birthRelativeId': 'Select a birth relative of this child',
    })
  })

  it('does not find a child outside the worker’s councils, or one they have a conflict with', async () => {
    const outside = await workerWyvern.post(`${base}/agreements`, {
      childId: people.childId,
      agreement: terms(),
    })
    expect(outside.status).toBe(404)
    // The worker who is also an adopter has a recorded conflict with their own family.
    const [own] = await db
      .select({ childId: children.id })
      .from(children)
      .innerJoin(families, eq(families.id, children.familyId))
      .where(eq(families.reference, 'CSA-01003'))
    const conflicted = await workerAdopter.post(`${base}/agreements`, {
      childId: own!.childId,
      agreement: terms({
        parties: [{ birthRelativeId: casey, relationship: 'other', exchangeName: 'x' }],
      }),
    })
    expect(conflicted.status).toBe(404)
    // Their manager may reach that family: the refusal was the conflict, not the child.
    const allowed = await manager.post(`${base}/agreements`, {
      childId: own!.childId,
      agreement: terms({
        parties: [{ birthRelativeId: casey, relationship: 'other', exchangeName: 'x' }],
      }),
    })
    expect(allowed.status).toBe(400)
  })

  it('is for named checkers: a duty officer and an administrator may not make one', async () => {
    expect(
      (await duty.post(`${base}/agreements`, { childId: people.childId, agreement: terms() }))
        .status,
    ).toBe(403)
    expect(
      (
        await administrator.post(`${base}/agreements`, {
          childId: people.childId,
          agreement: terms(),
        })
      ).status,
    ).toBe(403)
  })
})

describe('reading agreements', () => {
  it('shows an agreement to case staff in scope only; a conflict with a party hides it', async () => {
    const made = await createAgreement()
    expectStatus(await duty.get(`${base}/agreements/${made.id}`), 200)
    expect((await workerWyvern.get(`${base}/agreements/${made.id}`)).status).toBe(404)
    expect((await administrator.get(`${base}/agreements/${made.id}`)).status).toBe(403)
    expect((await relative.get(`${base}/agreements/${made.id}`)).status).toBe(403)

    // A conflict of interest with Casey hides every agreement Casey is party to.
    const jordanOnly = await createAgreement({
      parties: [
        { birthRelativeId: people.birthRelativeId, relationship: 'mother', exchangeName: 'Jordan' },
      ],
    })
    const [dutyUser] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoEmail('duty')))
    await db.insert(conflictsOfInterest).values({
      staffUserId: dutyUser!.id,
      birthRelativeId: casey,
      reason: 'Knows the birth father',
    })
    try {
      expect((await duty.get(`${base}/agreements/${made.id}`)).status).toBe(404)
      expectStatus(await duty.get(`${base}/agreements/${jordanOnly.id}`), 200)
      const list = await everyPage<{ id: string }>(duty, `${base}/agreements`)
      const ids = list.items.map((a) => a.id)
      expect(ids).toContain(jordanOnly.id)
      expect(ids).not.toContain(made.id)
    } finally {
      await db.delete(conflictsOfInterest).where(eq(conflictsOfInterest.birthRelativeId, casey))
    }
    const reads = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.recordType, 'contact-agreement'),
          eq(auditEvents.recordId, made.id),
          eq(auditEvents.action, 'read'),
        ),
      )
    expect(reads.length).toBeGreaterThanOrEqual(1)
  })

  it('shows the child’s letterbox: agreements, letters and the birth relatives who could join', async () => {
    const made = await createAgreement()
    const box = expectStatus(await duty.get(`${base}/children/${people.childId}`), 200).body
    expect(box.childId).toBe(people.childId)
    expect(box.agreements.map((a: { id: string }) => a.id)).toContain(made.id)
    expect(box.birthRelatives).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: people.birthRelativeId,
          fullName: 'Jordan Pike',
          usesPortal: true,
        }),
        expect.objectContaining({ id: casey, fullName: 'Casey Pike', usesPortal: false }),
      ]),
    )
    expect((await workerWyvern.get(`${base}/children/${people.childId}`)).status).toBe(404)
  })

  it('lists the child’s letters newest first, a page at a time, drafts left out', async () => {
    const made = await createAgreement()
    // Thirty letters a month apart, from January 2024, and a draft nobody has sent.
    const seeded: string[] = []
    for (let month = 0; month < 30; month += 1) {
      seeded.push(
        await seedLetter(db, {
          agreementId: made.id,
          fromSide: month % 2 === 0 ? 'adoptive_family' : 'birth_relative',
          birthRelativeId: month % 2 === 0 ? undefined : people.birthRelativeId,
          body: `Letter ${month + 1}`,
          at: new Date(Date.UTC(2024, month, 10, 9)),
        }),
      )
    }
    const draft = await seedLetter(db, {
      agreementId: made.id,
      fromSide: 'adoptive_family',
      body: 'Not sent',
      status: 'draft',
      at: new Date('2026-11-20T09:00:00Z'),
    })

    const items: { id: string }[] = []
    let total = -1
    for (let page = 1; total < 0 || (page - 1) * 25 < total; page += 1) {
      const res = await duty.get(`${base}/children/${people.childId}?page=${page}`)
      const { letters } = expectStatus(res, 200).body
      items.push(...letters.items)
      total = letters.total
    }
    expect(total).toBe(items.length)
    expect(new Set(items.map((letter) => letter.id)).size).toBe(total)
    expect(items.map((letter) => letter.id)).not.toContain(draft)
    // The seeded letters in the whole list, newest first.
    const ours = items.map((letter) => letter.id).filter((id) => seeded.includes(id))
    expect(ours).toEqual([...seeded].reverse())

    const first = expectStatus(await duty.get(`${base}/children/${people.childId}`), 200).body
    expect(first.letters).toMatchObject({ page: 1, pageSize: 25, total })
    expect(first.letters.items).toHaveLength(25)
    const beyond = await duty.get(`${base}/children/${people.childId}?page=999`)
    expect(expectStatus(beyond, 200).body.letters).toMatchObject({ items: [], page: 999, total })
    expect((await duty.get(`${base}/children/${people.childId}?page=0`)).status).toBe(400)
  })
})

describe('pausing, ending and restarting', () => {
  it('pauses with a reason, refuses a moved version, restarts, and ends', async () => {
    const made = await createAgreement({ startsOn: '2026-09-01', exchangeMonths: [11, 1, 3] })
    const url = `${base}/agreements/${made.id}/status`

    const noReason = await worker.post(url, { version: made.version, status: 'paused' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.fieldErrors).toEqual({ reason: 'Enter why contact is paused' })
    expect(
      (await duty.post(url, { version: made.version, status: 'paused', reason: 'x' })).status,
    ).toBe(403)

    const paused = expectStatus(
      await worker.post(url, {
        version: made.version,
        status: 'paused',
        reason: 'Birth mother in hospital',
      }),
      200,
    ).body as StaffAgreementBody
    expect(paused).toMatchObject({
      status: 'paused',
      statusReason: 'Birth mother in hospital',
      version: 2,
    })
    // Nothing is owed after this month while paused; this month's exchanges stay.
    expect([...new Set(paused.exchanges.map((e) => e.dueMonth))]).toEqual(['2026-11-01'])

    // Someone else's change moved the version: the old one is refused.
    const stale = await manager.post(url, {
      version: made.version,
      status: 'ended',
      reason: 'Too late',
    })
    expect(stale.status).toBe(409)

    const restarted = expectStatus(await worker.post(url, { version: 2, status: 'active' }), 200)
      .body as StaffAgreementBody
    expect(restarted).toMatchObject({ status: 'active', statusReason: null, version: 3 })
    expect([...new Set(restarted.exchanges.map((e) => e.dueMonth))]).toEqual([
      '2026-11-01',
      '2027-01-01',
      '2027-03-01',
      '2027-11-01',
    ])

    const ended = expectStatus(
      await manager.post(url, { version: 3, status: 'ended', reason: 'The child asked to stop' }),
      200,
    ).body
    expect(ended).toMatchObject({ status: 'ended', statusReason: 'The child asked to stop' })
    const noEndReason = await manager.post(url, { version: 4, status: 'ended' })
    expect(noEndReason.body.fieldErrors).toEqual({ reason: 'Enter why contact ended' })
    expect((await manager.post(url, { version: 4, status: 'active' })).status).toBe(409)

    const history = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, made.id), eq(auditEvents.action, 'update')))
    expect(history.map((h) => h.details)).toEqual([
      { status: 'paused', from: 'active', reason: 'Birth mother in hospital' },
      { status: 'active', from: 'paused' },
      { status: 'ended', from: 'active', reason: 'The child asked to stop' },
    ])
  })
})

describe('reviews', () => {
  it('records a review and sets the next one three years on', async () => {
    const made = await createAgreement({ startsOn: '2025-11-01' })
    expect(made.nextReviewOn).toBe('2026-11-01')
    const url = `${base}/agreements/${made.id}/reviews`
    const future = await worker.post(url, { version: made.version, reviewedOn: '2026-12-01' })
    expect(future.body.fieldErrors).toEqual({
      reviewedOn: 'The date of the review must be today or in the past',
    })
    const reviewed = expectStatus(
      await worker.post(url, {
        version: made.version,
        reviewedOn: '2026-11-20',
        notes: 'All well',
      }),
      200,
    ).body
    expect(reviewed).toMatchObject({ lastReviewedOn: '2026-11-20', nextReviewOn: '2029-11-20' })
    expect(
      (await worker.post(url, { version: made.version, reviewedOn: '2026-11-20' })).status,
    ).toBe(409)
  })

  it('lists the agreements whose review is due', async () => {
    const due = await seedAgreement(db, {
      familyId: people.familyId,
      childId: people.childId,
      parties: [{ birthRelativeId: casey }],
      startsOn: '2025-06-01',
    })
    const notDue = await createAgreement({ startsOn: '2026-10-01' })
    const list = await everyPage<{ id: string; nextReviewOn: string }>(
      duty,
      `${base}/agreements?view=reviews_due`,
    )
    const ids = list.items.map((a) => a.id)
    expect(ids).toContain(due.agreementId)
    expect(ids).not.toContain(notDue.id)
    expect(list.items.every((a: { nextReviewOn: string }) => a.nextReviewOn <= '2026-11-25')).toBe(
      true,
    )
    expect(list.total).toBe(list.items.length)
    // Soonest first.
    const dates = list.items.map((a) => a.nextReviewOn)
    expect(dates).toEqual([...dates].sort())
  })
})

describe('paper letters', () => {
  it('logs a paper letter with its scan; it answers the writer’s open exchange', async () => {
    const made = await createAgreement({ startsOn: '2026-09-01', exchangeMonths: [11] })
    const caseyNovember = made.exchanges.find(
      (e) => e.writerName === 'Casey Pike' && e.dueMonth === '2026-11-01',
    )!
    const scan = expectStatus(await uploadScan(duty), 201).body as { id: string }
    const logged = await duty.post(`${base}/agreements/${made.id}/paper-letters`, {
      fromSide: 'birth_relative',
      birthRelativeId: casey,
      paperDate: '2026-11-20',
      summary: 'A card and a two-page letter about his new job.',
      scanFileId: scan.id,
    })
    const letter = expectStatus(logged, 201).body
    expect(letter).toMatchObject({
      channel: 'paper',
      status: 'released',
      fromSide: 'birth_relative',
      fromName: 'Casey Pike',
      paperDate: '2026-11-20',
    })
    const [exchange] = await db
      .select()
      .from(letterboxExchanges)
      .where(eq(letterboxExchanges.id, caseyNovember.id))
    expect(exchange!.letterId).toBe(letter.id)
    const view = expectStatus(await duty.get(`${base}/agreements/${made.id}`), 200)
      .body as StaffAgreementBody
    expect(view.letters).toEqual([expect.objectContaining({ id: letter.id, channel: 'paper' })])

    // The same scan cannot go with a second letter, nor can someone else's upload.
    const again = await duty.post(`${base}/agreements/${made.id}/paper-letters`, {
      fromSide: 'adoptive_family',
      paperDate: '2026-11-21',
      summary: 'Another',
      scanFileId: scan.id,
    })
    expect(again.body.fieldErrors).toEqual({
      scanFileId: 'The selected file could not be found. Upload it again',
    })
    const workersScan = expectStatus(await uploadScan(worker), 201).body as { id: string }
    const notTheirs = await duty.post(`${base}/agreements/${made.id}/paper-letters`, {
      fromSide: 'adoptive_family',
      paperDate: '2026-11-21',
      summary: 'Another',
      scanFileId: workersScan.id,
    })
    expect(notTheirs.status).toBe(400)

    // Paper letters are records for the child's file, never shown in the portal.
    const portal = expectStatus(await relative.get('/api/letterbox'), 200).body
    expect(JSON.stringify(portal)).not.toContain(letter.id)
  })

  it('refuses a paper letter from a side that does not write, or in the future', async () => {
    const oneWay = await createAgreement({ direction: 'to_family' })
    const scan = expectStatus(await uploadScan(worker), 201).body as { id: string }
    const res = await worker.post(`${base}/agreements/${oneWay.id}/paper-letters`, {
      fromSide: 'adoptive_family',
      paperDate: '2026-12-20',
      summary: 'A letter',
      scanFileId: scan.id,
    })
    expect(res.body.fieldErrors).toEqual({
      fromSide: 'The adoptive family does not write under this agreement',
      paperDate: 'The date the letter was received must be today or in the past',
    })
    const noRelative = await worker.post(`${base}/agreements/${oneWay.id}/paper-letters`, {
      fromSide: 'birth_relative',
      paperDate: '2026-11-20',
      summary: 'A letter',
      scanFileId: scan.id,
    })
    expect(noRelative.body.fieldErrors).toEqual({ birthRelativeId: 'Select the birth relative' })
    expect(
      (await administrator.post(`${base}/agreements/${oneWay.id}/paper-letters`, {})).status,
    ).toBe(403)
  })
})

describe('overdue exchanges', () => {
  it('lists an open exchange only once its month has passed, for active agreements in scope', async () => {
    const made = await createAgreement({ startsOn: '2026-11-01', exchangeMonths: [11] })
    const paused = await createAgreement({ startsOn: '2026-11-01', exchangeMonths: [11] })
    expectStatus(
      await worker.post(`${base}/agreements/${paused.id}/status`, {
        version: paused.version,
        status: 'paused',
        reason: 'A break',
      }),
      200,
    )
    const overdueIds = async (as: Browser = duty) => {
      const { items } = await everyPage<{ id: string; agreementId: string }>(as, `${base}/overdue`)
      return items.filter((e) => [made.id, paused.id].includes(e.agreementId)).map((e) => e.id)
    }
    try {
      // The last minute of November: not yet.
      now = new Date('2026-11-30T23:59:00Z')
      expect(await overdueIds()).toEqual([])
      now = new Date('2026-12-01T00:00:00Z')
      const listed = await overdueIds()
      expect(listed.sort()).toEqual(
        made.exchanges
          .filter((e) => e.dueMonth === '2026-11-01')
          .map((e) => e.id)
          .sort(),
      )
      expect(listed).toHaveLength(3)
      const { items } = await everyPage<{ id: string; dueMonth: string }>(duty, `${base}/overdue`)
      // Oldest first.
      const months = items.map((e) => e.dueMonth)
      expect(months).toEqual([...months].sort())
      expect(items.find((e) => e.id === listed[0])).toMatchObject({
        overdue: true,
        dueMonth: '2026-11-01',
        familyReference: expect.any(String),
        childName: expect.any(String),
      })
      // Another council's worker sees none of them.
      expect(await overdueIds(workerWyvern)).toEqual([])
      // The schedule shows them overdue too.
      const view = expectStatus(await duty.get(`${base}/agreements/${made.id}`), 200)
        .body as StaffAgreementBody
      expect(view.exchanges.filter((e) => e.overdue)).toHaveLength(3)
    } finally {
      now = start
    }
    expect(await findExchanges(db, paused.id)).toHaveLength(3)
  })
})
