import type {
  agreementsPageSchema,
  childLetterboxSchema,
  overdueExchangesPageSchema,
  ReviewLetter,
  reviewQueuePageSchema,
  StaffAgreement,
  staffLetterSummarySchema,
} from '@asp/bff/contract'
import type { z } from 'zod'
import { familyId, localAuthorities } from '../../../../test/factories.ts'

/** Realistic, fictional letterbox data for the staff's web tests, with overrides. */

export const letterId = '3f6e2a1b-7c4d-4e5f-8a9b-0c1d2e3f4a51'
export const otherLetterId = '3f6e2a1b-7c4d-4e5f-8a9b-0c1d2e3f4a52'
export const agreementId = '4a7f3b2c-8d5e-4f6a-9b0c-1d2e3f4a5b61'
export const childId = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'
export const photoIds = [
  '5b8a4c3d-9e6f-4a7b-8c1d-2e3f4a5b6c71',
  '5b8a4c3d-9e6f-4a7b-8c1d-2e3f4a5b6c72',
] as const
export const scanFileId = 'f1e2d3c4-0000-4000-8000-000000000001'
export const relativeIds = {
  karen: '6c9b5d4e-0f7a-4b8c-9d2e-3f4a5b6c7d81',
  dean: '6c9b5d4e-0f7a-4b8c-9d2e-3f4a5b6c7d82',
  lily: '6c9b5d4e-0f7a-4b8c-9d2e-3f4a5b6c7d83',
} as const
export const exchangeIds = [
  '7d0c6e5f-1a8b-4c9d-8e3f-4a5b6c7d8e91',
  '7d0c6e5f-1a8b-4c9d-8e3f-4a5b6c7d8e92',
  '7d0c6e5f-1a8b-4c9d-8e3f-4a5b6c7d8e93',
] as const

/** The tests' "now": Saturday 3 October 2026, 9am in London. */
export const now = new Date('2026-10-03T08:00:00.000Z')

/** A letter from the adoptive family, with a school and a phone number the check found. */
export const letterBody = [
  'Dear Karen,',
  '',
  'Mia loves her new class at Oakfield Primary. On Saturdays she swims with the Otley Harriers.',
  '',
  'If you ever want to talk, you can ring us on 07700 900123.',
  '',
  'Love from Mia’s mum and dad',
].join('\n')

function rangeOf(text: string, body = letterBody) {
  const start = body.indexOf(text)
  if (start < 0) {
    throw new Error(`"${text}" is not in the letter`)
  }
  return { start, end: start + text.length, text }
}

export const highlights = {
  school: {
    ...rangeOf('Oakfield Primary'),
    kind: 'school',
    reason: 'It is one of the words to watch for on the agreement.',
  },
  phone: {
    ...rangeOf('07700 900123'),
    kind: 'phone',
    reason: 'It looks like a UK phone number.',
  },
} as const satisfies Record<string, ReviewLetter['highlights'][number]>

export { rangeOf }

export function buildReviewLetter(overrides: Partial<ReviewLetter> = {}): ReviewLetter {
  return {
    id: letterId,
    agreementId,
    childId,
    childName: 'Mia Philips',
    familyReference: 'ACE-2024-0117',
    fromSide: 'adoptive_family',
    fromName: 'Mia’s mum and dad',
    toNames: ['Birth mum, Karen'],
    channel: 'portal',
    status: 'submitted',
    progress: 'being_checked',
    body: letterBody,
    versionNumber: 1,
    highlights: [highlights.school, highlights.phone],
    photos: [],
    photosAllowed: true,
    releasedBody: null,
    returnedReason: null,
    submittedAt: '2026-09-28T10:15:00.000Z',
    paperDate: null,
    scanFileId: null,
    decisions: [],
    version: 2,
    ...overrides,
  }
}

type LetterSummary = z.input<typeof staffLetterSummarySchema>

export function buildLetterSummary(overrides: Partial<LetterSummary> = {}): LetterSummary {
  return {
    id: letterId,
    agreementId,
    childName: 'Mia Philips',
    fromSide: 'adoptive_family',
    fromName: 'Mia’s mum and dad',
    channel: 'portal',
    status: 'submitted',
    progress: 'received',
    submittedAt: '2026-09-28T10:15:00.000Z',
    releasedAt: null,
    paperDate: null,
    photoCount: 0,
    ...overrides,
  }
}

type QueuePage = z.input<typeof reviewQueuePageSchema>

export function buildQueuePage(
  items: QueuePage['items'] = [buildLetterSummary()],
  { page = 1, pageSize = 25, total = items.length } = {},
): QueuePage {
  return { items, page, pageSize, total }
}

