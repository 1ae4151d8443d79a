import type { ContactAgreementRow, Db, LetterRow, Tx } from '@asp/db'
import type { z } from 'zod'
import type { letterDecisionSchema, reviewQueueQuerySchema } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import {
  findBirthRelativeEmails,
  findFamilyEmails,
  findFamilyRecord,
  findParentNames,
  findParties,
  findUserEmail,
  staffAgreementScope,
  type FamilyRecord,
  type PartyRow,
} from './agreements.repository.ts'
import { findIdentifyingDetails } from './identifying-details.ts'
import { toReviewLetter, toStaffLetterSummary } from './letterbox-staff.views.ts'
import { applyRedactions, findInvalidRange, type Redaction } from './redaction.ts'
import {
  decidePhotos,
  findDecisions,
  findLetterForReview,
  findPhotoFile,
  findPhotos,
  findReviewQueuePage,
  findVersion,
  insertDecision,
  lockLetter,
  markReviewStarted,
  reviewQueuePageSize,
  updateLetterAtVersion,
  type ReviewRow,
} from './review.repository.ts'

type QueueQuery = z.output<typeof reviewQueueQuerySchema>
type Decision = z.output<typeof letterDecisionSchema>

/** Who may decide on a letter: a named checker. Duty officers read only. */
export const checkerRoles = ['support_worker', 'team_manager'] as const
const isChecker = (actor: Actor) => (checkerRoles as readonly string[]).includes(actor.role)

const notFound = () => new AppError('NOT_FOUND')
const changedBySomeoneElse = () =>
  new AppError('CONFLICT', {
    message: 'This letter has changed since you opened it. Check it again before you decide',
  })

const surnameOf = (fullName: string) => fullName.trim().split(/\s+/).at(-1) ?? ''
const firstNameOf = (fullName: string) => fullName.trim().split(/\s+/)[0] ?? ''
const present = (words: (string | null | undefined)[]) => [
  ...new Set(words.map((w) => w?.trim() ?? '').filter((w) => w.length > 0)),
]

/** What in the family's record could locate them, for the automatic check to look for. */
export function familyWordsOf(record: FamilyRecord, watchWords: string[]): string[] {
  return present([
    ...record.parents.map((parent) => surnameOf(parent.fullName)),
    ...record.children.map((child) => child.lastName),
    record.family?.addressLine1,
    record.family?.addressLine2,
    record.family?.town,
    record.family?.postcode,
    record.family?.phone,
    ...record.parents.map((parent) => parent.email),
    ...watchWords,
  ])
}

/** The names both sides agreed to use: the check does not flag them. */
export function agreedNamesOf(agreement: ContactAgreementRow, parties: PartyRow[]): string[] {
  return present([
    agreement.childExchangeName,
    agreement.familyExchangeName,
    ...parties.map((party) => party.exchangeName),
    ...parties.map((party) => firstNameOf(party.fullName)),
  ])
}

/** The text a reviewer decides on: the latest version sent, or a paper letter's summary. */
async function latestText(reader: Db | Tx, letter: LetterRow) {
  if (letter.submittedVersions === 0) return letter.body
  const version = await findVersion(reader, letter.id, letter.submittedVersions)
  return version?.body ?? letter.body
}

