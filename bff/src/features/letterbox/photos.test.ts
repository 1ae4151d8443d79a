import { demoEmail, eq, files, letterPhotos, type Db } from '@asp/db'
import sharp from 'sharp'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { maxLetterPhotoBytes, maxPhotosPerLetter } from '../../contract/index.ts'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import { acceptedTypeNames, maxPhotoSide } from './photos.ts'
import {
  auditOf,
  findDemoLetterboxPeople,
  findLetter,
  jpegPhoto,
  releaseLetter,
  seedAgreement,
  type DemoLetterboxPeople,
} from './testing.ts'

const now = new Date('2026-11-25T10:00:00Z')
const wrongType = `The selected file must be ${acceptedTypeNames}`

let t: TestApp
let db: Db
let adopter: Browser
let relative: Browser
let people: DemoLetterboxPeople

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock: () => now })
  db = t.database.db
  adopter = await signInAs(t.app, db, demoEmail('adopter'), 'email')
  relative = await signInAs(t.app, db, demoEmail('birth-relative'), 'email')
  people = await findDemoLetterboxPeople(db)
})
afterAll(() => t.close())

async function draftLetter(photosAllowed = true) {
  const { agreementId } = await seedAgreement(db, {
    familyId: people.familyId,
    childId: people.childId,
    parties: [{ birthRelativeId: people.birthRelativeId, exchangeName: 'Birth mum, Jordan' }],
    photosAllowed,
  })
  const res = expectStatus(
    await adopter.post(`/api/letterbox/agreements/${agreementId}/letters`, {
      body: 'Dear Jordan,\n\nSome photos from the summer.',
    }),
    201,
  )
  return res.body as { id: string; version: number }
}

function upload(browser: Browser, letterId: string, bytes: Buffer) {
  return request(t.app)
    .post(`/api/letterbox/letters/${letterId}/photos`)
    .set('Cookie', browser.cookieHeader())
    .set('Content-Type', 'application/octet-stream')
    .set('X-File-Name', 'photo.jpg')
    .send(bytes)
}

async function storedBytes(photoId: string) {
  const [row] = await db
    .select({ content: files.content, contentType: files.contentType })
    .from(letterPhotos)
    .innerJoin(files, eq(files.id, letterPhotos.fileId))
    .where(eq(letterPhotos.id, photoId))
  return row!
}

/** A draft's state, to show that a refused photo left it as it was. */
async function draftState(letterId: string) {
  const letter = await findLetter(db, letterId)
  const photos = await db.select().from(letterPhotos).where(eq(letterPhotos.letterId, letterId))
  return {
    version: letter.version,
    body: letter.body,
    status: letter.status,
    photos: photos.length,
  }
}

