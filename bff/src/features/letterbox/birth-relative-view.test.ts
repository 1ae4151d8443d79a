// The one rule that must never break (ADR 0016): nothing a birth relative receives identifies or
// locates the adoptive family. Signed in as the demo birth relative, with letters made both ways
// (some with the family's details in the writer's text, taken out on release), every GET route the
// birth relative is answered 200 by, and every write they make, is searched for the family's
// surname, address, town, postcode, parents' emails, phone, reference and council.
import { randomUUID } from 'node:crypto'
import {
  children,
  demoEmail,
  eq,
  families,
  familyParents,
  localAuthorities,
  users,
  type Db,
} from '@asp/db'
import request, { type Response } from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { endpoints, type EndpointName } from '../../contract/index.ts'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import {
  findDemoLetterboxPeople,
  jpegPhoto,
  readPdf,
  releaseLetter,
  seedAgreement,
  seedExchanges,
  seedLetter,
  type DemoLetterboxPeople,
} from './testing.ts'

const now = new Date('2026-11-25T10:00:00Z')

let t: TestApp
let db: Db
let adopter: Browser
let relative: Browser
let people: DemoLetterboxPeople
/** What identifies or locates the demo family, read from the database. */
let identifying: string[] = []
/** Ids to fill the routes' parameters with, each a list of candidates. */
const candidates: Record<string, string[]> = {}
/** The JSON answers of the writes the birth relative made, by what they did. */
const writes: { what: string; body: unknown }[] = []

/** The identifying strings a text contains, whatever their case. */
function found(text: string) {
  const lower = text.toLowerCase()
  return identifying.filter((value) => lower.includes(value.toLowerCase()))
}

/** A request's answer as bytes, whatever its type, with the JSON parsed when it is JSON. */
async function call(browser: Browser | null, method: 'get' | 'post', path: string) {
  let req = request(t.app)[method](path)
  if (browser) req = req.set('Cookie', browser.cookieHeader())
  const res: Response = await req.buffer(true).parse((stream, done) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => done(null, Buffer.concat(chunks)))
  })
  const bytes = res.body as Buffer
  const type = String(res.headers['content-type'] ?? '')
  const json = type.startsWith('application/json') ? JSON.parse(bytes.toString('utf8')) : undefined
  return { status: res.status, type, bytes, json }
}

function upload(browser: Browser, path: string, bytes: Buffer, fileName = 'photo.jpg') {
  return request(t.app)
    .post(path)
    .set('Cookie', browser.cookieHeader())
    .set('Content-Type', 'application/octet-stream')
    .set('X-File-Name', fileName)
    .send(bytes)
}

/** Every way to fill a path's parameters from the candidates. */
function fill(path: string): string[] {
  const names = [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!)
  let paths = [path]
  for (const name of names) {
    const values = candidates[name] ?? [randomUUID()]
    paths = paths.flatMap((p) => values.map((value) => p.replace(`:${name}`, value)))
  }
  return paths
}

const remember = (what: string, res: { status: number; body: unknown }, status: number) => {
  expectStatus(res, status)
  writes.push({ what, body: res.body })
  return res.body as { id: string; version: number }
}

