import type { LetterPhotoRow, LetterRow } from '@asp/db'
import type { z } from 'zod'
import type {
  AgreementDirection,
  AgreementStatus,
  LetterProgress,
  LetterSide,
  LetterStatus,
  PartyRelationship,
  ReviewLetter,
  StaffAgreement,
  childLetterboxSchema,
  exchangeSchema,
  highlightSchema,
  overdueExchangesPageSchema,
  staffAgreementSummarySchema,
  staffLetterSummarySchema,
} from '../../contract/index.ts'
import type {
  AgreementSummaryRow,
  ChildLetterboxRow,
  ExchangeRow,
  LetterSummaryRow,
  PartyRow,
} from './agreements.repository.ts'
import type { DecisionRow, ReviewRow } from './review.repository.ts'
import { isOverdue } from './schedule.ts'

// Rows to the staff side's contract shapes. Staff see real names: the agreed names are what the
// families and birth relatives see of each other.

type AgreementSummary = z.infer<typeof staffAgreementSummarySchema>
type Exchange = z.infer<typeof exchangeSchema>
type StaffLetterSummary = z.infer<typeof staffLetterSummarySchema>
type ChildLetterbox = z.infer<typeof childLetterboxSchema>
type OverdueExchange = z.infer<typeof overdueExchangesPageSchema>['items'][number]
type Highlight = z.infer<typeof highlightSchema>

const iso = (date: Date | null) => (date ? date.toISOString() : null)
const fullName = (first: string, last: string) => `${first} ${last}`

/** Where a letter is, as its writer follows it. */
export function letterProgress(
  letter: Pick<LetterRow, 'status' | 'reviewStartedAt' | 'firstReadAt'>,
): LetterProgress {
  switch (letter.status as LetterStatus) {
    case 'draft':
      return 'draft'
    case 'submitted':
      return letter.reviewStartedAt ? 'being_checked' : 'received'
    case 'returned':
      return 'returned'
    case 'released':
      return letter.firstReadAt ? 'read' : 'released'
    case 'withheld':
      return 'withheld'
  }
}

/** Who writes or wrote: a birth relative by name, the family as the family. */
export const writerName = (side: string, birthRelativeName: string | null) =>
  side === 'birth_relative' ? (birthRelativeName ?? 'Birth relative') : 'Adoptive family'

/** Who a letter is from: its author where it came through the portal. */
const letterFrom = (
  letter: Pick<LetterRow, 'fromSide'>,
  authorName: string | null,
  birthRelativeName: string | null,
) =>
  letter.fromSide === 'birth_relative'
    ? writerName('birth_relative', birthRelativeName)
    : (authorName ?? 'Adoptive family')

export function toAgreementSummary(
  row: AgreementSummaryRow,
  parties: PartyRow[],
): AgreementSummary {
  const { agreement } = row
  return {
    id: agreement.id,
    childId: agreement.childId,
    childName: fullName(row.childFirstName, row.childLastName),
    familyId: agreement.familyId,
    familyReference: row.familyReference,
    localAuthorityName: row.localAuthorityName,
    direction: agreement.direction as AgreementDirection,
    exchangeMonths: agreement.exchangeMonths,
    status: agreement.status as AgreementStatus,
    nextReviewOn: agreement.nextReviewOn,
    parties: parties.filter((p) => p.agreementId === agreement.id).map((p) => p.fullName),
  }
}

export function toExchange(row: ExchangeRow, today: string, active: boolean): Exchange {
  const { exchange } = row
  return {
    id: exchange.id,
    agreementId: exchange.agreementId,
    writerSide: exchange.writerSide as LetterSide,
    writerName: writerName(exchange.writerSide, row.birthRelativeName),
    dueMonth: exchange.dueMonth,
    letterId: exchange.letterId,
    remindedAt: iso(exchange.remindedAt),
    overdue: active && exchange.letterId === null && isOverdue(exchange.dueMonth, today),
  }
}

export function toOverdueExchange(
  row: ExchangeRow & {
    childFirstName: string
    childLastName: string
    familyReference: string
    localAuthorityName: string
  },
  today: string,
): OverdueExchange {
  return {
    ...toExchange(row, today, true),
    childName: fullName(row.childFirstName, row.childLastName),
    familyReference: row.familyReference,
    localAuthorityName: row.localAuthorityName,
  }
}

/** What a staff list needs of a letter: agreements.repository's `letterSummaryFields`. */
export interface LetterSummary {
  letter: Pick<
    LetterRow,
    | 'id'
    | 'agreementId'
    | 'fromSide'
    | 'channel'
    | 'status'
    | 'reviewStartedAt'
    | 'firstReadAt'
    | 'submittedAt'
    | 'releasedAt'
    | 'paperDate'
  >
  childFirstName: string
  childLastName: string
  authorName: string | null
  birthRelativeName: string | null
  photoCount: number
}

