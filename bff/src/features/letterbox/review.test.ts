import {
  and,
  asc,
  auditEvents,
  demoEmail,
  eq,
  families,
  familyParents,
  files,
  letterDecisions,
  letterPhotos,
  letters,
  outboxMessages,
  users,
  type Db,
} from '@asp/db'
import { createHash } from 'node:crypto'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import { findDemoLetterboxPeople, jpegPhoto, type DemoLetterboxPeople } from './testing.ts'

// The app's clock: Wednesday 25 November 2026, 10am in London (GMT). Tests move it so that letters
// are sent one after another.
let now = new Date('2026-11-25T10:00:00Z')
const clock = () => now
const later = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000)
}

let t: TestApp
let db: Db
let adopter: Browser
let relative: Browser
let worker: Browser
let manager: Browser
let duty: Browser
let administrator: Browser
let workerWyvern: Browser
let people: DemoLetterboxPeople
let agreementId = ''
/** From the demo family's record: what the check should find if a letter gives it away. */
let postcode = ''
let surname = ''

const base = '/api/staff/letterbox'
const marker = '[removed by the agency]'

interface ReviewBody {
  id: string
  status: string
  progress: string
  body: string
  versionNumber: number
  version: number
  highlights: { start: number; end: number; text: string; kind: string }[]
  photos: { id: string; status: string }[]
  releasedBody: string | null
  returnedReason: string | null
  decisions: { decision: string; reason: string | null; redactions: { text: string }[] }[]
  toNames: string[]
  fromName: string
}

/** A letter written and sent through the family side's endpoints, with any photos. */
async function sendLetter(writer: Browser, body: string, photos = 0) {
  const draft = expectStatus(
    await writer.post(`/api/letterbox/agreements/${agreementId}/letters`, { body }),
    201,
  ).body as { id: string; version: number }
  // Photos are stored as the family side stores them: a re-encoded JPEG in files, pending.
  // (Written here directly: the upload route waits on the cross-site check allowing its path.)
  const photoIds: string[] = []
  for (let n = 0; n < photos; n += 1) {
    const content = await jpegPhoto(64 + n, 48, n === 0 ? '#3366aa' : '#aa6633')
    const [file] = await db
      .insert(files)
      .values({
        organisationId: people.organisationId,
        uploadedByUserId: writer === relative ? people.birthRelativeUserId : people.adopterUserId,
        fileName: 'photo.jpg',
        contentType: 'image/jpeg',
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
      })
      .returning({ id: files.id })
    const [photo] = await db
      .insert(letterPhotos)
      .values({
        letterId: draft.id,
        fileId: file!.id,
        width: 64 + n,
        height: 48,
        createdAt: new Date(now.getTime() + n),
      })
      .returning({ id: letterPhotos.id })
    photoIds.push(photo!.id)
  }
  const [row] = await db
    .select({ version: letters.version })
    .from(letters)
    .where(eq(letters.id, draft.id))
  expectStatus(
    await writer.post(`/api/letterbox/letters/${draft.id}/send`, { version: row!.version, body }),
    200,
  )
  return { id: draft.id, photoIds }
}

const open = async (letterId: string, as: Browser = worker) =>
  expectStatus(await as.get(`${base}/letters/${letterId}`), 200).body as ReviewBody

const decide = (letterId: string, decision: object, as: Browser = worker) =>
  as.post(`${base}/letters/${letterId}/decision`, decision)

const letterRow = async (id: string) =>
  (await db.select().from(letters).where(eq(letters.id, id)))[0]!

const emails = (recipient: string, template: string) =>
  db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.recipient, recipient), eq(outboxMessages.template, template)))
    .orderBy(asc(outboxMessages.createdAt))

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock })
  db = t.database.db
  ;[adopter, relative, worker, manager, duty, administrator, workerWyvern] = await Promise.all([
    signInAs(t.app, db, demoEmail('adopter'), 'email'),
    signInAs(t.app, db, demoEmail('birth-relative'), 'email'),
    signInAs(t.app, db, demoEmail('worker'), 'totp'),
    signInAs(t.app, db, demoEmail('manager'), 'totp'),
    signInAs(t.app, db, demoEmail('duty'), 'totp'),
    signInAs(t.app, db, demoEmail('administrator'), 'totp'),
    signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp'),
  ])
  people = await findDemoLetterboxPeople(db)
  const made = await worker.post(`${base}/agreements`, {
    childId: people.childId,
    agreement: {
      parties: [
        {
          birthRelativeId: people.birthRelativeId,
          relationship: 'mother',
          exchangeName: 'Birth mum, Jordan',
        },
      ],
      direction: 'two_way',
      exchangeMonths: [12, 6],
      photosAllowed: true,
      cardsAllowed: true,
      giftsAllowed: false,
      childExchangeName: 'Maisie',
      familyExchangeName: 'Maisie’s mum and dad',
      watchWords: [],
      reminderWeeks: 4,
      startsOn: '2026-06-01',
    },
  })
  agreementId = expectStatus(made, 201).body.id
  const [family] = await db
    .select({ postcode: families.postcode, parent: familyParents.fullName })
    .from(families)
    .innerJoin(familyParents, eq(familyParents.familyId, families.id))
    .where(eq(families.id, people.familyId))
  postcode = family!.postcode
  surname = family!.parent.split(' ').at(-1)!
})
afterAll(() => t.close())

