import type { MyLetter, myLetterboxSchema } from '@asp/bff/contract'
import type { z } from 'zod'
import type { MyAgreement, MyLetterSummary } from '../api/get-my-letterbox.ts'

// Realistic, invented data for the letterbox pages' tests, with overrides. Names are the agreed
// names of an exchange ("Birth mum, Sarah"), never full names, as the BFF sends them.

type MyLetterbox = z.infer<typeof myLetterboxSchema>

export const agreementIds = {
  sarah: '3f1a2b4c-5d6e-4f70-8a91-b2c3d4e5f601',
  grandparents: '3f1a2b4c-5d6e-4f70-8a91-b2c3d4e5f602',
} as const

export const letterIds = {
  draft: '4a2b3c4d-5e6f-4a71-9b82-c3d4e5f6a701',
  received: '4a2b3c4d-5e6f-4a71-9b82-c3d4e5f6a702',
  sent: '4a2b3c4d-5e6f-4a71-9b82-c3d4e5f6a703',
  returned: '4a2b3c4d-5e6f-4a71-9b82-c3d4e5f6a704',
} as const

/** The id the nth photo (from 1) of a letter is given. */
export function photoId(n: number): string {
  return `5b3c4d5e-6f7a-4b82-8c93-${String(n).padStart(12, '0')}`
}

export function buildMyAgreement(overrides: Partial<MyAgreement> = {}): MyAgreement {
  return {
    id: agreementIds.sarah,
    childName: 'Maisie',
    otherPartyNames: ['Birth mum, Sarah'],
    direction: 'two_way',
    canWrite: true,
    exchangeMonths: [3, 9],
    photosAllowed: true,
    cardsAllowed: true,
    giftsAllowed: false,
    status: 'active',
    nextDueMonth: '2027-03-01',
    overdueMonths: [],
    ...overrides,
  }
}

export function buildMyLetterSummary(overrides: Partial<MyLetterSummary> = {}): MyLetterSummary {
  return {
    id: letterIds.received,
    agreementId: agreementIds.sarah,
    box: 'received',
    fromName: 'Birth mum, Sarah',
    toName: 'Maisie’s mum and dad',
    progress: 'read',
    submittedAt: '2026-09-02T10:15:00.000Z',
    releasedAt: '2026-09-16T14:00:00.000Z',
    readAt: '2026-09-17T19:30:00.000Z',
    updatedAt: '2026-09-17T19:30:00.000Z',
    ...overrides,
  }
}

export function buildMyLetterbox(overrides: Partial<MyLetterbox> = {}): MyLetterbox {
  return {
    agreements: [buildMyAgreement()],
    letters: [
      buildMyLetterSummary(),
      buildMyLetterSummary({
        id: letterIds.sent,
        box: 'sent',
        fromName: 'Maisie’s mum and dad',
        toName: 'Birth mum, Sarah',
        progress: 'being_checked',
        submittedAt: '2026-03-20T09:00:00.000Z',
        releasedAt: null,
        readAt: null,
        updatedAt: '2026-03-20T09:00:00.000Z',
      }),
    ],
    ...overrides,
  }
}

const body = [
  'Dear Sarah,',
  'Maisie has had a lovely summer. She learnt to swim without armbands and now wants to go to the pool every weekend.',
  'She still loves drawing horses, and asked us to send you one of her pictures.',
  'With best wishes,\nMaisie’s mum and dad',
].join('\n\n')

/** A draft by the adoptive family to Birth mum, Sarah, with nothing in it yet. */
export function buildMyLetter(overrides: Partial<MyLetter> = {}): MyLetter {
  return {
    id: letterIds.draft,
    agreementId: agreementIds.sarah,
    box: 'sent',
    fromName: 'Maisie’s mum and dad',
    toName: 'Birth mum, Sarah',
    progress: 'draft',
    body: '',
    returnedReason: null,
    photos: [],
    submittedAt: null,
    releasedAt: null,
    readAt: null,
    updatedAt: '2026-10-03T13:05:00.000Z',
    replyToLetterId: null,
    canReply: false,
    canEdit: true,
    photosAllowed: true,
    version: 1,
    ...overrides,
  }
}

/** The family's letter, written and ready to check. */
export function buildWrittenLetter(overrides: Partial<MyLetter> = {}): MyLetter {
  return buildMyLetter({ body, version: 2, ...overrides })
}

/** A letter Birth mum, Sarah sent, passed on to the family with two approved photos. */
export function buildReceivedLetter(overrides: Partial<MyLetter> = {}): MyLetter {
  return buildMyLetter({
    id: letterIds.received,
    box: 'received',
    fromName: 'Birth mum, Sarah',
    toName: 'Maisie’s mum and dad',
    progress: 'released',
    body: 'Dear Maisie’s mum and dad,\n\nThank you for your letter and the drawing of the horse. It is on my fridge.\n\nI started a new job in the spring and I am enjoying it.\n\nLove,\nSarah',
    photos: [
      { id: photoId(1), status: 'approved', width: 1200, height: 900 },
      { id: photoId(2), status: 'approved', width: 900, height: 1200 },
    ],
    submittedAt: '2026-09-02T10:15:00.000Z',
    releasedAt: '2026-09-16T14:00:00.000Z',
    updatedAt: '2026-09-16T14:00:00.000Z',
    canReply: true,
    canEdit: false,
    version: 3,
    ...overrides,
  })
}