export function toStaffLetterSummary(row: LetterSummary): StaffLetterSummary {
  const { letter } = row
  return {
    id: letter.id,
    agreementId: letter.agreementId,
    childName: fullName(row.childFirstName, row.childLastName),
    fromSide: letter.fromSide as LetterSide,
    fromName: letterFrom(letter, row.authorName, row.birthRelativeName),
    channel: letter.channel as StaffLetterSummary['channel'],
    status: letter.status as LetterStatus,
    progress: letterProgress(letter),
    submittedAt: iso(letter.submittedAt),
    releasedAt: iso(letter.releasedAt),
    paperDate: letter.paperDate,
    photoCount: row.photoCount,
  }
}

export function toStaffAgreement(
  row: AgreementSummaryRow,
  parties: PartyRow[],
  exchanges: ExchangeRow[],
  letters: LetterSummaryRow[],
  today: string,
): StaffAgreement {
  const { agreement } = row
  const own = parties.filter((p) => p.agreementId === agreement.id)
  return {
    ...toAgreementSummary(row, own),
    photosAllowed: agreement.photosAllowed,
    cardsAllowed: agreement.cardsAllowed,
    giftsAllowed: agreement.giftsAllowed,
    childExchangeName: agreement.childExchangeName,
    familyExchangeName: agreement.familyExchangeName,
    watchWords: agreement.watchWords,
    reminderWeeks: agreement.reminderWeeks,
    startsOn: agreement.startsOn,
    statusReason: agreement.statusReason,
    lastReviewedOn: agreement.lastReviewedOn,
    partyDetails: own.map((p) => ({
      birthRelativeId: p.birthRelativeId,
      fullName: p.fullName,
      relationship: p.relationship as PartyRelationship,
      exchangeName: p.exchangeName,
      usesPortal: p.userId !== null,
    })),
    exchanges: exchanges.map((e) => toExchange(e, today, agreement.status === 'active')),
    letters: letters.map(toStaffLetterSummary),
    version: agreement.version,
  }
}

export function toChildLetterbox(
  row: ChildLetterboxRow,
  paging: { page: number; pageSize: number },
): ChildLetterbox {
  const childName = fullName(row.firstName, row.lastName)
  return {
    childId: row.childId,
    childName,
    familyId: row.familyId,
    familyReference: row.familyReference,
    agreements: row.agreements.map((agreement) => ({
      id: agreement.id,
      childId: agreement.childId,
      // The child's own agreements: the child is the page's.
      childName,
      familyId: agreement.familyId,
      familyReference: agreement.familyReference,
      localAuthorityName: agreement.localAuthorityName,
      direction: agreement.direction as AgreementDirection,
      exchangeMonths: agreement.exchangeMonths,
      status: agreement.status as AgreementStatus,
      nextReviewOn: agreement.nextReviewOn,
      parties: agreement.parties,
    })),
    letters: {
      items: row.letters.map(toStaffLetterSummary),
      ...paging,
      total: row.letterCount,
    },
    birthRelatives: row.birthRelatives,
  }
}

export const toPhoto = (photo: LetterPhotoRow) => ({
  id: photo.id,
  status: photo.status as 'pending' | 'approved' | 'withheld',
  width: photo.width,
  height: photo.height,
})

export function toDecisionRecord(row: DecisionRow) {
  const { decision } = row
  return {
    decision: decision.decision as 'released' | 'returned' | 'withheld',
    versionNumber: decision.versionNumber,
    reason: decision.reason,
    redactions: decision.redactions,
    decidedByName: row.decidedByName,
    decidedAt: decision.decidedAt.toISOString(),
  }
}

export function toReviewLetter(
  row: ReviewRow,
  extras: {
    body: string
    toNames: string[]
    highlights: Highlight[]
    photos: LetterPhotoRow[]
    decisions: DecisionRow[]
  },
): ReviewLetter {
  const { letter, agreement } = row
  return {
    id: letter.id,
    agreementId: letter.agreementId,
    childId: agreement.childId,
    childName: fullName(row.childFirstName, row.childLastName),
    familyReference: row.familyReference,
    fromSide: letter.fromSide as LetterSide,
    fromName: letterFrom(letter, row.authorName, row.birthRelativeName),
    toNames: extras.toNames,
    channel: letter.channel as ReviewLetter['channel'],
    status: letter.status as LetterStatus,
    progress: letterProgress(letter),
    body: extras.body,
    versionNumber: letter.submittedVersions,
    highlights: extras.highlights,
    photos: extras.photos.map(toPhoto),
    photosAllowed: agreement.photosAllowed,
    releasedBody: letter.releasedBody,
    returnedReason: letter.returnedReason,
    submittedAt: iso(letter.submittedAt),
    paperDate: letter.paperDate,
    scanFileId: letter.scanFileId,
    decisions: extras.decisions.map(toDecisionRecord),
    version: letter.version,
  }
}
