import type { Db, Reader, Tx, Writer } from '@asp/db'
import type { z } from 'zod'
import {
  maxPhotosPerLetter,
  type MyLetter,
  type myLetterboxSchema,
  type saveLetterSchema,
  type sendLetterSchema,
  type startLetterSchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit, type AuditAction } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { formatLondonDate, toLondonDate } from '../../platform/working-days/working-days.ts'
import { letterPdf } from './letter-pdf.ts'
import {
  claimEarliestExchange,
  countPhotos,
  deletePhoto,
  findAgreementParties,
  findAgreementRules,
  findBirthRelativeAgreements,
  findBirthRelativeLetterbox,
  findFamilyAgreements,
  findFamilyLetterbox,
  findLatestVersion,
  findOrganisationName,
  findOwnBirthRelative,
  findOwnFamily,
  findVisibleLetter,
  findVisiblePhotoContents,
  findVisiblePhotos,
  insertLetter,
  insertLetterVersion,
  insertPhoto,
  lockOwnLetter,
  markFirstRead,
  updateLetter,
  type AgreementRules,
  type OwnSide,
  type VisibleLetterRow,
} from './my-letterbox.repository.ts'
import {
  monthsAfter,
  sideWrites,
  toBirthRelativeLetter,
  toBirthRelativeLetterbox,
  toFamilyLetter,
  toFamilyLetterbox,
} from './my-letterbox.views.ts'
import { reencodePhoto } from './photos.ts'

type StartLetter = z.output<typeof startLetterSchema>
type SaveLetter = z.output<typeof saveLetterSchema>
type SendLetter = z.output<typeof sendLetterSchema>
type MyLetterbox = z.infer<typeof myLetterboxSchema>

const notFound = () => new AppError('NOT_FOUND')
const conflict = (message?: string) => new AppError('CONFLICT', message ? { message } : {})
const photoProblem = (message: string) =>
  new AppError('VALIDATION_FAILED', { message, fieldErrors: { file: message } })

/** A letter the writer may still change: a draft, or one the agency returned. */
const isEditable = (status: string) => status === 'draft' || status === 'returned'

/**
 * Why the caller's side may not write under this agreement now, as an error; nothing when it may.
 * The reading side of a one-way agreement is refused (it is theirs to read, not write); a paused or
 * ended agreement takes no letters from anyone.
 */
function refuseUnlessWritable(
  own: OwnSide,
  agreement: Pick<AgreementRules, 'direction' | 'status'>,
) {
  if (!sideWrites(agreement.direction, own.side)) {
    return new AppError('FORBIDDEN', {
      message: 'You can read letters under this agreement but not write them',
    })
  }
  if (agreement.status === 'paused') return conflict('Letters are paused for now')
  if (agreement.status !== 'active') return conflict('Letters have ended under this agreement')
  return undefined
}

/** The last month whose open exchange a letter sent today answers: three months ahead. */
const lastMonthAnswered = (today: string) => monthsAfter(today, 3)