export function buildStaffAgreement(overrides: Partial<StaffAgreement> = {}): StaffAgreement {
  return {
    id: agreementId,
    childId,
    childName: 'Mia Philips',
    familyId,
    familyReference: 'ACE-2024-0117',
    localAuthorityName: localAuthorities.coventry.name,
    direction: 'two_way',
    exchangeMonths: [9, 3],
    status: 'active',
    nextReviewOn: '2027-03-01',
    parties: ['Birth mum, Karen'],
    photosAllowed: true,
    cardsAllowed: true,
    giftsAllowed: false,
    childExchangeName: 'Mia',
    familyExchangeName: 'Mia’s mum and dad',
    watchWords: ['Oakfield Primary', 'Otley Harriers'],
    reminderWeeks: 4,
    startsOn: '2026-03-01',
    statusReason: null,
    lastReviewedOn: null,
    partyDetails: [
      {
        birthRelativeId: relativeIds.karen,
        fullName: 'Karen Doyle',
        relationship: 'mother',
        exchangeName: 'Birth mum, Karen',
        usesPortal: true,
      },
    ],
    exchanges: [
      {
        id: exchangeIds[0],
        agreementId,
        writerSide: 'adoptive_family',
        writerName: 'Mia’s mum and dad',
        dueMonth: '2026-03-01',
        letterId: otherLetterId,
        remindedAt: '2026-02-01T08:00:00.000Z',
        overdue: false,
      },
      {
        id: exchangeIds[1],
        agreementId,
        writerSide: 'birth_relative',
        writerName: 'Birth mum, Karen',
        dueMonth: '2026-03-01',
        letterId: null,
        remindedAt: '2026-02-01T08:00:00.000Z',
        overdue: true,
      },
      {
        id: exchangeIds[2],
        agreementId,
        writerSide: 'adoptive_family',
        writerName: 'Mia’s mum and dad',
        dueMonth: '2026-09-01',
        letterId: null,
        remindedAt: null,
        overdue: false,
      },
    ],
    letters: [
      buildLetterSummary({
        id: otherLetterId,
        status: 'released',
        progress: 'read',
        submittedAt: '2026-03-10T09:00:00.000Z',
        releasedAt: '2026-03-12T14:30:00.000Z',
        photoCount: 1,
      }),
    ],
    version: 5,
    ...overrides,
  }
}

type AgreementsPage = z.input<typeof agreementsPageSchema>

export function buildAgreementsPage(
  items: AgreementsPage['items'] = [buildStaffAgreement()],
  { page = 1, pageSize = 25, total = items.length } = {},
): AgreementsPage {
  return { items, page, pageSize, total }
}

type OverduePage = z.input<typeof overdueExchangesPageSchema>

export function buildOverduePage(
  items: OverduePage['items'] = [
    {
      id: exchangeIds[1],
      agreementId,
      writerSide: 'birth_relative',
      writerName: 'Birth mum, Karen',
      dueMonth: '2026-03-01',
      letterId: null,
      remindedAt: '2026-02-01T08:00:00.000Z',
      overdue: true,
      childName: 'Mia Philips',
      familyReference: 'ACE-2024-0117',
      localAuthorityName: localAuthorities.coventry.name,
    },
  ],
  { page = 1, pageSize = 25, total = items.length } = {},
): OverduePage {
  return { items, page, pageSize, total }
}

type ChildLetterbox = z.input<typeof childLetterboxSchema>

export function buildChildLetterbox(overrides: Partial<ChildLetterbox> = {}): ChildLetterbox {
  const agreement = buildStaffAgreement()
  return {
    childId,
    childName: 'Mia Philips',
    familyId,
    familyReference: 'ACE-2024-0117',
    agreements: [
      {
        id: agreement.id,
        childId,
        childName: agreement.childName,
        familyId,
        familyReference: agreement.familyReference,
        localAuthorityName: agreement.localAuthorityName,
        direction: agreement.direction,
        exchangeMonths: agreement.exchangeMonths,
        status: agreement.status,
        nextReviewOn: agreement.nextReviewOn,
        parties: agreement.parties,
      },
    ],
    letters: {
      items: agreement.letters,
      page: 1,
      pageSize: 25,
      total: agreement.letters.length,
    },
    birthRelatives: [
      {
        id: relativeIds.karen,
        fullName: 'Karen Doyle',
        relationship: 'Birth mother',
        usesPortal: true,
      },
      {
        id: relativeIds.dean,
        fullName: 'Dean Doyle',
        relationship: 'Birth father',
        usesPortal: false,
      },
      {
        id: relativeIds.lily,
        fullName: 'Lily Doyle',
        relationship: 'Half-sister',
        usesPortal: false,
      },
    ],
    ...overrides,
  }
}
