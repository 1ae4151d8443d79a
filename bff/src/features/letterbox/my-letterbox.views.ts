import type { z } from 'zod'
import type {
  AgreementDirection,
  AgreementStatus,
  LetterProgress,
  LetterSide,
  MyLetter,
  myAgreementSchema,
  myLetterboxSchema,
  myLetterSummarySchema,
} from '../../contract/index.ts'
import type {
  AgreementPartyRow,
  BirthRelativeAgreementRow,
  FamilyAgreementRow,
  LetterListRow,
  OpenExchangeRow,
  VisibleLetterRow,
  VisiblePhotoRow,
} from './my-letterbox.repository.ts'

// Rows to what families and birth relatives see. The two sides have their own views: a birth
// relative's is fed only by the minimal rows (agreed names, rules, released text), so it has
// nothing of the family to show even by mistake.

type MyAgreement = z.infer<typeof myAgreementSchema>
type MyLetterbox = z.infer<typeof myLetterboxSchema>
type MyLetterSummary = z.infer<typeof myLetterSummarySchema>

// ---- Rules the views show ------------------------------------------------------------------------

/** Whether a side writes under an agreement of this direction. */
export function sideWrites(direction: string, side: LetterSide): boolean {
  if (direction === 'two_way') return true
  return side === 'adoptive_family' ? direction === 'from_family' : direction === 'to_family'
}

/** Where a letter is, as its writer follows it (contract `letterProgresses`). */
export function progressOf(letter: {
  status: string
  reviewStartedAt: Date | null
  firstReadAt: Date | null
}): LetterProgress {
  switch (letter.status) {
    case 'submitted':
      return letter.reviewStartedAt ? 'being_checked' : 'received'
    case 'released':
      return letter.firstReadAt ? 'read' : 'released'
    case 'returned':
    case 'withheld':
      return letter.status
    default:
      return 'draft'
  }
}

/** The first day of the month `n` months after the month of a 'yyyy-mm-dd' date. */
export function monthsAfter(date: string, n: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number]
  const index = year * 12 + (month - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/**
 * The side's next letter due and the months it let pass, from its open exchanges. A month has passed
 * when it has ended; nothing is due or overdue while contact is paused or ended.
 */
function dueMonths(status: string, open: OpenExchangeRow[], today: string) {
  if (status !== 'active') return { nextDueMonth: null, overdueMonths: [] }
  const ended = (month: string) => monthsAfter(month, 1) <= today
  return {
    nextDueMonth: open.find((exchange) => !ended(exchange.dueMonth))?.dueMonth ?? null,
    overdueMonths: open.filter((exchange) => ended(exchange.dueMonth)).map((e) => e.dueMonth),
  }
}

const iso = (date: Date | null) => (date ? date.toISOString() : null)

/** Names joined in words: "A", "A and B", "A, B and C". */
export function inWords(names: string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

const toPhoto = (photo: VisiblePhotoRow) => ({
  id: photo.id,
  status: photo.status as 'pending' | 'approved' | 'withheld',
  width: photo.width,
  height: photo.height,
})

interface Rules {
  direction: string
  status: string
  photosAllowed: boolean
}

/**
 * What the letterbox's list shows of a letter, with the names already chosen for the viewer's side.
 * A received letter shows when it was released, and nothing of how the agency handled it before.
 */
function toSummary(
  letter: LetterListRow,
  names: { fromName: string; toName: string },
): MyLetterSummary {
  if (letter.isOwn) {
    return {
      id: letter.id,
      agreementId: letter.agreementId,
      box: 'sent',
      ...names,
      progress: progressOf(letter),
      submittedAt: iso(letter.submittedAt),
      releasedAt: iso(letter.releasedAt),
      readAt: iso(letter.firstReadAt),
      updatedAt: letter.updatedAt.toISOString(),
    }
  }
  const releasedAt = (letter.releasedAt ?? letter.updatedAt).toISOString()
  return {
    id: letter.id,
    agreementId: letter.agreementId,
    box: 'received',
    ...names,
    progress: progressOf(letter),
    submittedAt: null,
    releasedAt,
    readAt: iso(letter.firstReadAt),
    updatedAt: releasedAt,
  }
}

/** A letter with the names already chosen for the viewer's side. */
function toLetter(
  side: LetterSide,
  letter: VisibleLetterRow,
  agreement: Rules,
  names: { fromName: string; toName: string },
  photos: VisiblePhotoRow[],
): MyLetter {
  const writes = sideWrites(agreement.direction, side) && agreement.status === 'active'
  const summary = toSummary(letter, names)
  if (letter.isOwn) {
    return {
      ...summary,
      body: letter.body ?? '',
      returnedReason: letter.status === 'returned' ? letter.returnedReason : null,
      photos: photos.map(toPhoto),
      replyToLetterId: letter.replyToLetterId,
      canReply: false,
      canEdit: writes && (letter.status === 'draft' || letter.status === 'returned'),
      photosAllowed: agreement.photosAllowed,
      version: letter.version,
    }
  }
  // A received letter: the released text and approved photos only.
  return {
    ...summary,
    body: letter.releasedBody ?? '',
    returnedReason: null,
    photos: photos.filter((photo) => photo.status === 'approved').map(toPhoto),
    replyToLetterId: null,
    canReply: agreement.direction === 'two_way' && writes,
    canEdit: false,
    photosAllowed: agreement.photosAllowed,
    version: letter.version,
  }
}

const newestFirst = (a: MyLetterSummary, b: MyLetterSummary) =>
  b.updatedAt.localeCompare(a.updatedAt)

function agreementView(
  side: LetterSide,
  row: Rules & {
    id: string
    exchangeMonths: number[]
    cardsAllowed: boolean
    giftsAllowed: boolean
  },
  childName: string,
  otherPartyNames: string[],
  open: OpenExchangeRow[],
  today: string,
): MyAgreement {
  return {
    id: row.id,
    childName,
    otherPartyNames,
    direction: row.direction as AgreementDirection,
    canWrite: sideWrites(row.direction, side) && row.status === 'active',
    exchangeMonths: [...row.exchangeMonths].sort((a, b) => a - b),
    photosAllowed: row.photosAllowed,
    cardsAllowed: row.cardsAllowed,
    giftsAllowed: row.giftsAllowed,
    status: row.status as AgreementStatus,
    ...dueMonths(
      row.status,
      open.filter((exchange) => exchange.agreementId === row.id),
      today,
    ),
  }
}

// ---- An adoptive family ------------------------------------------------------------------------

export interface FamilyLetterbox {
  agreements: FamilyAgreementRow[]
  parties: AgreementPartyRow[]
  letters: LetterListRow[]
  open: OpenExchangeRow[]
}

/** Each birth relative by their agreed name; the family's own letters go to every party. */
function familyNames(
  letter: Pick<LetterListRow, 'isOwn' | 'birthRelativeId'>,
  agreement: Pick<FamilyAgreementRow, 'id' | 'familyExchangeName'>,
  parties: AgreementPartyRow[],
) {
  const ofAgreement = parties.filter((party) => party.agreementId === agreement.id)
  if (letter.isOwn) {
    return {
      fromName: agreement.familyExchangeName,
      toName: inWords(ofAgreement.map((party) => party.exchangeName)),
    }
  }
  const writer = ofAgreement.find((party) => party.birthRelativeId === letter.birthRelativeId)
  return {
    fromName: writer?.exchangeName ?? 'A birth relative',
    toName: agreement.familyExchangeName,
  }
}

export function toFamilyLetter(
  letter: VisibleLetterRow,
  data: {
    agreements: FamilyAgreementRow[]
    parties: AgreementPartyRow[]
    photos: VisiblePhotoRow[]
  },
): MyLetter {
  const agreement = data.agreements.find((a) => a.id === letter.agreementId)!
  return toLetter(
    'adoptive_family',
    letter,
    agreement,
    familyNames(letter, agreement, data.parties),
    data.photos.filter((photo) => photo.letterId === letter.id),
  )
}

/** Each agreement by its id, for the letters of a page to find theirs. */
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]))