describe('photos with a letter', () => {
  it('stores a photo re-encoded as a JPEG with no EXIF: no position, no camera', async () => {
    const draft = await draftLetter()
    const original = await sharp({
      create: { width: 120, height: 80, channels: 3, background: '#c0ffee' },
    })
      .withExif({
        IFD0: { Make: 'Canon', Model: 'Canon EOS 5D', Software: 'Camera firmware 1.0' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '52/1 24/1 0/1',
          GPSLongitudeRef: 'W',
          GPSLongitude: '1/1 30/1 0/1',
        },
      })
      .jpeg()
      .toBuffer()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    expect(original.includes(Buffer.from('Canon'))).toBe(true)

    const res = expectStatus(await upload(adopter, draft.id, original), 201)
    expect(res.body).toMatchObject({ status: 'pending', width: 120, height: 80 })
    const stored = await storedBytes(res.body.id)
    expect(stored.contentType).toBe('image/jpeg')
    const metadata = await sharp(stored.content).metadata()
    expect(metadata).toMatchObject({ format: 'jpeg', width: 120, height: 80 })
    expect(metadata.exif).toBeUndefined()
    expect(metadata.xmp).toBeUndefined()
    expect(stored.content.includes(Buffer.from('Canon'))).toBe(false)

    const audit = await auditOf(db, 'letter-photo', res.body.id)
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([['create', people.adopterUserId]])

    // The writer sees their own photo, as stored.
    const own = expectStatus(
      await adopter.get(`/api/letterbox/letters/${draft.id}/photos/${res.body.id}`),
      200,
    )
    expect(own.headers['content-type']).toBe('image/jpeg')
    expect(Buffer.compare(own.body as Buffer, stored.content)).toBe(0)
  })

  it('turns a photo upright by its EXIF orientation and keeps the long side to 3000 pixels', async () => {
    const draft = await draftLetter()
    // Taken on its side: 60 wide, 40 high, to be turned a quarter to the right.
    const sideways = await sharp({
      create: { width: 60, height: 40, channels: 3, background: '#888888' },
    })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    const upright = expectStatus(await upload(adopter, draft.id, sideways), 201)
    expect(upright.body).toMatchObject({ width: 40, height: 60 })
    expect(
      (await sharp((await storedBytes(upright.body.id)).content).metadata()).orientation,
    ).toBeUndefined()

    const wide = await sharp({
      create: { width: 4000, height: 1000, channels: 3, background: '#224466' },
    })
      .png()
      .toBuffer()
    const smaller = expectStatus(await upload(adopter, draft.id, wide), 201)
    expect(smaller.body).toMatchObject({ width: maxPhotoSide, height: 750 })
  })

  it('refuses a text file named photo.jpg with the GOV.UK message, and keeps the draft', async () => {
    const draft = await draftLetter()
    const before = await draftState(draft.id)
    const res = await upload(adopter, draft.id, Buffer.from('This is not a photo at all.\n'))
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({ file: wrongType })
    expect(await draftState(draft.id)).toEqual(before)
  })

  it('refuses a HEIC photo when this server cannot read HEIC, naming the types it can take', async () => {
    const draft = await draftLetter()
    // The start of a HEIC file: an ISO box naming the 'heic' brand.
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic'),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from('mif1heic'),
      Buffer.alloc(200),
    ])
    const res = await upload(adopter, draft.id, heic)
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({ file: wrongType })
  })

  it('refuses an empty file and a file over 10MB', async () => {
    const draft = await draftLetter()
    const before = await draftState(draft.id)
    const empty = await upload(adopter, draft.id, Buffer.alloc(0))
    expect(empty.status).toBe(400)
    expect(empty.body.fieldErrors).toEqual({ file: 'The selected file is empty' })

    const large = await upload(adopter, draft.id, Buffer.alloc(maxLetterPhotoBytes + 1, 0xff))
    expect(large.status).toBe(413)
    expect(large.body.fieldErrors).toEqual({ file: 'The selected file must be smaller than 10MB' })
    expect(await draftState(draft.id)).toEqual(before)
  })

  it('refuses photos on a letter whose agreement does not allow them', async () => {
    const draft = await draftLetter(false)
    const before = await draftState(draft.id)
    const res = await upload(adopter, draft.id, await jpegPhoto())
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({ file: 'You cannot send photos under this agreement' })
    expect(await draftState(draft.id)).toEqual(before)
  })

  it(`takes at most ${maxPhotosPerLetter} photos, and takes a photo off a draft`, async () => {
    const draft = await draftLetter()
    const photo = await jpegPhoto(16, 16)
    const ids: string[] = []
    for (let n = 0; n < maxPhotosPerLetter; n++) {
      ids.push(expectStatus(await upload(adopter, draft.id, photo), 201).body.id)
    }
    const over = await upload(adopter, draft.id, photo)
    expect(over.status).toBe(400)
    expect(over.body.fieldErrors).toEqual({
      file: `You can send up to ${maxPhotosPerLetter} photos with a letter`,
    })
    expectStatus(await adopter.delete(`/api/letterbox/letters/${draft.id}/photos/${ids[0]}`), 200)
    expect((await draftState(draft.id)).photos).toBe(maxPhotosPerLetter - 1)
    expect((await adopter.get(`/api/letterbox/letters/${draft.id}/photos/${ids[0]}`)).status).toBe(
      404,
    )
    expectStatus(await upload(adopter, draft.id, photo), 201)
  })

  it('refuses a photo once the letter is sent', async () => {
    const draft = await draftLetter()
    expectStatus(
      await adopter.post(`/api/letterbox/letters/${draft.id}/send`, {
        version: draft.version,
        body: 'Dear Jordan,\n\nSome photos from the summer.',
      }),
      200,
    )
    expect((await upload(adopter, draft.id, await jpegPhoto())).status).toBe(409)
  })

  it('gives a recipient only approved photos of released letters: anything else is 404', async () => {
    const draft = await draftLetter()
    const approved = expectStatus(await upload(adopter, draft.id, await jpegPhoto()), 201).body
    const withheld = expectStatus(await upload(adopter, draft.id, await jpegPhoto()), 201).body
    const photoPath = (id: string) => `/api/letterbox/letters/${draft.id}/photos/${id}`
    expectStatus(
      await adopter.post(`/api/letterbox/letters/${draft.id}/send`, {
        version: draft.version,
        body: 'Dear Jordan,\n\nSome photos from the summer.',
      }),
      200,
    )
    // Sent but not released: not even the photo the reviewer will approve.
    expect((await relative.get(photoPath(approved.id))).status).toBe(404)

    await releaseLetter(db, draft.id, {
      approvedPhotoIds: [approved.id],
      reviewerUserId: people.reviewerUserId,
    })
    const res = expectStatus(await relative.get(photoPath(approved.id)), 200)
    expect(res.headers['content-type']).toBe('image/jpeg')
    expect(Buffer.compare(res.body as Buffer, (await storedBytes(approved.id)).content)).toBe(0)
    expect((await relative.get(photoPath(withheld.id))).status).toBe(404)
    // A photo id under another letter's path is not found either.
    const other = await draftLetter()
    expect(
      (await relative.get(`/api/letterbox/letters/${other.id}/photos/${approved.id}`)).status,
    ).toBe(404)
    const reads = await auditOf(db, 'letter-photo', approved.id)
    expect(
      reads.some((a) => a.action === 'read' && a.actorUserId === people.birthRelativeUserId),
    ).toBe(true)
  })

  it('gives a recipient no pending photo of a released letter', async () => {
    const draft = await draftLetter()
    const photo = expectStatus(await upload(adopter, draft.id, await jpegPhoto()), 201).body
    expectStatus(
      await adopter.post(`/api/letterbox/letters/${draft.id}/send`, {
        version: draft.version,
        body: 'Dear Jordan,\n\nA photo.',
      }),
      200,
    )
    await releaseLetter(db, draft.id, {
      approvedPhotoIds: [photo.id],
      reviewerUserId: people.reviewerUserId,
    })
    // The reviewer's decision is undone by hand: the photo is pending again.
    await db.update(letterPhotos).set({ status: 'pending' }).where(eq(letterPhotos.id, photo.id))
    expect(
      (await relative.get(`/api/letterbox/letters/${draft.id}/photos/${photo.id}`)).status,
    ).toBe(404)
    const letter = expectStatus(await relative.get(`/api/letterbox/letters/${draft.id}`), 200)
    expect(letter.body.photos).toEqual([])
  })
})
