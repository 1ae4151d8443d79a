import { randomUUID } from 'node:crypto'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from '@asp/db'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

let t: TestApp
let adopter: Browser
let adopterB: Browser
let duty: Browser
let requestId = ''

beforeAll(async () => {
  t = await createTestApp({ accounts: true })
  const db = t.database.db
  ;[adopter, adopterB, duty] = await Promise.all([
    signInAs(t.app, db, demoEmail('adopter'), 'email'),
    signInAs(t.app, db, demoEmail('adopter-b'), 'email'),
    signInAs(t.app, db, demoEmail('duty'), 'totp'),
  ])
  const asked = await adopter.post('/api/my/support-requests', {
    idempotencyKey: randomUUID(),
    categories: ['education'],
    description: 'A letter from school',
    urgency: 'routine',
    contactMethod: 'portal',
  })
  requestId = expectStatus(asked, 201).body.id
})
afterAll(() => t.close())

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
// The 8-byte PNG signature and an IHDR chunk: enough for the type to be read from the bytes.
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)])

function upload(browser: Browser, bytes: Buffer, name: string) {
  return request(t.app)
    .post('/api/files')
    .set('Cookie', browser.cookieHeader())
    .set('Content-Type', 'application/octet-stream')
    .set('X-File-Name', encodeURIComponent(name))
    .send(bytes)
}

describe('uploads', () => {
  it('take their type from the bytes, not the name (ASVS 5.2.2)', async () => {
    const ok = expectStatus(await upload(adopter, pdf, 'School letter.pdf'), 201)
    expect(ok.body).toMatchObject({
      fileName: 'School letter.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
    })
    const renamed = expectStatus(await upload(adopter, png, 'report.docx'), 201)
    expect(renamed.body.contentType).toBe('image/png')
    const disguised = await upload(adopter, exe, 'harmless.pdf')
    expect(disguised.status).toBe(400)
    expect(disguised.body.fieldErrors).toEqual({
      file: 'The selected file must be a PDF, JPG, PNG, GIF, WebP, HEIC or Word document',
    })
    // The EICAR anti-virus test file, named as a PDF, is refused (ASVS 5.4.3: by its type; a
    // malware scanner is not yet wired in).
    const eicar = Buffer.from(
      'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*',
    )
    expect((await upload(adopter, eicar, 'eicar.pdf')).status).toBe(400)
    const empty = await upload(adopter, Buffer.alloc(0), 'empty.pdf')
    expect(empty.status).toBe(400)
    const path = await upload(adopter, pdf, '../../etc/passwd.pdf')
    expect(path.body.fileName).toBe('passwd.pdf')
  })

  it('keep a name that shows what it is: no direction overrides, invisible characters or endless length', async () => {
    // "invoice\u202Efdp.exe" shows as "invoiceexe.pdf".
    const overridden = expectStatus(await upload(adopter, pdf, 'invoice\u202Efdp.exe'), 201)
    expect(overridden.body.fileName).toBe('invoicefdp.exe')
    const hidden = expectStatus(
      await upload(adopter, pdf, '\ufeffSchool\u200b letter\u2066.pdf\u2069'),
      201,
    )
    expect(hidden.body.fileName).toBe('School letter.pdf')
    const long = expectStatus(await upload(adopter, pdf, `${'a'.repeat(500)}.pdf`), 201)
    expect(long.body.fileName).toHaveLength(200)
    expect(long.body.fileName.endsWith('.pdf')).toBe(true)
  })

  it('refuse files over 10MB with a GOV.UK message (ASVS 5.2.1)', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)])
    const res = await upload(adopter, big, 'huge.pdf')
    expect(res.status).toBe(413)
    expect(res.body.fieldErrors).toEqual({ file: 'The selected file must be smaller than 10MB' })
  })
})

describe('attachments', () => {
  it('go with a message; the team and the family read them, nobody else (ASVS 5.4.1)', async () => {
    const file = expectStatus(await upload(adopter, pdf, 'School letter.pdf'), 201).body
    // Another family cannot send this family's upload.
    const stolen = await adopterB.post('/api/my/support-requests', {
      idempotencyKey: randomUUID(),
      categories: ['advice'],
      description: 'x',
      urgency: 'routine',
      contactMethod: 'portal',
    })
    const theirRequest = expectStatus(stolen, 201).body.id
    const refused = await adopterB.post(`/api/my/support-requests/${theirRequest}/messages`, {
      idempotencyKey: randomUUID(),
      body: 'See attached',
      attachmentIds: [file.id],
    })
    expect(refused.body.fieldErrors).toEqual({
      attachmentIds: 'The selected file could not be found. Upload it again',
    })
    expect((await adopterB.get(`/api/files/${file.id}`)).status).toBe(404)

    const sent = await adopter.post(`/api/my/support-requests/${requestId}/messages`, {
      idempotencyKey: randomUUID(),
      body: 'Here is the letter from school.',
      attachmentIds: [file.id],
    })
    expect(sent.status).toBe(201)
    expect(sent.body.messages.at(-1).attachments).toEqual([
      {
        id: file.id,
        fileName: 'School letter.pdf',
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
      },
    ])
    const again = await adopter.post(`/api/my/support-requests/${requestId}/messages`, {
      idempotencyKey: randomUUID(),
      body: 'Sending it twice',
      attachmentIds: [file.id],
    })
    expect(again.status).toBe(400)

    const staffView = expectStatus(await duty.get(`/api/support-requests/${requestId}`), 200).body
    expect(staffView.messages.at(-1).attachments).toHaveLength(1)
    const download = await duty.get(`/api/files/${file.id}`)
    expect(download.status).toBe(200)
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(download.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''School%20letter.pdf",
    )
    expect(download.headers['x-content-type-options']).toBe('nosniff')
    expect(Buffer.from(download.body as Buffer).equals(pdf)).toBe(true)
  })
})