export function toFamilyLetterbox(data: FamilyLetterbox, today: string): MyLetterbox {
  const agreements = byId(data.agreements)
  return {
    agreements: data.agreements.map((agreement) =>
      agreementView(
        'adoptive_family',
        agreement,
        agreement.childName,
        data.parties.filter((p) => p.agreementId === agreement.id).map((p) => p.exchangeName),
        data.open,
        today,
      ),
    ),
    letters: data.letters
      .map((letter) =>
        toSummary(letter, familyNames(letter, agreements.get(letter.agreementId)!, data.parties)),
      )
      .sort(newestFirst),
  }
}

// ---- A birth relative ----------------------------------------------------------------------------

export interface BirthRelativeLetterbox {
  agreements: BirthRelativeAgreementRow[]
  letters: LetterListRow[]
  open: OpenExchangeRow[]
}

/** The family by its agreed name; the birth relative by their own agreed name. */
function birthRelativeNames(
  letter: Pick<LetterListRow, 'isOwn'>,
  agreement: Pick<BirthRelativeAgreementRow, 'ownExchangeName' | 'familyExchangeName'>,
) {
  return letter.isOwn
    ? { fromName: agreement.ownExchangeName, toName: agreement.familyExchangeName }
    : { fromName: agreement.familyExchangeName, toName: agreement.ownExchangeName }
}

export function toBirthRelativeLetter(
  letter: VisibleLetterRow,
  data: { agreements: BirthRelativeAgreementRow[]; photos: VisiblePhotoRow[] },
): MyLetter {
  const agreement = data.agreements.find((a) => a.id === letter.agreementId)!
  return toLetter(
    'birth_relative',
    letter,
    agreement,
    birthRelativeNames(letter, agreement),
    data.photos.filter((photo) => photo.letterId === letter.id),
  )
}

export function toBirthRelativeLetterbox(data: BirthRelativeLetterbox, today: string): MyLetterbox {
  const agreements = byId(data.agreements)
  return {
    agreements: data.agreements.map((agreement) =>
      agreementView(
        'birth_relative',
        agreement,
        agreement.childExchangeName,
        [agreement.familyExchangeName],
        data.open,
        today,
      ),
    ),
    letters: data.letters
      .map((letter) =>
        toSummary(letter, birthRelativeNames(letter, agreements.get(letter.agreementId)!)),
      )
      .sort(newestFirst),
  }
}
