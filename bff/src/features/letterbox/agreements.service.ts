import type { ContactAgreementRow, Db, Tx } from '@asp/db'
import type { z } from 'zod'
import {
  agreementDirectionNames,
  agreementStatusNames,
  monthNames,
  partyRelationshipNames,
  type AgreementDirection,
  type AgreementStatus,
  type PartyRelationship,
  type agreementsQuerySchema,
  type changeAgreementStatusSchema,
  type createAgreementSchema,
  type logPaperLetterSchema,
  type overdueExchangesQuerySchema,
  type recordAgreementReviewSchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { formatLondonDate, formatLondonDateTime } from '../../platform/working-days/working-days.ts'
import {
  answerExchange,
  deleteOpenExchangesAfter,
  findAgreement,
  findAgreementHistory,
  findAgreementPage,
  findAgreementsOfChild,
  findBirthRelativesOfChild,
  findChildInScope,
  childLettersPageSize,
  findChildLetterbox,
  findExchanges,
  findLettersOfAgreements,
  findOrganisationName,
  findOverduePage,
  findParentNames,
  findParties,
  insertAgreement,
  insertExchanges,
  insertLetter,
  insertParties,
  lockAgreement,
  lockEarliestOpenExchange,
  lockUnusedUpload,
  staffAgreementScope,
  updateAgreementAtVersion,
  type LetterSummaryRow,
  type PartyRow,
} from './agreements.repository.ts'
import { renderLetterboxArchive, type ArchiveLetter } from './archive-pdf.ts'
import {
  toChildLetterbox,
  toOverdueExchange,
  toStaffAgreement,
  toAgreementSummary,
  toStaffLetterSummary,
} from './letterbox-staff.views.ts'
import {
  findDecidedPhotoFiles,
  findDecisions,
  findFileNames,
  findVersions,
} from './review.repository.ts'
import {
  firstReviewOn,
  latestAnswerableMonth,
  londonToday,
  monthStart,
  nextReviewAfter,
  scheduleForNewAgreement,
  scheduleTopUp,
  sideWrites,
} from './schedule.ts'

type AgreementsQuery = z.output<typeof agreementsQuerySchema>
type OverdueQuery = z.output<typeof overdueExchangesQuerySchema>
type CreateAgreement = z.output<typeof createAgreementSchema>
type ChangeStatus = z.output<typeof changeAgreementStatusSchema>
type RecordReview = z.output<typeof recordAgreementReviewSchema>
type LogPaperLetter = z.output<typeof logPaperLetterSchema>

export const agreementsPageSize = 20
export const overduePageSize = 20

const notFound = () => new AppError('NOT_FOUND')
const changedBySomeoneElse = () =>
  new AppError('CONFLICT', {
    message: 'This agreement was changed by someone else. Check it and try again',
  })
const invalid = (fieldErrors: Record<string, string>) =>
  new AppError('VALIDATION_FAILED', { fieldErrors })

const scheduleOf = (agreement: ContactAgreementRow, parties: { birthRelativeId: string }[]) => ({
  direction: agreement.direction as AgreementDirection,
  exchangeMonths: agreement.exchangeMonths,
  startsOn: agreement.startsOn,
  birthRelativeIds: parties.map((p) => p.birthRelativeId),
})

/** Staff keep the agreements: make them, pause or end them, review them, log paper letters. */
export function agreementsService(db: Db, clock: Clock) {
  async function audit(
    tx: Db | Tx,
    actor: Actor,
    agreement: Pick<ContactAgreementRow, 'id' | 'localAuthorityId'>,
    action: 'read' | 'create' | 'update',
    details?: Record<string, unknown>,
  ) {
    await recordAudit(tx, auditContextOf(actor), {
      action,
      recordType: 'contact-agreement',
      recordId: agreement.id,
      localAuthorityId: agreement.localAuthorityId,
      ...(details ? { details } : {}),
    })
  }

  async function view(actor: Actor, agreementId: string) {
    const row = await findAgreement(db, agreementId, staffAgreementScope(actor))
    if (!row) throw notFound()
    const parties = await findParties(db, [agreementId])
    const exchanges = await findExchanges(db, agreementId)
    const letters = await findLettersOfAgreements(db, [agreementId])
    return toStaffAgreement(row, parties, exchanges, letters, londonToday(clock()))
  }

  /** Locks an agreement in scope at the version the caller read; 404 or 409 otherwise. */
  async function lockAtVersion(tx: Tx, actor: Actor, agreementId: string, version: number) {
    const agreement = await lockAgreement(tx, agreementId, staffAgreementScope(actor))
    if (!agreement) throw notFound()
    if (agreement.version !== version) throw changedBySomeoneElse()
    return agreement
  }

  return {
    async find(actor: Actor, query: AgreementsQuery) {
      const today = londonToday(clock())
      const { rows, total } = await findAgreementPage(
        db,
        staffAgreementScope(actor),
        { reviewDueBy: query.view === 'reviews_due' ? today : undefined, status: query.status },
        { page: query.page, pageSize: agreementsPageSize },
      )
      const parties = await findParties(
        db,
        rows.map((row) => row.agreement.id),
      )
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'contact-agreement',
        details: { list: query.view, page: query.page, results: rows.length },
      })
      return {
        items: rows.map((row) => toAgreementSummary(row, parties)),
        page: query.page,
        pageSize: agreementsPageSize,
        total,
      }
    },

    async get(actor: Actor, agreementId: string) {
      const agreement = await view(actor, agreementId)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'contact-agreement',
        recordId: agreementId,
      })
      return agreement
    },

    async create(actor: Actor, input: CreateAgreement) {
      const child = await findChildInScope(db, actor, input.childId)
      if (!child) throw notFound()
      const relatives = await findBirthRelativesOfChild(db, actor, input.childId)
      const terms = input.agreement
      const fieldErrors: Record<string, string> = {}
      terms.parties.forEach((party, index) => {
        if (!relatives.some((relative) => relative.id === party.birthRelativeId)) {
          fieldErrors[`agreement.parties.${index}.birthRelativeId`] =
            'Select a birth relative of this child'
        }
      })
      if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors)

      const now = clock()
      const id = await db.transaction(async (tx) => {
        const created = await insertAgreement(tx, {
          organisationId: child.organisationId,
          localAuthorityId: child.localAuthorityId,
          familyId: child.familyId,
          childId: child.childId,
          direction: terms.direction,
          exchangeMonths: [...terms.exchangeMonths].sort((a, b) => a - b),
          photosAllowed: terms.photosAllowed,
          cardsAllowed: terms.cardsAllowed,
          giftsAllowed: terms.giftsAllowed,
          childExchangeName: terms.childExchangeName,
          familyExchangeName: terms.familyExchangeName,
          watchWords: terms.watchWords,
          reminderWeeks: terms.reminderWeeks,
          startsOn: terms.startsOn,
          status: 'active',
          nextReviewOn: firstReviewOn(terms.startsOn),
          createdByUserId: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        await insertParties(tx, created.id, terms.parties)
        await insertExchanges(
          tx,
          created,
          scheduleForNewAgreement(scheduleOf(created, terms.parties), londonToday(now)),
        )
        await audit(tx, actor, created, 'create', {
          childId: child.childId,
          status: 'active',
          parties: terms.parties.length,
        })
        return created.id
      })
      return view(actor, id)
    },

    async changeStatus(actor: Actor, agreementId: string, body: ChangeStatus) {
      const now = clock()
      const today = londonToday(now)
      await db.transaction(async (tx) => {
        const agreement = await lockAtVersion(tx, actor, agreementId, body.version)
        if (agreement.status === body.status) {
          throw invalid({
            status: `This agreement is already ${agreementStatusNames[body.status].toLowerCase()}`,
          })
        }
        if (agreement.status === 'ended') {
          throw new AppError('CONFLICT', {
            message: 'This agreement has ended. Make a new agreement to start contact again',
          })
        }
        const updated = await updateAgreementAtVersion(
          tx,
          { id: agreementId, version: body.version },
          { status: body.status, statusReason: body.status === 'active' ? null : body.reason },
          now,
        )
        if (!updated) throw changedBySomeoneElse()
        if (body.status === 'active') {
          // Restarted: owed again from this month on, not for the months it was paused.
          const parties = await findParties(tx, [agreementId])
          await insertExchanges(tx, updated, scheduleTopUp(scheduleOf(updated, parties), today))
        } else {
          // Nothing is owed after this month while contact is paused or ended.
          await deleteOpenExchangesAfter(tx, agreementId, monthStart(today))
        }
        await audit(tx, actor, updated, 'update', {
          status: body.status,
          from: agreement.status,
          ...(body.reason ? { reason: body.reason } : {}),
        })
      })
      return view(actor, agreementId)
    },

    async recordReview(actor: Actor, agreementId: string, body: RecordReview) {
      const now = clock()
      const today = londonToday(now)
      await db.transaction(async (tx) => {
        const agreement = await lockAtVersion(tx, actor, agreementId, body.version)
        if (body.reviewedOn > today) {
          throw invalid({ reviewedOn: 'The date of the review must be today or in the past' })
        }
        if (body.reviewedOn < agreement.startsOn) {
          throw invalid({
            reviewedOn: `The date of the review must be on or after ${formatLondonDate(agreement.startsOn)}, when the agreement started`,
          })
        }
        const nextReviewOn = nextReviewAfter(body.reviewedOn)
        const updated = await updateAgreementAtVersion(
          tx,
          { id: agreementId, version: body.version },
          { lastReviewedOn: body.reviewedOn, nextReviewOn },
          now,
        )
        if (!updated) throw changedBySomeoneElse()
        await audit(tx, actor, updated, 'update', {
          reviewedOn: body.reviewedOn,
          nextReviewOn,
          ...(body.notes ? { notes: body.notes } : {}),
        })
      })
      return view(actor, agreementId)
    },

    async logPaperLetter(actor: Actor, agreementId: string, body: LogPaperLetter) {
      const now = clock()
      const letter = await db.transaction(async (tx) => {
        const agreement = await lockAgreement(tx, agreementId, staffAgreementScope(actor))
        if (!agreement) throw notFound()
        const fieldErrors: Record<string, string> = {}
        const direction = agreement.direction as AgreementDirection
        if (!sideWrites(direction, body.fromSide)) {
          fieldErrors.fromSide =
            body.fromSide === 'adoptive_family'
              ? 'The adoptive family does not write under this agreement'
              : 'Birth relatives do not write under this agreement'
        }
        let birthRelativeId: string | null = null
        if (body.fromSide === 'birth_relative') {
          const parties = await findParties(tx, [agreementId])
          if (parties.some((party) => party.birthRelativeId === body.birthRelativeId)) {
            birthRelativeId = body.birthRelativeId ?? null
          } else {
            fieldErrors.birthRelativeId = 'Select the birth relative'
          }
        }
        if (body.paperDate > londonToday(now)) {
          fieldErrors.paperDate = 'The date the letter was received must be today or in the past'
        }
        const scan = await lockUnusedUpload(tx, actor, body.scanFileId)
        if (!scan) fieldErrors.scanFileId = 'The selected file could not be found. Upload it again'
        if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors)

        // It answers what the writer owed when it was written, as a letter sent that day would.
        const writer = { writerSide: body.fromSide, birthRelativeId }
        const exchange = await lockEarliestOpenExchange(
          tx,
          agreementId,
          writer,
          latestAnswerableMonth(body.paperDate),
        )
        const created = await insertLetter(tx, {
          organisationId: agreement.organisationId,
          agreementId,
          exchangeId: exchange?.id ?? null,
          fromSide: body.fromSide,
          birthRelativeId,
          authorUserId: null,
          channel: 'paper',
          // Checked by hand when it came in: a record for the child's file, never shown in the portal.
          status: 'released',
          body: body.summary,
          releasedAt: now,
          releasedByUserId: actor.userId,
          scanFileId: body.scanFileId,
          paperDate: body.paperDate,
          loggedByUserId: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        if (exchange) await answerExchange(tx, exchange.id, created.id)
        await recordAudit(tx, auditContextOf(actor), {
          action: 'create',
          recordType: 'letter',
          recordId: created.id,
          localAuthorityId: agreement.localAuthorityId,
          details: {
            channel: 'paper',
            agreementId,
            fromSide: body.fromSide,
            exchangeId: exchange?.id ?? null,
          },
        })
        return created
      })
      const [row] = (await findLettersOfAgreements(db, [agreementId])).filter(
        (summary) => summary.letter.id === letter.id,
      )
      return toStaffLetterSummary(row!)
    },

    async findOverdue(actor: Actor, query: OverdueQuery) {
      const today = londonToday(clock())
      const { rows, total } = await findOverduePage(
        db,
        staffAgreementScope(actor),
        monthStart(today),
        { page: query.page, pageSize: overduePageSize },
      )
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'contact-agreement',
        details: { overdue: true, page: query.page, results: rows.length },
      })
      return {
        items: rows.map((row) => toOverdueExchange(row, today)),
        page: query.page,
        pageSize: overduePageSize,
        total,
      }
    },

    async getChildLetterbox(actor: Actor, childId: string, query: { page: number }) {
      // The child, agreements, a page of letters and birth relatives in one statement.
      const row = await findChildLetterbox(db, actor, childId, query.page)
      if (!row) throw notFound()
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'child-letterbox',
        recordId: childId,
        localAuthorityId: row.localAuthorityId,
      })
      return toChildLetterbox(row, { page: query.page, pageSize: childLettersPageSize })
    },

    /** The child's whole letterbox as one PDF for the file; audited as an export. */
    async exportChildLetterbox(actor: Actor, childId: string) {
      const now = clock()
      const child = await findChildInScope(db, actor, childId)
      if (!child) throw notFound()
      const agreements = await findAgreementsOfChild(db, childId, staffAgreementScope(actor))
      const ids = agreements.map((row) => row.agreement.id)
      const parties = await findParties(db, ids)
      const history = await findAgreementHistory(db, ids)
      const letters = await findLettersOfAgreements(db, ids)
      const letterIds = letters.map((row) => row.letter.id)
      const versions = await findVersions(db, letterIds)
      const decisions = await findDecisions(db, letterIds)
      const photos = await findDecidedPhotoFiles(db, letterIds)
      const scanNames = await findFileNames(
        db,
        letters.flatMap((row) => (row.letter.scanFileId ? [row.letter.scanFileId] : [])),
      )
      const parentNames = await findParentNames(db, child.familyId)
      const agencyName = await findOrganisationName(db, child.organisationId)
      const childName = `${child.firstName} ${child.lastName}`

      const pdf = await renderLetterboxArchive({
        title: `Letterbox record for ${childName}`,
        agencyName,
        childName,
        cover: [
          `Family reference: ${child.familyReference}`,
          `Council: ${child.localAuthorityName}`,
          `Agreements: ${agreements.length}. Letters: ${letters.length}.`,
          `Made on ${formatLondonDateTime(now)} by ${actor.name}.`,
        ],
        agreements: agreements.map(({ agreement }, index) =>
          archiveAgreement(
            agreement,
            index,
            parties.filter((p) => p.agreementId === agreement.id),
            history.filter((h) => h.agreementId === agreement.id),
          ),
        ),
        letters: letters.map((row, index) =>
          archiveLetter(row, index, {
            toNames:
              row.letter.fromSide === 'adoptive_family'
                ? parties
                    .filter((p) => p.agreementId === row.letter.agreementId)
                    .map((p) => p.fullName)
                : parentNames,
            versions: versions.filter((v) => v.letterId === row.letter.id),
            decisions: decisions.filter((d) => d.decision.letterId === row.letter.id),
            photos: photos.filter((p) => p.letterId === row.letter.id),
            scanName: row.letter.scanFileId ? scanNames.get(row.letter.scanFileId) : undefined,
          }),
        ),
        createdAt: now,
      })
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'child-letterbox',
        recordId: childId,
        localAuthorityId: child.localAuthorityId,
        details: { export: 'pdf', agreements: agreements.length, letters: letters.length },
      })
      return { content: pdf, fileName: `letterbox-record-${child.familyReference}.pdf` }
    },
  }
}