beforeAll(async () => {
  // The development mailbox holds every email the demo sends; it is off, as in production.
  t = await createTestApp({ accounts: true, clock: () => now, config: { devMailbox: false } })
  db = t.database.db
  adopter = await signInAs(t.app, db, demoEmail('adopter'), 'email')
  relative = await signInAs(t.app, db, demoEmail('birth-relative'), 'email')
  people = await findDemoLetterboxPeople(db)

  // ---- What identifies the family ----
  const [family] = await db.select().from(families).where(eq(families.id, people.familyId))
  const parents = await db
    .select({ fullName: familyParents.fullName, email: familyParents.email, login: users.email })
    .from(familyParents)
    .leftJoin(users, eq(users.id, familyParents.userId))
    .where(eq(familyParents.familyId, people.familyId))
  const kids = await db
    .select({ lastName: children.lastName })
    .from(children)
    .where(eq(children.familyId, people.familyId))
  const [council] = await db
    .select({ name: localAuthorities.name })
    .from(localAuthorities)
    .where(eq(localAuthorities.id, family!.localAuthorityId))
  const surnames = parents.map((p) => p.fullName.split(' ').at(-1)!)
  identifying = [
    ...new Set(
      [
        ...surnames,
        ...parents.flatMap((p) => [p.fullName, p.email, p.login]),
        ...kids.map((k) => k.lastName),
        family!.reference,
        family!.addressLine1,
        family!.addressLine2,
        family!.town,
        family!.postcode,
        family!.phone,
        council!.name,
      ].filter((value): value is string => typeof value === 'string' && value.trim().length > 2),
    ),
  ]
  expect(identifying.length).toBeGreaterThanOrEqual(8)
  const surname = surnames[0]!

  // ---- Letters both ways ----
  const { agreementId } = await seedAgreement(db, {
    familyId: people.familyId,
    childId: people.childId,
    parties: [{ birthRelativeId: people.birthRelativeId, exchangeName: 'Birth mum, Jordan' }],
  })
  const oneWay = await seedAgreement(db, {
    familyId: people.familyId,
    childId: people.childId,
    parties: [{ birthRelativeId: people.birthRelativeId, exchangeName: 'Birth mum, Jordan' }],
    direction: 'from_family',
    photosAllowed: false,
  })
  await seedExchanges(db, {
    agreementId,
    writerSide: 'birth_relative',
    birthRelativeId: people.birthRelativeId,
    months: ['2026-09-01', '2027-03-01'],
  })
  await seedExchanges(db, { agreementId, writerSide: 'adoptive_family', months: ['2026-09-01'] })

  // The family writes with its details in the text; the reviewer takes them out on release.
  const leaky =
    `Dear Jordan,\n\nThe ${surname} family moved to ${family!.addressLine1}, ${family!.town} ` +
    `${family!.postcode}. Ring us on ${family!.phone}.\n\nLove from us`
  const familyLetter = expectStatus(
    await adopter.post(`/api/letterbox/agreements/${agreementId}/letters`, { body: leaky }),
    201,
  ).body as { id: string; version: number }
  const approved = expectStatus(
    await upload(adopter, `/api/letterbox/letters/${familyLetter.id}/photos`, await jpegPhoto()),
    201,
  ).body as { id: string }
  const withheld = expectStatus(
    await upload(adopter, `/api/letterbox/letters/${familyLetter.id}/photos`, await jpegPhoto()),
    201,
  ).body as { id: string }
  expectStatus(
    await adopter.post(`/api/letterbox/letters/${familyLetter.id}/send`, {
      version: familyLetter.version,
      body: leaky,
    }),
    200,
  )
  await releaseLetter(db, familyLetter.id, {
    releasedBody:
      'Dear Jordan,\n\nThe [removed by the agency] family moved to [removed by the agency]. ' +
      'Ring us on [removed by the agency].\n\nLove from us',
    approvedPhotoIds: [approved.id],
    reviewerUserId: people.reviewerUserId,
  })
  // Sent and not checked yet; a draft; a paper letter on the child's file.
  const waiting = expectStatus(
    await adopter.post(`/api/letterbox/agreements/${agreementId}/letters`, { body: leaky }),
    201,
  ).body as { id: string; version: number }
  expectStatus(
    await adopter.post(`/api/letterbox/letters/${waiting.id}/send`, { version: 1, body: leaky }),
    200,
  )
  const draft = expectStatus(
    await adopter.post(`/api/letterbox/agreements/${agreementId}/letters`, { body: leaky }),
    201,
  ).body as { id: string }
  const paper = await seedLetter(db, {
    agreementId,
    fromSide: 'adoptive_family',
    body: `Paper letter from the ${surname} family of ${family!.town}`,
    channel: 'paper',
  })
  const oneWayLetter = await seedLetter(db, {
    agreementId: oneWay.agreementId,
    fromSide: 'adoptive_family',
    authorUserId: people.adopterUserId,
    body: 'Dear Jordan,\n\nMaisie is well.',
    reviewerUserId: people.reviewerUserId,
  })

  // The birth relative writes, adds and takes off photos, sends, and asks for support.
  const mine = remember(
    'startLetter',
    await relative.post(`/api/letterbox/agreements/${agreementId}/letters`, {
      replyToLetterId: familyLetter.id,
      body: 'Dear Maisie,',
    }),
    201,
  )
  const myPhoto = remember(
    'addLetterPhoto',
    await upload(relative, `/api/letterbox/letters/${mine.id}/photos`, await jpegPhoto()),
    201,
  )
  const saved = remember(
    'saveLetter',
    await relative.put(`/api/letterbox/letters/${mine.id}`, {
      version: mine.version,
      body: 'Dear Maisie,\n\nThank you for your letter.',
    }),
    200,
  )
  remember(
    'sendLetter',
    await relative.post(`/api/letterbox/letters/${mine.id}/send`, {
      version: saved.version,
      body: 'Dear Maisie,\n\nThank you for your letter.',
    }),
    200,
  )
  await releaseLetter(db, mine.id, {
    approvedPhotoIds: [myPhoto.id],
    reviewerUserId: people.reviewerUserId,
  })
  const another = remember(
    'startLetter',
    await relative.post(`/api/letterbox/agreements/${agreementId}/letters`, {}),
    201,
  )
  const extra = remember(
    'addLetterPhoto',
    await upload(relative, `/api/letterbox/letters/${another.id}/photos`, await jpegPhoto()),
    201,
  )
  remember(
    'removeLetterPhoto',
    await relative.delete(`/api/letterbox/letters/${another.id}/photos/${extra.id}`),
    200,
  )
  const supportRequest = remember(
    'askForSupport',
    await relative.post('/api/my/support-requests', {
      idempotencyKey: randomUUID(),
      categories: ['birth_relative_counselling'],
      description: 'I would like to talk to someone about writing my letters.',
      urgency: 'routine',
      contactMethod: 'portal',
    }),
    201,
  )
  const file = remember(
    'uploadFile',
    await upload(relative, '/api/files', await jpegPhoto(), 'my-photo.jpg'),
    201,
  )

  Object.assign(candidates, {
    agreementId: [agreementId, oneWay.agreementId],
    letterId: [familyLetter.id, oneWayLetter, mine.id, another.id, waiting.id, draft.id, paper],
    photoId: [approved.id, withheld.id, myPhoto.id],
    supportRequestId: [supportRequest.id],
    fileId: [file.id],
    familyId: [people.familyId],
    childId: [people.childId],
  })
  // What the birth relative must never reach at all.
  candidates.unreachableLetters = [waiting.id, draft.id, paper]
  candidates.withheldPhotos = [withheld.id]
})
afterAll(() => t.close())

