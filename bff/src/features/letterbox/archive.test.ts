import { createHash } from 'node:crypto'
import {
  and,
  auditEvents,
  contactAgreements,
  demoEmail,
  eq,
  files,
  letterPhotos,
  letters,
  ne,
  type Db,
} from '@asp/db'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import {
  findDemoLetterboxPeople,
  insertBirthRelative,
  jpegPhoto,
  type DemoLetterboxPeople,
} from './testing.ts'

// The app's clock: Wednesday 25 November 2026, 10am in London (GMT).
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
let duty: Browser
let administrator: Browser
let workerWyvern: Browser
let people: DemoLetterboxPeople
let casey = ''
let agreementId = ''

const base = '/api/staff/letterbox'

const texts = {
  released: 'Dear Jordan,\n\nMaisie swam her first length at Kingsmere Leisure Centre.',
  returned: 'Dear Jordan,\n\nMaisie is at Kingsmere Primary now.',
  resent: 'Dear Jordan,\n\nMaisie likes her new school.',
  withheld: 'Dear Maisie,\n\nCome and see me at 4 Mill Lane.',
  paper: 'A birthday card with a short note about his new job.',
}

async function photoFor(letterId: string, uploadedByUserId: string, colour: string) {
  const content = await jpegPhoto(80, 60, colour)
  const [file] = await db
    .insert(files)
    .values({
      organisationId: people.organisationId,
      uploadedByUserId,
      fileName: 'photo.jpg',
      contentType: 'image/jpeg',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
    })
    .returning({ id: files.id })
  const [photo] = await db
    .insert(letterPhotos)
    .values({ letterId, fileId: file!.id, width: 80, height: 60 })
    .returning({ id: letterPhotos.id })
  return photo!.id
}

/** A letter written and sent through the family side's endpoints, with any photos. */
async function sendLetter(writer: Browser, body: string, photoColours: string[] = []) {
  later(1)
  const draft = expectStatus(
    await writer.post(`/api/letterbox/agreements/${agreementId}/letters`, { body }),
    201,
  ).body as { id: string }
  const author = writer === relative ? people.birthRelativeUserId : people.adopterUserId
  const photoIds: string[] = []
  for (const colour of photoColours) photoIds.push(await photoFor(draft.id, author, colour))
  const [row] = await db
    .select({ version: letters.version })
    .from(letters)
    .where(eq(letters.id, draft.id))
  const sent = await writer.post(`/api/letterbox/letters/${draft.id}/send`, {
    version: row!.version,
    body,
  })
  return { id: draft.id, version: expectStatus(sent, 200).body.version as number, photoIds }
}

async function decide(letterId: string, decision: object) {
  later(1)
  const opened = expectStatus(await worker.get(`${base}/letters/${letterId}`), 200).body
  return expectStatus(
    await worker.post(`${base}/letters/${letterId}/decision`, {
      version: opened.version,
      ...decision,
    }),
    200,
  ).body
}

async function download(as: Browser) {
  return request(t.app)
    .get(`${base}/children/${people.childId}/archive`)
    .set('Cookie', as.cookieHeader())
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => done(null, Buffer.concat(chunks)))
    })
}

interface StructNode {
  role?: string
  alt?: string
  children?: StructNode[]
}
function roles(node: StructNode | null, found: StructNode[] = []) {
  if (!node) return found
  found.push(node)
  for (const child of node.children ?? []) roles(child, found)
  return found
}

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock })
  db = t.database.db
  ;[adopter, relative, worker, duty, administrator, workerWyvern] = await Promise.all([
    signInAs(t.app, db, demoEmail('adopter'), 'email'),
    signInAs(t.app, db, demoEmail('birth-relative'), 'email'),
    signInAs(t.app, db, demoEmail('worker'), 'totp'),
    signInAs(t.app, db, demoEmail('duty'), 'totp'),
    signInAs(t.app, db, demoEmail('administrator'), 'totp'),
    signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp'),
  ])
  people = await findDemoLetterboxPeople(db)
  casey = await insertBirthRelative(db, people)
  const made = await worker.post(`${base}/agreements`, {
    childId: people.childId,
    agreement: {
      parties: [
        {
          birthRelativeId: people.birthRelativeId,
          relationship: 'mother',
          exchangeName: 'Birth mum, Jordan',
        },
        { birthRelativeId: casey, relationship: 'father', exchangeName: 'Birth dad, Casey' },
      ],
      direction: 'two_way',
      exchangeMonths: [11, 5],
      photosAllowed: true,
      cardsAllowed: true,
      giftsAllowed: false,
      childExchangeName: 'Maisie',
      familyExchangeName: 'Maisie’s mum and dad',
      watchWords: ['Kingsmere Primary'],
      reminderWeeks: 4,
      startsOn: '2026-05-01',
    },
  })
  agreementId = expectStatus(made, 201).body.id
  const version = made.body.version as number
  expectStatus(
    await worker.post(`${base}/agreements/${agreementId}/status`, {
      version,
      status: 'paused',
      reason: 'Birth father moving house',
    }),
    200,
  )
  expectStatus(
    await worker.post(`${base}/agreements/${agreementId}/status`, {
      version: version + 1,
      status: 'active',
    }),
    200,
  )

  // A letter released with a passage taken out and one photo of two withheld.
  const first = await sendLetter(adopter, texts.released, ['#3366aa', '#aa3366'])
  const leisure = texts.released.indexOf('Kingsmere Leisure Centre')
  await decide(first.id, {
    decision: 'release',
    redactions: [{ start: leisure, end: leisure + 'Kingsmere Leisure Centre'.length }],
    photos: [
      { photoId: first.photoIds[0], approved: true },
      { photoId: first.photoIds[1], approved: false },
    ],
  })
  // A letter returned, changed and sent again, then released.
  const second = await sendLetter(adopter, texts.returned)
  await decide(second.id, { decision: 'return', reason: 'Please leave out the school’s name' })
  const mine = expectStatus(await adopter.get(`/api/letterbox/letters/${second.id}`), 200).body
  later(1)
  expectStatus(
    await adopter.post(`/api/letterbox/letters/${second.id}/send`, {
      version: mine.version,
      body: texts.resent,
    }),
    200,
  )
  await decide(second.id, { decision: 'release' })
  // A birth relative's letter withheld.
  const third = await sendLetter(relative, texts.withheld)
  await decide(third.id, {
    decision: 'withhold',
    reason: 'Asks the child to visit outside the agreement',
  })
  // A paper letter from Casey.
  const scan = await request(t.app)
    .post('/api/files')
    .set('Cookie', duty.cookieHeader())
    .set('Content-Type', 'application/octet-stream')
    .set('X-File-Name', encodeURIComponent('Card from Casey.pdf'))
    .send(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'))
  expectStatus(
    await duty.post(`${base}/agreements/${agreementId}/paper-letters`, {
      fromSide: 'birth_relative',
      birthRelativeId: casey,
      paperDate: '2026-11-24',
      summary: texts.paper,
      scanFileId: expectStatus(scan, 201).body.id,
    }),
    201,
  )
  // A draft is the writer's own: it is not part of the record.
  expectStatus(
    await adopter.post(`/api/letterbox/agreements/${agreementId}/letters`, {
      body: 'An unfinished draft about the holidays',
    }),
    201,
  )
})
afterAll(() => t.close())