/** Checking letters: the queue, a letter with what the check found, and the decision. */
export function letterReviewService(db: Db, clock: Clock, publicUrl: string) {
  const letterLink = (letterId: string) => `${publicUrl}/letterbox/letters/${letterId}`

  async function assemble(row: ReviewRow) {
    const { letter, agreement } = row
    const body = await latestText(db, letter)
    const parties = await findParties(db, [agreement.id])
    const toNames =
      letter.fromSide === 'adoptive_family'
        ? parties.map((party) => party.fullName)
        : await findParentNames(db, agreement.familyId)
    // The check only helps the reviewer: nothing is released without their decision.
    const highlights =
      letter.channel === 'portal' && body.length > 0
        ? findIdentifyingDetails(body, {
            familyWords: familyWordsOf(
              await findFamilyRecord(db, agreement.familyId),
              agreement.watchWords,
            ),
            agreedNames: agreedNamesOf(agreement, parties),
          })
        : []
    return toReviewLetter(row, {
      body,
      toNames,
      highlights,
      photos: await findPhotos(db, [letter.id]),
      decisions: await findDecisions(db, [letter.id]),
    })
  }

  async function found(actor: Actor, letterId: string) {
    const row = await findLetterForReview(db, letterId, staffAgreementScope(actor))
    if (!row) throw notFound()
    return row
  }

  /** Emails the letter's recipients who have accounts that a letter is waiting: nothing of it. */
  async function tellRecipients(tx: Tx, letter: LetterRow, agreement: ContactAgreementRow) {
    const recipients =
      letter.fromSide === 'adoptive_family'
        ? await findBirthRelativeEmails(
            tx,
            (await findParties(tx, [agreement.id])).map((party) => party.birthRelativeId),
          )
        : await findFamilyEmails(tx, agreement.familyId)
    for (const recipient of recipients) {
      await enqueueEmail(tx, {
        recipient,
        template: 'letterbox-letter-waiting',
        subject: 'You have a new letter in your letterbox',
        body: [
          'A letter has been checked and passed on to you through the letterbox service.',
          '',
          `Sign in to read it: ${letterLink(letter.id)}`,
        ].join('\n'),
      })
    }
  }

  async function tellWriter(
    tx: Tx,
    letter: LetterRow,
    message: { template: string; subject: string; lines: string[] },
  ) {
    const email = letter.authorUserId ? await findUserEmail(tx, letter.authorUserId) : undefined
    if (!email) return
    await enqueueEmail(tx, {
      recipient: email,
      template: message.template,
      subject: message.subject,
      body: [...message.lines, '', `Sign in to see your letter: ${letterLink(letter.id)}`].join(
        '\n',
      ),
    })
  }

  return {
    async findQueue(actor: Actor, query: QueueQuery) {
      const { rows, total } = await findReviewQueuePage(db, staffAgreementScope(actor), query.page)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'letter',
        details: { queue: true, page: query.page, results: rows.length },
      })
      return {
        items: rows.map(toStaffLetterSummary),
        page: query.page,
        pageSize: reviewQueuePageSize,
        total,
      }
    },

    /** A letter to check. A checker opening a submitted letter marks it being checked, once. */
    async get(actor: Actor, letterId: string) {
      const row = await found(actor, letterId)
      const now = clock()
      const starting =
        isChecker(actor) && row.letter.status === 'submitted' && !row.letter.reviewStartedAt
      await db.transaction(async (tx) => {
        if (starting) await markReviewStarted(tx, letterId, now)
        await recordAudit(tx, auditContextOf(actor), {
          action: 'read',
          recordType: 'letter',
          recordId: letterId,
          localAuthorityId: row.agreement.localAuthorityId,
          ...(starting ? { details: { reviewStarted: true } } : {}),
        })
      })
      return assemble(starting ? await found(actor, letterId) : row)
    },

    /** A photo sent with a letter, whatever its status, for the reviewer. */
    async getPhoto(actor: Actor, letterId: string, photoId: string) {
      const row = await found(actor, letterId)
      const photo = await findPhotoFile(db, letterId, photoId)
      if (!photo) throw notFound()
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'letter-photo',
        recordId: photoId,
        localAuthorityId: row.agreement.localAuthorityId,
        details: { letterId },
      })
      return photo.file
    },

    async decide(actor: Actor, letterId: string, body: Decision) {
      const now = clock()
      await db.transaction(async (tx) => {
        const locked = await lockLetter(tx, letterId, staffAgreementScope(actor))
        if (!locked) throw notFound()
        const { letter, agreement } = locked
        if (letter.version !== body.version) throw changedBySomeoneElse()
        if (letter.status !== 'submitted' || letter.channel !== 'portal') {
          throw new AppError('CONFLICT', { message: 'This letter has already been checked' })
        }
        const text = await latestText(tx, letter)
        const photos = await findPhotos(tx, [letterId])

        const fieldErrors: Record<string, string> = {}
        const releasing = body.decision === 'release'
        const badRange = releasing ? findInvalidRange(text, body.redactions) : -1
        if (badRange !== -1) fieldErrors[`redactions.${badRange}`] = 'Select the words to take out'
        const photoIds = new Set(photos.map((photo) => photo.id))
        if (body.photos.some((choice) => !photoIds.has(choice.photoId))) {
          fieldErrors.photos = 'Select only photos sent with this letter'
        }
        const approvedIds = releasing
          ? body.photos.filter((choice) => choice.approved).map((choice) => choice.photoId)
          : []
        if (approvedIds.length > 0 && !agreement.photosAllowed) {
          fieldErrors.photos = 'Photos are not allowed under this agreement'
        }
        if (Object.keys(fieldErrors).length > 0) {
          throw new AppError('VALIDATION_FAILED', { fieldErrors })
        }

        let redactions: Redaction[] = []
        let changes: Parameters<typeof updateLetterAtVersion>[2]
        if (body.decision === 'release') {
          const redacted = applyRedactions(text, body.redactions)
          redactions = redacted.redactions
          // Photos are decided one by one; any not listed is withheld.
          await decidePhotos(tx, letterId, approvedIds)
          changes = {
            status: 'released',
            releasedBody: redacted.releasedBody,
            releasedAt: now,
            releasedByUserId: actor.userId,
            returnedReason: null,
          }
        } else if (body.decision === 'return') {
          // The photos wait with the letter for the writer's changes.
          changes = { status: 'returned', returnedReason: body.reason ?? null }
        } else {
          await decidePhotos(tx, letterId, [])
          changes = { status: 'withheld', returnedReason: null }
        }
        const updated = await updateLetterAtVersion(
          tx,
          { id: letterId, version: body.version },
          changes,
          now,
        )
        if (!updated) throw changedBySomeoneElse()
        const decision = { release: 'released', return: 'returned', withhold: 'withheld' }[
          body.decision
        ]
        await insertDecision(tx, {
          letterId,
          versionNumber: letter.submittedVersions,
          decision,
          reason: body.reason ?? null,
          redactions,
          decidedByUserId: actor.userId,
          decidedAt: now,
        })

        if (body.decision === 'release') {
          await tellRecipients(tx, letter, agreement)
          await tellWriter(tx, letter, {
            template: 'letterbox-letter-released',
            subject: 'Your letter has been passed on',
            lines: ['The agency has checked your letter and passed it on.'],
          })
        } else if (body.decision === 'return') {
          await tellWriter(tx, letter, {
            template: 'letterbox-letter-returned',
            subject: 'Your letter has been returned to you',
            lines: [
              'The agency has checked your letter and returned it to you with a note about what to change.',
              'Sign in to read the note, change your letter and send it again.',
            ],
          })
        } else {
          await tellWriter(tx, letter, {
            template: 'letterbox-letter-withheld',
            subject: 'Your letter was not passed on',
            lines: [
              'The agency has checked your letter and has not passed it on.',
              'Someone from the agency will be in touch with you about it.',
            ],
          })
        }
        await recordAudit(tx, auditContextOf(actor), {
          action: 'update',
          recordType: 'letter',
          recordId: letterId,
          localAuthorityId: agreement.localAuthorityId,
          details: {
            decision,
            versionNumber: letter.submittedVersions,
            redactions: redactions.length,
            photosApproved: approvedIds.length,
            photosWithheld: body.decision === 'return' ? 0 : photos.length - approvedIds.length,
          },
        })
      })
      return assemble(await found(actor, letterId))
    },
  }
}
