import { demoEmail, type Db } from '@asp/db'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import {
  auditBy,
  auditOf,
  findDemoLetterboxPeople,
  findExchanges,
  findLetter,
  findLetterVersions,
  insertBirthRelative,
  jpegPhoto,
  releaseLetter,
  returnLetter,
  seedAgreement,
  seedExchanges,
  seedLetter,
  setAgreementStatus,
  startReview,
  type AgreementFixture,
  type DemoLetterboxPeople,
} from './testing.ts'

// The app's clock: Wednesday 25 November 2026, 10am in London.
const now = new Date('2026-11-25T10:00:00Z')

let t: TestApp
let db: Db
let adopter: Browser
let adopterB: Browser
let relative: Browser
let people: DemoLetterboxPeople

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock: () => now })
  db = t.database.db
  adopter = await signInAs(t.app, db, demoEmail('adopter'), 'email')
  adopterB = await signInAs(t.app, db, demoEmail('adopter-b'), 'email')
  relative = await signInAs(t.app, db, demoEmail('birth-relative'), 'email')
  people = await findDemoLetterboxPeople(db)
})
afterAll(() => t.close())

/** An agreement for the demo child with Jordan Pike as its one party, unless overridden. */
const agreementWith = (overrides: Partial<AgreementFixture> = {}) =>
  seedAgreement(db, {
    familyId: people.familyId,
    childId: people.childId,
    parties: [{ birthRelativeId: people.birthRelativeId, exchangeName: 'Birth mum, Jordan' }],
    ...overrides,
  })

interface LetterBody {
  id: string
  version: number
  progress: string
  body: string
  box: string
  fromName: string
  toName: string
  returnedReason: string | null
  photos: { id: string; status: string }[]
  canEdit: boolean
  canReply: boolean
  readAt: string | null
  submittedAt: string | null
}

async function startLetter(browser: Browser, agreementId: string, body = '') {
  return expectStatus(
    await browser.post(`/api/letterbox/agreements/${agreementId}/letters`, { body }),
    201,
  ).body as LetterBody
}