describe('what a birth relative receives', () => {
  it('names nothing of the family in any answer the birth relative gets', async () => {
    const answered: EndpointName[] = []
    const publicRoutes: EndpointName[] = []
    for (const [name, endpoint] of Object.entries(endpoints) as [
      EndpointName,
      (typeof endpoints)[EndpointName],
    ][]) {
      if (endpoint.method !== 'get') continue
      for (const path of fill(endpoint.path)) {
        const res = await call(relative, 'get', path)
        if (res.status !== 200) continue
        // A route that answers anyone the same (health, the OpenAPI document, the agency's
        // councils on the start page) is not the birth relative's view of anything.
        if ((await call(null, 'get', path)).status === 200) {
          publicRoutes.push(name)
          continue
        }
        answered.push(name)
        const text =
          res.json !== undefined ? JSON.stringify(res.json) : res.bytes.toString('latin1')
        expect(found(text), `GET ${path}`).toEqual([])
        if (res.type.startsWith('application/pdf')) {
          expect(found((await readPdf(res.bytes)).text), `the PDF of GET ${path}`).toEqual([])
        }
      }
    }
    expect([...new Set(publicRoutes)].sort()).toEqual(
      ['getHealth', 'getOpenApiDocument', 'getReadiness', 'getServiceInfo'].sort(),
    )
    expect(new Set(answered)).toEqual(
      new Set<EndpointName>([
        'getSession',
        'findMySupportRequests',
        'getMySupportRequest',
        'getMyLetterbox',
        'getMyLetter',
        'getLetterPhoto',
        'downloadLetterPdf',
        'downloadFile',
        // Their own assessment of need (ADR 0018): the demo's is still being written.
        'getMyAssessments',
        ...answered.filter((name) => name === 'getSupportDraft'),
      ]),
    )
  })

  it('names nothing of the family in the answers to what the birth relative writes', () => {
    expect(writes.map((w) => w.what)).toEqual(
      expect.arrayContaining([
        'startLetter',
        'addLetterPhoto',
        'saveLetter',
        'sendLetter',
        'removeLetterPhoto',
        'askForSupport',
      ]),
    )
    for (const { what, body } of writes) expect(found(JSON.stringify(body)), what).toEqual([])
  })

  it('reaches no letter the family has not had released, and no withheld photo', async () => {
    for (const letterId of candidates.unreachableLetters!) {
      expect((await call(relative, 'get', `/api/letterbox/letters/${letterId}`)).status).toBe(404)
      expect((await call(relative, 'get', `/api/letterbox/letters/${letterId}/pdf`)).status).toBe(
        404,
      )
    }
    const [familyLetter] = candidates.letterId!
    for (const photoId of candidates.withheldPhotos!) {
      const path = `/api/letterbox/letters/${familyLetter}/photos/${photoId}`
      expect((await call(relative, 'get', path)).status).toBe(404)
    }
  })

  it('gives a received letter’s PDF with none of the family’s details, though its writer wrote them', async () => {
    const [familyLetter] = candidates.letterId!
    const res = await call(relative, 'get', `/api/letterbox/letters/${familyLetter}/pdf`)
    expect(res.status).toBe(200)
    const pdf = await readPdf(res.bytes)
    expect(pdf.text).toContain('The [removed by the agency] family moved to')
    expect(found(pdf.text)).toEqual([])
    expect(found(pdf.title ?? '')).toEqual([])
    // The family's own copy still has what they wrote: the search would find it there.
    const own = await call(adopter, 'get', `/api/letterbox/letters/${familyLetter}`)
    expect(found(JSON.stringify(own.json)).length).toBeGreaterThan(0)
  })
})