// ---- The record's words ------------------------------------------------------------------------

const monthList = (months: number[]) => months.map((m) => monthNames[m - 1]).join(', ')
const yesNo = (allowed: boolean) => (allowed ? 'allowed' : 'not allowed')

function archiveAgreement(
  agreement: ContactAgreementRow,
  index: number,
  parties: PartyRow[],
  history: Awaited<ReturnType<typeof findAgreementHistory>>,
) {
  const status = agreementStatusNames[agreement.status as AgreementStatus]
  return {
    heading: `Agreement ${index + 1}: from ${formatLondonDate(agreement.startsOn)}`,
    rules: [
      `Who writes: ${agreementDirectionNames[agreement.direction as AgreementDirection]}`,
      `Letters are due in: ${monthList(agreement.exchangeMonths)}`,
      `Photos ${yesNo(agreement.photosAllowed)}; cards ${yesNo(agreement.cardsAllowed)}; gifts ${yesNo(agreement.giftsAllowed)}`,
      `The child is named in the exchange as: ${agreement.childExchangeName}`,
      `The family is named in the exchange as: ${agreement.familyExchangeName}`,
      `Words the check looks for: ${agreement.watchWords.length > 0 ? agreement.watchWords.join(', ') : 'none'}`,
      `Writers are reminded ${agreement.reminderWeeks} weeks before each month`,
      `Status: ${status}${agreement.statusReason ? `. Reason: ${agreement.statusReason}` : ''}`,
      `Last reviewed: ${agreement.lastReviewedOn ? formatLondonDate(agreement.lastReviewedOn) : 'not yet'}. Next review: ${formatLondonDate(agreement.nextReviewOn)}`,
    ],
    parties: parties.map(
      (p) =>
        `${p.fullName}, ${partyRelationshipNames[p.relationship as PartyRelationship].toLowerCase()}: named in the exchange as ${p.exchangeName}; ${p.userId ? 'uses the portal' : 'writes on paper'}`,
    ),
    history: history.map((event) => {
      const details = (event.details ?? {}) as Record<string, string | undefined>
      const who = event.actorName ?? 'the service'
      const when = formatLondonDateTime(event.occurredAt)
      if (event.action === 'create') return `${when}: agreement made by ${who}`
      if (details.reviewedOn) {
        return `${when}: review on ${formatLondonDate(details.reviewedOn)} recorded by ${who}; next review ${formatLondonDate(details.nextReviewOn ?? details.reviewedOn)}${details.notes ? `. Notes: ${details.notes}` : ''}`
      }
      const to = agreementStatusNames[(details.status ?? 'active') as AgreementStatus]
      return `${when}: status changed to ${to.toLowerCase()} by ${who}${details.reason ? `. Reason: ${details.reason}` : ''}`
    }),
  }
}