describe('writing and sending a letter', () => {
  it('starts a draft, saves it, and sends it for checking; the earliest open exchange is answered', async () => {
    const { agreementId } = await agreementWith()
    await seedExchanges(db, {
      agreementId,
      writerSide: 'adoptive_family',
      months: ['2026-09-01', '2026-12-01', '2027-06-01'],
    })
    const draft = await startLetter(adopter, agreementId)
    expect(draft).toMatchObject({
      box: 'sent',
      progress: 'draft',
      body: '',
      fromName: 'Maisie’s mum and dad',
      toName: 'Birth mum, Jordan',
      canEdit: true,
      version: 1,
    })

    const saved = expectStatus(
      await adopter.put(`/api/letterbox/letters/${draft.id}`, {
        version: 1,
        body: 'Dear Jordan,\n\nMaisie has started swimming lessons.',
      }),
      200,
    ).body as LetterBody
    expect(saved).toMatchObject({ progress: 'draft', version: 2 })
    expect(saved.body).toContain('swimming lessons')

    const body = 'Dear Jordan,\n\nMaisie has started swimming lessons and loves them.'
    const sent = expectStatus(
      await adopter.post(`/api/letterbox/letters/${draft.id}/send`, { version: 2, body }),
      200,
    ).body as LetterBody
    expect(sent).toMatchObject({ progress: 'received', version: 3, body, canEdit: false })
    expect(sent.submittedAt).toBe(now.toISOString())

    const versions = await findLetterVersions(db, draft.id)
    expect(versions.map((v) => [v.number, v.body, v.submittedByUserId])).toEqual([
      [1, body, people.adopterUserId],
    ])
    const exchanges = await findExchanges(db, agreementId)
    expect(exchanges.map((e) => [e.dueMonth, e.letterId])).toEqual([
      ['2026-09-01', draft.id],
      ['2026-12-01', null],
      ['2027-06-01', null],
    ])
    expect((await findLetter(db, draft.id)).exchangeId).toBe(exchanges[0]!.id)

    // A reviewer opens it: the writer sees that it is being checked.
    await startReview(db, draft.id)
    const checked = expectStatus(await adopter.get(`/api/letterbox/letters/${draft.id}`), 200)
    expect(checked.body.progress).toBe('being_checked')

    const audit = await auditOf(db, 'letter', draft.id)
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual(
      expect.arrayContaining([
        ['create', people.adopterUserId],
        ['update', people.adopterUserId],
        ['read', people.adopterUserId],
      ]),
    )
    expect(audit.some((a) => a.details?.status === 'submitted')).toBe(true)
    expect(audit.every((a) => a.localAuthorityId === people.localAuthorityId)).toBe(true)
  })

  it('sends a retried send once: one version and one audit event', async () => {
    const { agreementId } = await agreementWith()
    const draft = await startLetter(adopter, agreementId, 'Dear Jordan,\n\nHello.')
    const send = { version: draft.version, body: 'Dear Jordan,\n\nHello from us.' }
    const first = expectStatus(
      await adopter.post(`/api/letterbox/letters/${draft.id}/send`, send),
      200,
    ).body as LetterBody
    const again = expectStatus(
      await adopter.post(`/api/letterbox/letters/${draft.id}/send`, send),
      200,
    ).body as LetterBody
    expect(again).toEqual(first)
    expect(await findLetterVersions(db, draft.id)).toHaveLength(1)
    const sends = (await auditOf(db, 'letter', draft.id)).filter(
      (a) => a.details?.status === 'submitted',
    )
    expect(sends).toHaveLength(1)

    // Another text at the old version is not the same send: it conflicts.
    const other = await adopter.post(`/api/letterbox/letters/${draft.id}/send`, {
      ...send,
      body: 'Something else',
    })
    expect(other.status).toBe(409)
    expect(await findLetterVersions(db, draft.id)).toHaveLength(1)
  })

  it('answers 409 when the letter moved since it was read', async () => {
    const { agreementId } = await agreementWith()
    const draft = await startLetter(adopter, agreementId)
    expectStatus(
      await adopter.put(`/api/letterbox/letters/${draft.id}`, { version: 1, body: 'First' }),
      200,
    )
    const stale = await adopter.put(`/api/letterbox/letters/${draft.id}`, {
      version: 1,
      body: 'Second',
    })
    expect(stale.status).toBe(409)
    expect(stale.body.code).toBe('CONFLICT')
    const staleSend = await adopter.post(`/api/letterbox/letters/${draft.id}/send`, {
      version: 1,
      body: 'Second',
    })
    expect(staleSend.status).toBe(409)
    const letter = await findLetter(db, draft.id)
    expect(letter).toMatchObject({ status: 'draft', body: 'First', version: 2 })
  })

  it('lets the writer change a returned letter and send it again as a new version', async () => {
    const { agreementId } = await agreementWith()
    const draft = await startLetter(adopter, agreementId)
    expectStatus(
      await adopter.post(`/api/letterbox/letters/${draft.id}/send`, {
        version: 1,
        body: 'We live near Brookfield Primary School.',
      }),
      200,
    )
    const version = await returnLetter(db, draft.id, 'Please take out the name of the school.')

    const returned = expectStatus(await adopter.get(`/api/letterbox/letters/${draft.id}`), 200)
      .body as LetterBody
    expect(returned).toMatchObject({
      progress: 'returned',
      returnedReason: 'Please take out the name of the school.',
      canEdit: true,
      version,
    })
    const edited = expectStatus(
      await adopter.put(`/api/letterbox/letters/${draft.id}`, {
        version,
        body: 'We live near a lovely school.',
      }),
      200,
    ).body as LetterBody
    expect(edited.progress).toBe('returned')
    const resent = expectStatus(
      await adopter.post(`/api/letterbox/letters/${draft.id}/send`, {
        version: edited.version,
        body: 'We live near a lovely school.',
      }),
      200,
    ).body as LetterBody
    expect(resent).toMatchObject({ progress: 'received', returnedReason: null })
    const versions = await findLetterVersions(db, draft.id)
    expect(versions.map((v) => [v.number, v.body])).toEqual([
      [1, 'We live near Brookfield Primary School.'],
      [2, 'We live near a lovely school.'],
    ])
    expect(await findLetter(db, draft.id)).toMatchObject({
      submittedVersions: 2,
      reviewStartedAt: null,
    })
  })

  it('refuses writing by the reading side of a one-way agreement', async () => {
    const fromFamily = await agreementWith({ direction: 'from_family' })
    const refused = await relative.post(
      `/api/letterbox/agreements/${fromFamily.agreementId}/letters`,
      { body: 'Hello' },
    )
    expect(refused.status).toBe(403)
    expect(refused.body.message).toBe(
      'You can read letters under this agreement but not write them',
    )
    await startLetter(adopter, fromFamily.agreementId)

    const toFamily = await agreementWith({ direction: 'to_family' })
    expect(
      (await adopter.post(`/api/letterbox/agreements/${toFamily.agreementId}/letters`, {})).status,
    ).toBe(403)
    await startLetter(relative, toFamily.agreementId)

    const box = expectStatus(await relative.get('/api/letterbox'), 200).body as {
      agreements: { id: string; canWrite: boolean }[]
    }
    expect(box.agreements.find((a) => a.id === fromFamily.agreementId)?.canWrite).toBe(false)
    expect(box.agreements.find((a) => a.id === toFamily.agreementId)?.canWrite).toBe(true)
  })

  it('refuses writing while an agreement is paused, and keeps the draft', async () => {
    const { agreementId } = await agreementWith()
    const draft = await startLetter(adopter, agreementId, 'Before the pause')
    // Staff pause contact while the family is writing.
    await setAgreementStatus(db, agreementId, 'paused')
    const start = await adopter.post(`/api/letterbox/agreements/${agreementId}/letters`, {})
    expect(start.status).toBe(409)
    expect(start.body.message).toBe('Letters are paused for now')
    const save = await adopter.put(`/api/letterbox/letters/${draft.id}`, {
      version: draft.version,
      body: 'During the pause',
    })
    expect(save.status).toBe(409)
    const send = await adopter.post(`/api/letterbox/letters/${draft.id}/send`, {
      version: draft.version,
      body: 'During the pause',
    })
    expect(send.status).toBe(409)
    expect(await findLetter(db, draft.id)).toMatchObject({
      status: 'draft',
      body: 'Before the pause',
    })
    const read = expectStatus(await adopter.get(`/api/letterbox/letters/${draft.id}`), 200)
    expect(read.body.canEdit).toBe(false)
  })

  it('answers 404 for a letter or agreement outside the caller’s reach', async () => {
    const { agreementId } = await agreementWith()
    const draft = await startLetter(adopter, agreementId, 'Our letter')
    const photo = expectStatus(await uploadPhoto(adopter, draft.id), 201).body as { id: string }
    const paths = [
      ['get', `/api/letterbox/letters/${draft.id}`],
      ['put', `/api/letterbox/letters/${draft.id}`, { version: 1, body: 'Theirs now' }],
      ['post', `/api/letterbox/letters/${draft.id}/send`, { version: 1, body: 'Theirs now' }],
      ['get', `/api/letterbox/letters/${draft.id}/pdf`],
      ['get', `/api/letterbox/letters/${draft.id}/photos/${photo.id}`],
      ['delete', `/api/letterbox/letters/${draft.id}/photos/${photo.id}`],
      ['post', `/api/letterbox/agreements/${agreementId}/letters`, {}],
    ] as const
    for (const [method, path, body] of paths) {
      const res = await adopterB.send(method, path, body)
      expect(res.status, `${method} ${path}`).toBe(404)
      // The family's draft is not the birth relative's to see either until it is released.
      const theirs = await relative.send(method, path, body)
      if (!path.endsWith('/letters')) expect(theirs.status, `${method} ${path}`).toBe(404)
    }
    const box = expectStatus(await adopterB.get('/api/letterbox'), 200).body as {
      agreements: { id: string }[]
      letters: { id: string }[]
    }
    expect(box.agreements.map((a) => a.id)).not.toContain(agreementId)
    expect(box.letters.map((l) => l.id)).not.toContain(draft.id)
    expect(await findLetter(db, draft.id)).toMatchObject({ body: 'Our letter', version: 1 })
  })
})