describe('the review queue', () => {
  it('lists submitted letters oldest first, and not drafts', async () => {
    later(1)
    const first = await sendLetter(adopter, 'Dear Jordan,\n\nMaisie lost her first tooth.')
    later(1)
    const second = await sendLetter(relative, 'Dear Maisie,\n\nI think of you every day.')
    const draft = expectStatus(
      await adopter.post(`/api/letterbox/agreements/${agreementId}/letters`, {
        body: 'Not finished yet',
      }),
      201,
    ).body as { id: string }

    const queue = expectStatus(await duty.get(`${base}/review-queue`), 200).body
    const ids = queue.items.map((item: { id: string }) => item.id)
    expect(ids).toContain(first.id)
    expect(ids).not.toContain(draft.id)
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id))
    expect(queue.total).toBe(ids.length)
    expect(queue.items.find((item: { id: string }) => item.id === first.id)).toMatchObject({
      agreementId,
      fromSide: 'adoptive_family',
      status: 'submitted',
      progress: 'received',
      channel: 'portal',
    })
    // Another council's worker has nothing of this family's to check; administrators none at all.
    const elsewhere = expectStatus(await workerWyvern.get(`${base}/review-queue`), 200).body
    expect(elsewhere.items.map((item: { id: string }) => item.id)).not.toContain(first.id)
    expect((await administrator.get(`${base}/review-queue`)).status).toBe(403)
    expect((await adopter.get(`${base}/review-queue`)).status).toBe(403)
  })
})

