import { demoEmail, eq, organisations, type Db } from '@asp/db'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import { letterPdf, paragraphsOf } from './letter-pdf.ts'
import {
  findDemoLetterboxPeople,
  jpegPhoto,
  readPdf,
  releaseLetter,
  seedAgreement,
  type DemoLetterboxPeople,
} from './testing.ts'

describe('letterPdf', () => {
  it('writes a tagged PDF: a heading, a paragraph for each paragraph, each photo a figure with alt text', async () => {
    const bytes = await letterPdf({
      title: 'Letter from Maisie’s mum and dad',
      fromName: 'Maisie’s mum and dad',
      toName: 'Birth mum, Jordan',
      releasedOn: '20 November 2026',
      body: 'Dear Jordan,\n\nMaisie loves swimming.\nShe swims on Saturdays.\n\nLove from us',
      photos: [await jpegPhoto(200, 150), await jpegPhoto(150, 200)],
      agencyName: 'Three Counties Adoption',
    })
    const pdf = await readPdf(bytes)
    expect(pdf.marked).toBe(true)
    expect(pdf.title).toBe('Letter from Maisie’s mum and dad')
    expect(pdf.language).toBe('en-GB')
    expect(pdf.text).toContain('Maisie loves swimming.')
    expect(pdf.text).toContain('Passed on by Three Counties Adoption on 20 November 2026')
    const roles = pdf.roles.map((r) => r.role)
    expect(roles.filter((r) => r === 'H1')).toHaveLength(1)
    // From, To, passed on, and the letter's three paragraphs.
    expect(roles.filter((r) => r === 'P')).toHaveLength(6)
    expect(pdf.roles.filter((r) => r.role === 'Figure')).toEqual([
      { role: 'Figure', alt: 'Photo 1 of 2' },
      { role: 'Figure', alt: 'Photo 2 of 2' },
    ])
  })

  it('splits paragraphs at blank lines only', () => {
    expect(paragraphsOf('One\r\ntwo\r\n\r\n  \r\nThree\n \nFour\n')).toEqual([
      'One\ntwo',
      'Three',
      'Four',
    ])
  })
})

describe('a letter’s PDF through the portal', () => {
  const now = new Date('2026-11-25T10:00:00Z')
  let t: TestApp
  let db: Db
  let adopter: Browser
  let relative: Browser
  let people: DemoLetterboxPeople
  let agencyName = ''

  beforeAll(async () => {
    t = await createTestApp({ accounts: true, clock: () => now })
    db = t.database.db
    adopter = await signInAs(t.app, db, demoEmail('adopter'), 'email')
    relative = await signInAs(t.app, db, demoEmail('birth-relative'), 'email')
    people = await findDemoLetterboxPeople(db)
    const [organisation] = await db
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, people.organisationId))
    agencyName = organisation!.name
  })
  afterAll(() => t.close())

  const download = (browser: Browser, letterId: string) =>
    request(t.app)
      .get(`/api/letterbox/letters/${letterId}/pdf`)
      .set('Cookie', browser.cookieHeader())
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => done(null, Buffer.concat(chunks)))
      })

  it('gives the recipient the released text, with the redacted words gone, and the approved photos', async () => {
    const { agreementId } = await seedAgreement(db, {
      familyId: people.familyId,
      childId: people.childId,
      parties: [{ birthRelativeId: people.birthRelativeId, exchangeName: 'Birth mum, Jordan' }],
    })
    const draft = expectStatus(
      await adopter.post(`/api/letterbox/agreements/${agreementId}/letters`, {}),
      201,
    ).body as { id: string; version: number }
    const photo = (
      await request(t.app)
        .post(`/api/letterbox/letters/${draft.id}/photos`)
        .set('Cookie', adopter.cookieHeader())
        .set('Content-Type', 'application/octet-stream')
        .send(await jpegPhoto(300, 200))
    ).body as { id: string }
    const body = 'Dear Jordan,\n\nMaisie is in the choir at Brookfield Primary.\n\nLove from us'
    expectStatus(
      await adopter.post(`/api/letterbox/letters/${draft.id}/send`, { version: 1, body }),
      200,
    )
    expect((await download(relative, draft.id)).status).toBe(404)
    await releaseLetter(db, draft.id, {
      releasedBody:
        'Dear Jordan,\n\nMaisie is in the choir at [removed by the agency].\n\nLove from us',
      approvedPhotoIds: [photo.id],
      reviewerUserId: people.reviewerUserId,
    })

    const res = await download(relative, draft.id)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toBe('attachment; filename="letter-2026-11-20.pdf"')
    const pdf = await readPdf(res.body as Buffer)
    expect(pdf.text).toContain('Maisie is in the choir at [removed by the agency].')
    expect(pdf.text).not.toMatch(/Brookfield/i)
    expect(pdf.text).toContain(`Passed on by ${agencyName} on 20 November 2026`)
    expect(pdf.title).toBe('Letter from Maisie’s mum and dad')
    expect(pdf.language).toBe('en-GB')
    expect(pdf.marked).toBe(true)
    expect(pdf.roles.map((r) => r.role)).toEqual(expect.arrayContaining(['Document', 'H1', 'P']))
    expect(pdf.roles.filter((r) => r.role === 'Figure')).toEqual([
      { role: 'Figure', alt: 'Photo 1 of 1' },
    ])
  })

  it('gives the writer their own letter, not yet passed on', async () => {
    const { agreementId } = await seedAgreement(db, {
      familyId: people.familyId,
      childId: people.childId,
      parties: [{ birthRelativeId: people.birthRelativeId, exchangeName: 'Birth mum, Jordan' }],
    })
    const draft = expectStatus(
      await relative.post(`/api/letterbox/agreements/${agreementId}/letters`, {
        body: 'Dear Maisie,\n\nI think of you on your birthday. Zażółć gęślą jaźń.',
      }),
      201,
    ).body as { id: string }
    const res = await download(relative, draft.id)
    expect(res.status).toBe(200)
    expect(res.headers['content-disposition']).toBe('attachment; filename="letter.pdf"')
    const pdf = await readPdf(res.body as Buffer)
    expect(pdf.title).toBe('Letter from Birth mum, Jordan')
    expect(pdf.text).toContain('I think of you on your birthday.')
    expect(pdf.text).toContain('Zażółć gęślą jaźń.')
    expect(pdf.text).toContain(`Not passed on yet: ${agencyName} checks every letter`)
    expect((await download(adopter, draft.id)).status).toBe(404)
  })
})