async function uploadPhoto(browser: Browser, letterId: string, bytes?: Buffer) {
  return request(t.app)
    .post(`/api/letterbox/letters/${letterId}/photos`)
    .set('Cookie', browser.cookieHeader())
    .set('Content-Type', 'application/octet-stream')
    .send(bytes ?? (await jpegPhoto()))
}

describe('reading letters', () => {
  it('shows a recipient only the released text and the approved photos, and records the first read', async () => {
    const { agreementId } = await agreementWith()
    const draft = await startLetter(adopter, agreementId)
    const kept = (await uploadPhoto(adopter, draft.id)).body as { id: string }
    const held = (await uploadPhoto(adopter, draft.id)).body as { id: string }
    const text = 'Dear Jordan,\n\nMaisie goes to Brookfield Primary now.\n\nLove from us'
    expectStatus(
      await adopter.post(`/api/letterbox/letters/${draft.id}/send`, { version: 1, body: text }),
      200,
    )
    // Not released yet: nothing of it reaches the birth relative.
    expect((await relative.get(`/api/letterbox/letters/${draft.id}`)).status).toBe(404)
    const before = expectStatus(await relative.get('/api/letterbox'), 200).body as {
      letters: { id: string }[]
    }
    expect(before.letters.map((l) => l.id)).not.toContain(draft.id)

    const released = 'Dear Jordan,\n\nMaisie goes to [removed by the agency] now.\n\nLove from us'
    await releaseLetter(db, draft.id, {
      releasedBody: released,
      approvedPhotoIds: [kept.id],
      reviewerUserId: people.reviewerUserId,
    })

    const seen = expectStatus(await relative.get(`/api/letterbox/letters/${draft.id}`), 200)
      .body as LetterBody
    expect(seen).toMatchObject({
      box: 'received',
      body: released,
      fromName: 'Maisie’s mum and dad',
      toName: 'Birth mum, Jordan',
      progress: 'read',
      readAt: now.toISOString(),
      submittedAt: null,
      canReply: true,
      canEdit: false,
    })
    expect(JSON.stringify(seen)).not.toContain('Brookfield')
    expect(seen.photos.map((p) => p.id)).toEqual([kept.id])
    expect(JSON.stringify(seen)).not.toContain(held.id)

    // The first read is recorded once, and the writer sees it was read.
    expect((await findLetter(db, draft.id)).firstReadAt?.toISOString()).toBe(now.toISOString())
    const reads = (await auditOf(db, 'letter', draft.id)).filter((a) => a.details?.firstRead)
    expect(reads.map((a) => a.actorUserId)).toEqual([people.birthRelativeUserId])
    expectStatus(await relative.get(`/api/letterbox/letters/${draft.id}`), 200)
    expect(
      (await auditOf(db, 'letter', draft.id)).filter((a) => a.details?.firstRead),
    ).toHaveLength(1)
    const writer = expectStatus(await adopter.get(`/api/letterbox/letters/${draft.id}`), 200)
      .body as LetterBody
    expect(writer).toMatchObject({ progress: 'read', body: text })
    expect(writer.photos.map((p) => [p.id, p.status])).toEqual([
      [kept.id, 'approved'],
      [held.id, 'withheld'],
    ])
  })

  it('shows the family a birth relative’s letter by their agreed name, and never another birth relative’s letters to a birth relative', async () => {
    const otherRelative = await insertBirthRelative(db, people)
    const { agreementId } = await agreementWith({
      parties: [
        { birthRelativeId: people.birthRelativeId, exchangeName: 'Birth mum, Jordan' },
        { birthRelativeId: otherRelative, exchangeName: 'Birth dad, Casey' },
      ],
    })
    const fromCasey = await seedLetter(db, {
      agreementId,
      fromSide: 'birth_relative',
      birthRelativeId: otherRelative,
      body: 'Hello from Casey',
      reviewerUserId: people.reviewerUserId,
    })
    const paper = await seedLetter(db, {
      agreementId,
      fromSide: 'adoptive_family',
      body: 'A paper letter',
      channel: 'paper',
    })
    const fromJordan = await startLetter(relative, agreementId, 'Hello from Jordan')

    const family = expectStatus(await adopter.get(`/api/letterbox/letters/${fromCasey}`), 200)
      .body as LetterBody
    expect(family).toMatchObject({
      box: 'received',
      fromName: 'Birth dad, Casey',
      toName: 'Maisie’s mum and dad',
      body: 'Hello from Casey',
    })
    // A birth relative's draft is theirs alone.
    expect((await adopter.get(`/api/letterbox/letters/${fromJordan.id}`)).status).toBe(404)
    expect((await relative.get(`/api/letterbox/letters/${fromCasey}`)).status).toBe(404)
    // Paper letters are records for the child's file, not portal letters.
    expect((await relative.get(`/api/letterbox/letters/${paper}`)).status).toBe(404)
    expect((await adopter.get(`/api/letterbox/letters/${paper}`)).status).toBe(404)

    const box = expectStatus(await relative.get('/api/letterbox'), 200).body as {
      agreements: { id: string; otherPartyNames: string[]; childName: string }[]
      letters: { id: string }[]
    }
    const ids = box.letters.map((l) => l.id)
    expect(ids).toContain(fromJordan.id)
    expect(ids).not.toContain(fromCasey)
    expect(ids).not.toContain(paper)
    expect(box.agreements.find((a) => a.id === agreementId)).toMatchObject({
      childName: 'Maisie',
      otherPartyNames: ['Maisie’s mum and dad'],
    })
    const familyBox = expectStatus(await adopter.get('/api/letterbox'), 200).body as {
      agreements: { id: string; otherPartyNames: string[] }[]
    }
    expect(familyBox.agreements.find((a) => a.id === agreementId)?.otherPartyNames).toEqual([
      'Birth mum, Jordan',
      'Birth dad, Casey',
    ])
  })

  it('shows each side what it owes: the next month due and the months passed without a letter', async () => {
    const { agreementId } = await agreementWith()
    await seedExchanges(db, {
      agreementId,
      writerSide: 'birth_relative',
      birthRelativeId: people.birthRelativeId,
      months: ['2026-09-01', '2026-11-01', '2027-03-01'],
    })
    await seedExchanges(db, {
      agreementId,
      writerSide: 'adoptive_family',
      months: ['2027-03-01'],
    })
    const box = expectStatus(await relative.get('/api/letterbox'), 200).body as {
      agreements: { id: string; nextDueMonth: string | null; overdueMonths: string[] }[]
    }
    expect(box.agreements.find((a) => a.id === agreementId)).toMatchObject({
      nextDueMonth: '2026-11-01',
      overdueMonths: ['2026-09-01'],
    })
    const familyBox = expectStatus(await adopter.get('/api/letterbox'), 200).body as typeof box
    expect(familyBox.agreements.find((a) => a.id === agreementId)).toMatchObject({
      nextDueMonth: '2027-03-01',
      overdueMonths: [],
    })
    const reads = await auditBy(db, people.birthRelativeUserId, 'letterbox')
    expect(reads.length).toBeGreaterThan(0)
    expect(reads.every((a) => a.action === 'read' && a.details?.side === 'birth_relative')).toBe(
      true,
    )
  })
})