/** What families and birth relatives do with their letters: write, send, read, keep. */
export function myLetterboxService(db: Db, clock: Clock) {
  /** The caller's side: their family, or their own birth relative record; none has no letterbox. */
  async function sideOf(actor: Actor, reader: Reader = db): Promise<OwnSide | undefined> {
    if (actor.role === 'adopter') {
      const family = await findOwnFamily(reader, actor.userId)
      if (!family) return undefined
      const { id: familyId, organisationId, localAuthorityId } = family
      return { side: 'adoptive_family', familyId, organisationId, localAuthorityId }
    }
    if (actor.role === 'birth_relative') {
      const relative = await findOwnBirthRelative(reader, actor.userId)
      if (!relative) return undefined
      const { id: birthRelativeId, organisationId, localAuthorityId } = relative
      return { side: 'birth_relative', birthRelativeId, organisationId, localAuthorityId }
    }
    return undefined
  }

  async function ownSide(actor: Actor, reader: Reader = db) {
    const own = await sideOf(actor, reader)
    if (!own) throw notFound()
    return own
  }

  async function audit(
    tx: Writer,
    actor: Actor,
    own: OwnSide,
    entry: { action: AuditAction; recordType: string; recordId: string | null; details?: object },
  ) {
    await recordAudit(tx, auditContextOf(actor), {
      ...entry,
      // A birth relative's own council, never the family's: their records are kept apart.
      localAuthorityId: own.localAuthorityId,
      details: { side: own.side, ...entry.details },
    })
  }

  /** One letter as the caller's side sees it, or undefined outside their reach. */
  async function loadLetter(reader: Reader, own: OwnSide, letterId: string) {
    const letter = await findVisibleLetter(reader, own, letterId)
    if (!letter) return undefined
    const photos = await findVisiblePhotos(reader, own, [letter.id])
    if (own.side === 'adoptive_family') {
      const agreements = await findFamilyAgreements(reader, own, letter.agreementId)
      const parties = await findAgreementParties(reader, [letter.agreementId])
      return { letter, view: toFamilyLetter(letter, { agreements, parties, photos }) }
    }
    const agreements = await findBirthRelativeAgreements(reader, own, letter.agreementId)
    return { letter, view: toBirthRelativeLetter(letter, { agreements, photos }) }
  }

  async function letterView(own: OwnSide, letterId: string): Promise<MyLetter> {
    const loaded = await loadLetter(db, own, letterId)
    if (!loaded) throw notFound()
    return loaded.view
  }

  /** Records that a recipient opened a released letter, the first time only. */
  async function markRead(tx: Tx, actor: Actor, own: OwnSide, letter: VisibleLetterRow) {
    if (letter.isOwn || letter.status !== 'released' || letter.firstReadAt) return false
    const first = await markFirstRead(tx, letter.id, clock())
    if (first) {
      await audit(tx, actor, own, {
        action: 'update',
        recordType: 'letter',
        recordId: letter.id,
        details: { firstRead: true },
      })
    }
    return first
  }

  /** A letter of the caller's side they may still change, locked; with its agreement's rules. */
  async function lockEditable(tx: Tx, own: OwnSide, letterId: string) {
    const row = await lockOwnLetter(tx, own, letterId)
    if (!row) throw notFound()
    const refusal = refuseUnlessWritable(own, row.agreement)
    if (refusal) throw refusal
    if (!isEditable(row.letter.status)) {
      throw conflict('This letter has been sent, so it cannot be changed')
    }
    return row
  }

  return {
    /**
     * The caller's agreements in plain words, what is due, and their letters both ways: one
     * statement (a birth relative's found by their user id; a family's after its id), and the audit.
     */
    async getLetterbox(actor: Actor): Promise<MyLetterbox> {
      const today = toLondonDate(clock())
      let own: OwnSide
      let view: MyLetterbox
      if (actor.role === 'birth_relative') {
        const page = await findBirthRelativeLetterbox(db, actor.userId)
        if (!page) return { agreements: [], letters: [] }
        const { id: birthRelativeId, organisationId, localAuthorityId } = page.relative
        own = { side: 'birth_relative', birthRelativeId, organisationId, localAuthorityId }
        view = toBirthRelativeLetterbox(page, today)
      } else {
        const side = await sideOf(actor)
        if (side?.side !== 'adoptive_family') return { agreements: [], letters: [] }
        own = side
        view = toFamilyLetterbox(await findFamilyLetterbox(db, side.familyId), today)
      }
      await audit(db, actor, own, {
        action: 'read',
        recordType: 'letterbox',
        recordId: null,
        details: { agreements: view.agreements.length, letters: view.letters.length },
      })
      return view
    },

    /** Starts a draft under an agreement the caller's side writes under. */
    async start(actor: Actor, agreementId: string, input: StartLetter): Promise<MyLetter> {
      const own = await ownSide(actor)
      const letterId = await db.transaction(async (tx) => {
        const agreement = await findAgreementRules(tx, own, agreementId)
        if (!agreement) throw notFound()
        const refusal = refuseUnlessWritable(own, agreement)
        if (refusal) throw refusal
        if (input.replyToLetterId) {
          const answered = await findVisibleLetter(tx, own, input.replyToLetterId)
          if (!answered || answered.isOwn || answered.agreementId !== agreementId) throw notFound()
        }
        const { id } = await insertLetter(tx, {
          organisationId: own.organisationId,
          agreementId,
          fromSide: own.side,
          birthRelativeId: own.side === 'birth_relative' ? own.birthRelativeId : null,
          authorUserId: actor.userId,
          channel: 'portal',
          status: 'draft',
          body: input.body,
          replyToLetterId: input.replyToLetterId ?? null,
          createdAt: clock(),
          updatedAt: clock(),
        })
        await audit(tx, actor, own, {
          action: 'create',
          recordType: 'letter',
          recordId: id,
          details: { agreementId, replyTo: input.replyToLetterId ?? null },
        })
        return id
      })
      return letterView(own, letterId)
    },

    /** A letter the caller wrote or received; opening a received one marks it read. */
    async getLetter(actor: Actor, letterId: string): Promise<MyLetter> {
      const own = await ownSide(actor)
      return db.transaction(async (tx) => {
        const loaded = await loadLetter(tx, own, letterId)
        if (!loaded) throw notFound()
        await audit(tx, actor, own, { action: 'read', recordType: 'letter', recordId: letterId })
        if (await markRead(tx, actor, own, loaded.letter)) {
          return { ...loaded.view, progress: 'read', readAt: clock().toISOString() }
        }
        return loaded.view
      })
    },

    /** Saves a draft, or a returned letter being changed; a moved version answers 409. */
    async save(actor: Actor, letterId: string, input: SaveLetter): Promise<MyLetter> {
      const own = await ownSide(actor)
      await db.transaction(async (tx) => {
        await lockEditable(tx, own, letterId)
        const saved = await updateLetter(
          tx,
          { id: letterId, version: input.version },
          { body: input.body },
          clock(),
        )
        if (!saved) throw conflict()
        await audit(tx, actor, own, {
          action: 'update',
          recordType: 'letter',
          recordId: letterId,
          details: { saved: true, length: input.body.length },
        })
      })
      return letterView(own, letterId)
    },

    /**
     * Sends the letter for checking at the version the writer read. Sending the same text again
     * after it went (a retried request) answers the letter as it is: it was sent once.
     */
    async send(actor: Actor, letterId: string, input: SendLetter): Promise<MyLetter> {
      const own = await ownSide(actor)
      await db.transaction(async (tx) => {
        const row = await lockOwnLetter(tx, own, letterId)
        if (!row) throw notFound()
        const { letter, agreement } = row
        if (letter.status === 'submitted') {
          const latest = await findLatestVersion(tx, letter.id)
          if (latest?.body === input.body && latest.submittedByUserId === actor.userId) return
          throw conflict()
        }
        const refusal = refuseUnlessWritable(own, agreement)
        if (refusal) throw refusal
        if (!isEditable(letter.status)) {
          throw conflict('This letter has been sent, so it cannot be changed')
        }
        if (letter.version !== input.version) throw conflict()
        const now = clock()
        const exchangeId =
          letter.exchangeId ??
          (await claimEarliestExchange(
            tx,
            own,
            letter.agreementId,
            lastMonthAnswered(toLondonDate(now)),
            letter.id,
          )) ??
          null
        const number = letter.submittedVersions + 1
        const sent = await updateLetter(
          tx,
          { id: letter.id, version: input.version },
          {
            status: 'submitted',
            body: input.body,
            submittedVersions: number,
            submittedAt: now,
            reviewStartedAt: null,
            returnedReason: null,
            exchangeId,
          },
          now,
        )
        if (!sent) throw conflict()
        await insertLetterVersion(tx, {
          letterId: letter.id,
          number,
          body: input.body,
          submittedByUserId: actor.userId,
          submittedAt: now,
        })
        await audit(tx, actor, own, {
          action: 'update',
          recordType: 'letter',
          recordId: letter.id,
          details: { status: 'submitted', versionNumber: number, exchangeId },
        })
      })
      return letterView(own, letterId)
    },

    /** Adds a photo to a letter being written, re-encoded without metadata, pending checking. */
    async addPhoto(actor: Actor, letterId: string, bytes: unknown) {
      const own = await ownSide(actor)
      // The letter is checked (404 outside the caller's reach) before the bytes are looked at,
      // and again under its lock after they are decoded.
      const check = (row: Awaited<ReturnType<typeof lockEditable>>) => {
        if (!row.agreement.photosAllowed) {
          throw photoProblem('You cannot send photos under this agreement')
        }
      }
      await db.transaction(async (tx) => check(await lockEditable(tx, own, letterId)))
      if (!Buffer.isBuffer(bytes)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
          message: 'Send the photo as application/octet-stream',
        })
      }
      const photo = await reencodePhoto(bytes)
      return db.transaction(async (tx) => {
        check(await lockEditable(tx, own, letterId))
        if ((await countPhotos(tx, letterId)) >= maxPhotosPerLetter) {
          throw photoProblem(`You can send up to ${maxPhotosPerLetter} photos with a letter`)
        }
        const row = await insertPhoto(tx, {
          organisationId: own.organisationId,
          uploadedByUserId: actor.userId,
          letterId,
          ...photo,
        })
        await audit(tx, actor, own, {
          action: 'create',
          recordType: 'letter-photo',
          recordId: row.id,
          details: {
            letterId,
            width: row.width,
            height: row.height,
            sizeBytes: photo.bytes.length,
          },
        })
        return { id: row.id, status: 'pending' as const, width: row.width, height: row.height }
      })
    },

    /** Takes a photo off a letter being written. */
    async removePhoto(actor: Actor, letterId: string, photoId: string) {
      const own = await ownSide(actor)
      await db.transaction(async (tx) => {
        await lockEditable(tx, own, letterId)
        if (!(await deletePhoto(tx, letterId, photoId))) throw notFound()
        await audit(tx, actor, own, {
          action: 'update',
          recordType: 'letter-photo',
          recordId: photoId,
          details: { letterId, removed: true },
        })
      })
      return { ok: true as const }
    },

    /** A photo's bytes: the writer's own, or an approved photo of a letter released to them. */
    async getPhoto(actor: Actor, letterId: string, photoId: string) {
      const own = await ownSide(actor)
      const [photo] = await findVisiblePhotoContents(db, own, letterId, photoId)
      if (!photo) throw notFound()
      await audit(db, actor, own, {
        action: 'read',
        recordType: 'letter-photo',
        recordId: photo.id,
        details: { letterId },
      })
      return photo
    },

    /** The letter as a tagged PDF: a received letter as released, or the caller's own text. */
    async pdf(actor: Actor, letterId: string) {
      const own = await ownSide(actor)
      const { view, releasedAt } = await db.transaction(async (tx) => {
        const loaded = await loadLetter(tx, own, letterId)
        if (!loaded) throw notFound()
        await audit(tx, actor, own, {
          action: 'read',
          recordType: 'letter',
          recordId: letterId,
          details: { format: 'pdf' },
        })
        await markRead(tx, actor, own, loaded.letter)
        return { view: loaded.view, releasedAt: loaded.letter.releasedAt }
      })
      const photos = await findVisiblePhotoContents(db, own, letterId)
      const agencyName = (await findOrganisationName(db, own.organisationId)) ?? 'The agency'
      const content = await letterPdf({
        title: `Letter from ${view.fromName}`,
        fromName: view.fromName,
        toName: view.toName,
        releasedOn: releasedAt ? formatLondonDate(releasedAt) : null,
        body: view.body,
        photos: photos.map((photo) => photo.content),
        agencyName,
      })
      const fileName = releasedAt ? `letter-${toLondonDate(releasedAt)}.pdf` : 'letter.pdf'
      return { content, fileName }
    },
  }
}