const decisionWords = {
  released: 'Passed on',
  returned: 'Returned to the writer',
  withheld: 'Not passed on (withheld)',
} as const

function archiveLetter(
  row: LetterSummaryRow,
  index: number,
  extras: {
    toNames: string[]
    versions: Awaited<ReturnType<typeof findVersions>>
    decisions: Awaited<ReturnType<typeof findDecisions>>
    photos: Awaited<ReturnType<typeof findDecidedPhotoFiles>>
    scanName: string | undefined
  },
): ArchiveLetter {
  const { letter } = row
  const summary = toStaffLetterSummary(row)
  const paper = letter.channel === 'paper'
  const sentOn = paper ? (letter.paperDate ?? letter.createdAt) : letter.submittedAt
  const when = sentOn ? formatLondonDate(sentOn) : ''
  return {
    heading: `${paper ? 'Paper letter' : 'Letter'} ${index + 1}: from ${summary.fromName}${when ? `, ${when}` : ''}`,
    details: [
      `From: ${summary.fromName}`,
      `To: ${extras.toNames.join(', ') || 'no one yet'}`,
      paper
        ? `Came on paper; logged on ${formatLondonDate(letter.createdAt)}. Scanned copy kept on the portal${extras.scanName ? `: ${extras.scanName}` : ''}`
        : `Sent through the portal; status: ${summary.progress.replace('_', ' ')}`,
    ],
    versions: paper
      ? [{ heading: 'Summary of the paper letter', body: letter.body }]
      : extras.versions.map((v) => ({
          heading: `Version ${v.number}, sent on ${formatLondonDateTime(v.submittedAt)}`,
          body: v.body,
        })),
    releasedBody: paper ? null : letter.releasedBody,
    decisions: extras.decisions.map(({ decision, decidedByName }) => ({
      heading: `Decision on version ${decision.versionNumber}: ${decisionWords[decision.decision as keyof typeof decisionWords]}`,
      lines: [
        `By ${decidedByName} on ${formatLondonDateTime(decision.decidedAt)}`,
        ...(decision.reason ? [`Reason: ${decision.reason}`] : []),
        decision.redactions.length > 0
          ? `Words taken out: ${decision.redactions.map((r) => `“${r.text}”`).join(', ')}`
          : 'No words taken out',
      ],
    })),
    photos: extras.photos.map((p) => ({
      status: p.status as 'approved' | 'withheld',
      content: p.content,
      width: p.width,
      height: p.height,
    })),
  }
}