describe('checking a letter', () => {
  it('marks a letter being checked when a checker first opens it, and highlights what could identify the family', async () => {
    later(1)
    const text = `Dear Jordan,\n\nWe have moved house, our new postcode is ${postcode}. Maisie is doing well at school.\n\nLove from the ${surname} family`
    const sent = await sendLetter(adopter, text)

    // A duty officer may read it, and reading does not start the check.
    const read = await open(sent.id, duty)
    expect(read.progress).toBe('received')
    expect((await letterRow(sent.id)).reviewStartedAt).toBeNull()

    const opened = await open(sent.id)
    const startedAt = now
    expect(opened).toMatchObject({
      status: 'submitted',
      progress: 'being_checked',
      body: text,
      versionNumber: 1,
      toNames: ['Jordan Pike'],
    })
    expect((await letterRow(sent.id)).reviewStartedAt).toEqual(startedAt)
    later(5)
    await open(sent.id, manager)
    expect((await letterRow(sent.id)).reviewStartedAt).toEqual(startedAt)
    // The writer follows it.
    const mine = expectStatus(await adopter.get(`/api/letterbox/letters/${sent.id}`), 200).body
    expect(mine.progress).toBe('being_checked')

    const found = opened.highlights.map((h) => h.text)
    expect(found).toContain(postcode)
    expect(found.some((words) => words.includes(surname))).toBe(true)
    for (const h of opened.highlights) expect(text.slice(h.start, h.end)).toBe(h.text)
    // The agreed name is not flagged.
    expect(found).not.toContain('Maisie')

    const reads = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.recordType, 'letter'),
          eq(auditEvents.recordId, sent.id),
          eq(auditEvents.action, 'read'),
        ),
      )
    expect(reads.filter((r) => r.actorRole === 'support_worker')).toHaveLength(1)
    expect(reads.filter((r) => r.actorRole === 'duty_officer')).toHaveLength(1)
  })

  it('releases with the passages taken out of the text, and photos decided one by one', async () => {
    later(1)
    const text = `Dear Jordan,\n\nOur new postcode is ${postcode}. Maisie sends a photo.\n\nLove from the ${surname} family`
    const sent = await sendLetter(adopter, text, 2)
    const [kept, withheld] = sent.photoIds as [string, string]
    const opened = await open(sent.id)
    expect(opened.photos.map((p) => p.status)).toEqual(['pending', 'pending'])
    // The reviewer sees every photo, whatever its status.
    const photo = await request(t.app)
      .get(`${base}/letters/${sent.id}/photos/${withheld}`)
      .set('Cookie', worker.cookieHeader())
    expect(photo.status).toBe(200)
    expect(photo.headers['content-type']).toBe('image/jpeg')

    const postcodeAt = text.indexOf(postcode)
    const surnameAt = text.lastIndexOf(surname)
    const released = expectStatus(
      await decide(sent.id, {
        version: opened.version,
        decision: 'release',
        redactions: [
          { start: surnameAt, end: surnameAt + surname.length },
          { start: postcodeAt, end: postcodeAt + postcode.length },
        ],
        photos: [
          { photoId: kept, approved: true },
          { photoId: withheld, approved: false },
        ],
      }),
      200,
    ).body as ReviewBody
    expect(released).toMatchObject({ status: 'released', progress: 'released' })
    expect(released.releasedBody).toBe(
      `Dear Jordan,\n\nOur new postcode is ${marker}. Maisie sends a photo.\n\nLove from the ${marker} family`,
    )
    expect(released.photos).toEqual([
      expect.objectContaining({ id: kept, status: 'approved' }),
      expect.objectContaining({ id: withheld, status: 'withheld' }),
    ])
    expect(released.decisions).toEqual([
      expect.objectContaining({
        decision: 'released',
        redactions: [
          expect.objectContaining({ text: postcode }),
          expect.objectContaining({ text: surname }),
        ],
      }),
    ])
    const [decision] = await db
      .select()
      .from(letterDecisions)
      .where(eq(letterDecisions.letterId, sent.id))
    expect(decision).toMatchObject({ decision: 'released', versionNumber: 1 })
    const photos = await db.select().from(letterPhotos).where(eq(letterPhotos.letterId, sent.id))
    expect(Object.fromEntries(photos.map((p) => [p.id, p.status]))).toEqual({
      [kept]: 'approved',
      [withheld]: 'withheld',
    })

    // The birth relative receives the released text, without the words taken out.
    const received = expectStatus(await relative.get(`/api/letterbox/letters/${sent.id}`), 200)
      .body as { body: string; photos: { id: string }[] }
    expect(received.body).toBe(released.releasedBody)
    expect(received.body).not.toContain(postcode)
    expect(received.body).not.toContain(surname)
    expect(received.photos.map((p) => p.id)).toEqual([kept])

    // The recipient is told a letter is waiting, the writer that it was passed on: no content.
    const [waiting] = await emails(demoEmail('birth-relative'), 'letterbox-letter-waiting')
    expect(waiting?.body).toContain(`/letterbox/letters/${sent.id}`)
    expect(waiting?.body).not.toContain(postcode)
    expect(waiting?.body).not.toContain(surname)
    expect(await emails(demoEmail('adopter'), 'letterbox-letter-released')).toHaveLength(1)

    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.recordId, sent.id),
          eq(auditEvents.action, 'update'),
          eq(auditEvents.actorRole, 'support_worker'),
        ),
      )
    expect(audit).toMatchObject({
      recordType: 'letter',
      localAuthorityId: people.localAuthorityId,
      details: expect.objectContaining({
        decision: 'released',
        redactions: 2,
        photosApproved: 1,
        photosWithheld: 1,
      }),
    })
  })

  it('refuses passages outside the letter and photos of another letter', async () => {
    later(1)
    const sent = await sendLetter(adopter, 'Short letter.')
    const other = await sendLetter(adopter, 'Another letter.', 1)
    const opened = await open(sent.id)
    const outside = await decide(sent.id, {
      version: opened.version,
      decision: 'release',
      redactions: [{ start: 6, end: 400 }],
      photos: [{ photoId: other.photoIds[0], approved: true }],
    })
    expect(outside.status).toBe(400)
    expect(outside.body.fieldErrors).toEqual({
      'redactions.0': 'Select the words to take out',
      photos: 'Select only photos sent with this letter',
    })
    expect((await letterRow(sent.id)).status).toBe('submitted')
  })

  it('returns a letter with a reason; a decision on a version since changed answers 409', async () => {
    later(1)
    const sent = await sendLetter(adopter, 'Dear Jordan,\n\nWe go to Kingsmere Primary now.')
    const seenByWorker = await open(sent.id)
    const seenByManager = await open(sent.id, manager)

    const noReason = await decide(
      sent.id,
      { version: seenByManager.version, decision: 'return' },
      manager,
    )
    expect(noReason.body.fieldErrors).toEqual({ reason: 'Enter what the writer needs to change' })
    const returned = expectStatus(
      await decide(
        sent.id,
        {
          version: seenByManager.version,
          decision: 'return',
          reason: 'Please take out the school’s name',
        },
        manager,
      ),
      200,
    ).body as ReviewBody
    expect(returned).toMatchObject({
      status: 'returned',
      progress: 'returned',
      returnedReason: 'Please take out the school’s name',
    })
    expect(await emails(demoEmail('adopter'), 'letterbox-letter-returned')).toHaveLength(1)
    const mine = expectStatus(await adopter.get(`/api/letterbox/letters/${sent.id}`), 200).body
    expect(mine).toMatchObject({
      progress: 'returned',
      returnedReason: 'Please take out the school’s name',
    })

    // The worker still has the letter as it was when they opened it.
    const stale = await decide(sent.id, { version: seenByWorker.version, decision: 'release' })
    expect(stale.status).toBe(409)

    // The writer changes it and sends it again: a second version, to be checked afresh.
    later(10)
    const changed = 'Dear Jordan,\n\nWe go to a new school now.'
    expectStatus(
      await adopter.post(`/api/letterbox/letters/${sent.id}/send`, {
        version: mine.version,
        body: changed,
      }),
      200,
    )
    expect((await decide(sent.id, { version: returned.version, decision: 'release' })).status).toBe(
      409,
    )
    const again = await open(sent.id)
    expect(again).toMatchObject({ status: 'submitted', body: changed, versionNumber: 2 })
    const released = expectStatus(
      await decide(sent.id, { version: again.version, decision: 'release' }),
      200,
    ).body as ReviewBody
    expect(released.releasedBody).toBe(changed)
    expect(released.decisions.map((d) => d.decision)).toEqual(['returned', 'released'])
    // Decided already: nothing more to decide.
    const twice = await decide(sent.id, {
      version: released.version,
      decision: 'withhold',
      reason: 'x',
    })
    expect(twice.status).toBe(409)
  })

  it('withholds a letter: the reason is kept on record and the writer is told', async () => {
    later(1)
    const sent = await sendLetter(relative, 'Dear Maisie,\n\nCome and find me at 4 Mill Lane.', 1)
    const opened = await open(sent.id, manager)
    const withheld = expectStatus(
      await decide(
        sent.id,
        {
          version: opened.version,
          decision: 'withhold',
          reason: 'Invites the child to make contact outside the agreement',
          photos: [{ photoId: sent.photoIds[0], approved: true }],
        },
        manager,
      ),
      200,
    ).body as ReviewBody
    expect(withheld).toMatchObject({
      status: 'withheld',
      progress: 'withheld',
      returnedReason: null,
    })
    expect(withheld.photos.map((p) => p.status)).toEqual(['withheld'])
    expect(withheld.decisions).toEqual([
      expect.objectContaining({
        decision: 'withheld',
        reason: 'Invites the child to make contact outside the agreement',
      }),
    ])
    const [told] = await emails(demoEmail('birth-relative'), 'letterbox-letter-withheld')
    expect(told?.body).toContain('will be in touch')
    expect(told?.body).not.toContain('Mill Lane')
    // The family never receives it.
    expect((await adopter.get(`/api/letterbox/letters/${sent.id}`)).status).toBe(404)
  })

  it('lets a duty officer read but not decide; administrators neither', async () => {
    later(1)
    const sent = await sendLetter(adopter, 'Dear Jordan,\n\nHappy birthday.')
    const seen = await open(sent.id, duty)
    expect(
      (await decide(sent.id, { version: seen.version, decision: 'release' }, duty)).status,
    ).toBe(403)
    expect((await administrator.get(`${base}/letters/${sent.id}`)).status).toBe(403)
    expect(
      (await decide(sent.id, { version: seen.version, decision: 'release' }, administrator)).status,
    ).toBe(403)
    // Out of scope: not found, whatever the role.
    expect((await workerWyvern.get(`${base}/letters/${sent.id}`)).status).toBe(404)
    expect(
      (await decide(sent.id, { version: seen.version, decision: 'release' }, workerWyvern)).status,
    ).toBe(404)
    expect((await letterRow(sent.id)).status).toBe('submitted')
    const [dutyUser] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoEmail('duty')))
    const refusedDecisions = await db
      .select()
      .from(letterDecisions)
      .where(
        and(
          eq(letterDecisions.letterId, sent.id),
          eq(letterDecisions.decidedByUserId, dutyUser!.id),
        ),
      )
    expect(refusedDecisions).toEqual([])
  })
})