describe('the child’s letterbox as one PDF', () => {
  it('holds every letter, version, decision and photo, as a tagged PDF with a title and language', async () => {
    const res = await download(duty)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="letterbox-record-/)
    const pdf = await getDocument({ data: new Uint8Array(res.body as Buffer) }).promise

    const info = (await pdf.getMetadata()).info as Record<string, unknown>
    expect(info.Title).toMatch(/^Letterbox record for /)
    expect(info.Language).toBe('en-GB')
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true })

    let text = ''
    const found: StructNode[] = []
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      text += ` ${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}`
      roles((await page.getStructTree()) as StructNode | null, found)
    }
    const words = text.replace(/\s+/g, ' ')
    const said = (body: string) => body.replace(/\s+/g, ' ')

    for (const body of [
      texts.released,
      texts.returned,
      texts.resent,
      texts.withheld,
      texts.paper,
    ]) {
      expect(words).toContain(said(body))
    }
    expect(words).not.toContain('An unfinished draft')
    // What the birth relative received, with the passage taken out, and what was taken out.
    expect(words).toContain('Maisie swam her first length at [removed by the agency].')
    expect(words).toContain('Words taken out: “Kingsmere Leisure Centre”')
    expect(words).toContain('Decision on version 1: Returned to the writer')
    expect(words).toContain('Reason: Please leave out the school’s name')
    expect(words).toContain('Decision on version 2: Passed on')
    expect(words).toContain('Not passed on (withheld)')
    expect(words).toContain('Reason: Asks the child to visit outside the agreement')
    expect(words).toContain('By Sam Okafor on')
    expect(words).toContain('Photo 1: approved and passed on')
    expect(words).toContain('Photo 2: withheld, not passed on')
    expect(words).toContain('Card from Casey.pdf')
    // The agreement: its parties, rules and history.
    expect(words).toContain('Casey Pike, birth father: named in the exchange as Birth dad, Casey')
    expect(words).toContain('Letters are due in: May, November')
    expect(words).toContain(
      'status changed to paused by Sam Okafor. Reason: Birth father moving house',
    )
    expect(words).toContain('status changed to active by Sam Okafor')
    // Oldest letter first.
    expect(words.indexOf(said(texts.released))).toBeLessThan(words.indexOf(said(texts.withheld)))

    const tags = found.map((node) => node.role)
    expect(tags).toContain('H1')
    expect(tags).toContain('H2')
    expect(tags).toContain('P')
    const figures = found.filter((node) => node.role === 'Figure')
    expect(figures).toHaveLength(2)
    expect(figures.map((f) => f.alt)).toEqual([
      expect.stringContaining('approved and passed on'),
      expect.stringContaining('withheld, not passed on'),
    ])
  })

  it('is for case staff in scope only, and every export is audited', async () => {
    expect((await download(administrator)).status).toBe(403)
    expect((await download(adopter)).status).toBe(403)
    expect((await download(workerWyvern)).status).toBe(404)
    expectStatus(await download(worker), 200)
    const exports = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.recordType, 'child-letterbox'),
          eq(auditEvents.recordId, people.childId),
        ),
      )
    // Every letter of the child's (the demo agency's history of it included), but drafts.
    const sentLetters = await db
      .select({ id: letters.id })
      .from(letters)
      .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
      .where(and(eq(contactAgreements.childId, people.childId), ne(letters.status, 'draft')))
    expect(sentLetters.length).toBeGreaterThanOrEqual(4)
    const exported = exports.filter((e) => (e.details as { export?: string } | null)?.export)
    expect(exported.map((e) => e.actorRole).sort()).toEqual(['duty_officer', 'support_worker'])
    expect(exported[0]).toMatchObject({
      action: 'read',
      localAuthorityId: people.localAuthorityId,
      details: expect.objectContaining({ export: 'pdf', letters: sentLetters.length }),
    })
  })
})
