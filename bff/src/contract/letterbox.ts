import { z } from 'zod'
import { isoDate, optionalText, text, version } from './fields.ts'
import { defineEndpoint, okSchema } from './endpoint.ts'

// ---- Words the service uses ------------------------------------------------------------------

/** Who writes under an agreement: both sides, or one side only. */
export const agreementDirections = ['two_way', 'from_family', 'to_family'] as const
export const agreementDirectionSchema = z.enum(agreementDirections)
export type AgreementDirection = z.infer<typeof agreementDirectionSchema>
export const agreementDirectionNames: Record<AgreementDirection, string> = {
  two_way: 'Both ways',
  from_family: 'One way: the adoptive family writes',
  to_family: 'One way: birth relatives write',
}

export const agreementStatuses = ['active', 'paused', 'ended'] as const
export const agreementStatusSchema = z.enum(agreementStatuses)
export type AgreementStatus = z.infer<typeof agreementStatusSchema>
export const agreementStatusNames: Record<AgreementStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  ended: 'Ended',
}

export const partyRelationships = ['mother', 'father', 'grandparent', 'sibling', 'other'] as const
export const partyRelationshipSchema = z.enum(partyRelationships)
export type PartyRelationship = z.infer<typeof partyRelationshipSchema>
export const partyRelationshipNames: Record<PartyRelationship, string> = {
  mother: 'Birth mother',
  father: 'Birth father',
  grandparent: 'Grandparent',
  sibling: 'Brother or sister',
  other: 'Other birth relative',
}

export const letterSides = ['adoptive_family', 'birth_relative'] as const
export const letterSideSchema = z.enum(letterSides)
export type LetterSide = z.infer<typeof letterSideSchema>

export const letterStatuses = ['draft', 'submitted', 'returned', 'released', 'withheld'] as const
export const letterStatusSchema = z.enum(letterStatuses)
export type LetterStatus = z.infer<typeof letterStatusSchema>

/**
 * Where a letter is, as its writer follows it. `being_checked` is a submitted letter a reviewer has
 * opened; `read` is a released letter a recipient has opened.
 */
export const letterProgresses = [
  'draft',
  'received',
  'being_checked',
  'returned',
  'released',
  'read',
  'withheld',
] as const
export const letterProgressSchema = z.enum(letterProgresses)
export type LetterProgress = z.infer<typeof letterProgressSchema>
export const letterProgressNames: Record<LetterProgress, string> = {
  draft: 'Draft',
  received: 'Received by the agency',
  being_checked: 'Being checked',
  returned: 'Returned to you',
  released: 'Passed on',
  read: 'Read',
  withheld: 'Not passed on',
}

export const photoStatuses = ['pending', 'approved', 'withheld'] as const
export const photoStatusSchema = z.enum(photoStatuses)

export const letterChannels = ['portal', 'paper'] as const
export const letterChannelSchema = z.enum(letterChannels)

/** Kinds of detail the automatic check highlights for the reviewer (ADR 0016). */
export const identifyingKindSchema = z.enum([
  'name',
  'address',
  'postcode',
  'phone',
  'email',
  'web',
  'handle',
  'school',
  'club',
  'place',
  'employer',
  'vehicle',
  'family_record',
])

/** Photos: images only, checked by their bytes; re-encoded as JPEG without metadata. */
export const maxLetterPhotoBytes = 10 * 1024 * 1024
export const maxPhotosPerLetter = 10
export const maxLetterLength = 20_000

/** Months as numbers (1 = January), and their names for pages and letters. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

// ---- Inputs ------------------------------------------------------------------------------------

const pageNotFound = { error: 'Page not found' }
export const agreementParamsSchema = z.object({ agreementId: z.uuid(pageNotFound) })
export const letterParamsSchema = z.object({ letterId: z.uuid(pageNotFound) })
export const letterPhotoParamsSchema = z.object({
  letterId: z.uuid(pageNotFound),
  photoId: z.uuid(pageNotFound),
})
export const letterboxChildParamsSchema = z.object({ childId: z.uuid(pageNotFound) })

/** A letter as its writer keeps it: plain paragraphs separated by blank lines. */
const letterBody = z
  .string({ error: 'Enter your letter' })
  .max(
    maxLetterLength,
    `Your letter must be ${maxLetterLength.toLocaleString('en-GB')} characters or fewer`,
  )

export const startLetterSchema = z.strictObject({
  /** The letter this answers, when replying. */
  replyToLetterId: z.uuid().optional(),
  body: letterBody.default(''),
})

export const saveLetterSchema = z.strictObject({ version, body: letterBody })

/** Sending names the version read: a retried send of the same version is sent once. */
export const sendLetterSchema = z.strictObject({
  version,
  body: letterBody.refine((value) => value.trim().length > 0, 'Enter your letter'),
})

export const agreementPartyInputSchema = z.strictObject({
  birthRelativeId: z.uuid({ error: 'Select a birth relative' }),
  relationship: z.enum(partyRelationships, { error: 'Select their relationship to the child' }),
  exchangeName: text('Enter how the family will see their name', 80, 'Name in the exchange'),
})

export const agreementInputSchema = z
  .strictObject({
    parties: z
      .array(agreementPartyInputSchema, { error: 'Select at least one birth relative' })
      .min(1, 'Select at least one birth relative')
      .max(12),
    direction: z.enum(agreementDirections, { error: 'Select who writes' }),
    exchangeMonths: z
      .array(z.number().int().min(1).max(12), { error: 'Select the months letters are due' })
      .min(1, 'Select the months letters are due')
      .max(12),
    photosAllowed: z.boolean(),
    cardsAllowed: z.boolean(),
    giftsAllowed: z.boolean(),
    childExchangeName: text('Enter the child’s name in the exchange', 80, 'Child’s name'),
    familyExchangeName: text('Enter the family’s name in the exchange', 80, 'Family’s name'),
    watchWords: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
    reminderWeeks: z
      .number({ error: 'Enter how many weeks before to remind writers' })
      .int('Enter a whole number of weeks')
      .min(1, 'Remind writers at least 1 week before')
      .max(12, 'Remind writers at most 12 weeks before'),
    startsOn: isoDate('Enter the date the agreement starts'),
  })
  .superRefine((value, ctx) => {
    if (new Set(value.exchangeMonths).size !== value.exchangeMonths.length) {
      ctx.addIssue({ code: 'custom', path: ['exchangeMonths'], message: 'Select each month once' })
    }
    const ids = value.parties.map((party) => party.birthRelativeId)
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['parties'],
        message: 'Select each birth relative once',
      })
    }
  })
export type AgreementInput = z.infer<typeof agreementInputSchema>

export const createAgreementSchema = z.strictObject({
  childId: z.uuid({ error: 'Select a child' }),
  agreement: agreementInputSchema,
})

export const changeAgreementStatusSchema = z
  .strictObject({
    version,
    status: z.enum(agreementStatuses, { error: 'Select a status' }),
    reason: optionalText(1000, 'Reason'),
  })
  .superRefine((value, ctx) => {
    if (value.status !== 'active' && !value.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message:
          value.status === 'paused' ? 'Enter why contact is paused' : 'Enter why contact ended',
      })
    }
  })

export const recordAgreementReviewSchema = z.strictObject({
  version,
  reviewedOn: isoDate('Enter the date of the review'),
  notes: optionalText(2000, 'Notes'),
})

export const redactionSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
})

export const letterDecisionSchema = z
  .strictObject({
    version,
    decision: z.enum(['release', 'return', 'withhold'], {
      error: 'Select what to do with the letter',
    }),
    /** Why it is returned (shown to the writer) or withheld (kept on record). */
    reason: optionalText(2000, 'Reason'),
    /** Passages of the submitted text to take out before release. */
    redactions: z.array(redactionSchema).max(200).default([]),
    /** Each photo's decision; a photo not listed is withheld. */
    photos: z
      .array(z.strictObject({ photoId: z.uuid(), approved: z.boolean() }))
      .max(20)
      .default([]),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'return' && !value.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Enter what the writer needs to change',
      })
    }
    if (value.decision === 'withhold' && !value.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Enter why the letter is not passed on',
      })
    }
    value.redactions.forEach((redaction, index) => {
      if (redaction.end <= redaction.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['redactions', index],
          message: 'Select the words to take out',
        })
      }
    })
  })

export const logPaperLetterSchema = z.strictObject({
  fromSide: z.enum(letterSides, { error: 'Select who the letter is from' }),
  /** For a letter from a birth relative: which one. */
  birthRelativeId: z.uuid({ error: 'Select the birth relative' }).optional(),
  /** The date it was received (from a birth relative or the family) or sent. */
  paperDate: isoDate('Enter the date the letter was received'),
  summary: text('Enter a short summary of the letter', 5000, 'Summary'),
  /** A scanned copy, uploaded first through `POST /api/files`. */
  scanFileId: z.uuid({ error: 'Upload a scanned copy of the letter' }),
})

export const reviewQueueQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

export const agreementsQuerySchema = z.object({
  /** `reviews_due`: agreements whose review date has come; `overdue`: exchanges not received. */
  view: z.enum(['all', 'reviews_due']).default('all'),
  status: agreementStatusSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

export const overdueExchangesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

/** Which page of the child's letters, newest first. */
export const childLetterboxQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

// ---- Responses: families and birth relatives ---------------------------------------------------

/** A photo as its viewer may see it; the bytes come from `getLetterPhoto`. */
export const letterPhotoSchema = z.object({
  id: z.uuid(),
  status: photoStatusSchema,
  width: z.number().int(),
  height: z.number().int(),
})

/**
 * A letter as a writer or a recipient sees it. For a recipient `body` is the released text, with
 * redactions removed, and only approved photos are listed; names are the ones agreed.
 */
export const myLetterSchema = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  /** `sent` by the caller's side, or `received` from the other side. */
  box: z.enum(['sent', 'received']),
  fromName: z.string(),
  toName: z.string(),
  progress: letterProgressSchema,
  body: z.string(),
  /** Why the agency returned it, for the writer to change. */
  returnedReason: z.string().nullable(),
  photos: z.array(letterPhotoSchema),
  submittedAt: z.iso.datetime().nullable(),
  releasedAt: z.iso.datetime().nullable(),
  readAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  replyToLetterId: z.uuid().nullable(),
  /** Whether the caller may answer it (a received letter under a two-way agreement). */
  canReply: z.boolean(),
  /** Whether the caller may change it (their own draft or returned letter). */
  canEdit: z.boolean(),
  photosAllowed: z.boolean(),
  version: z.number().int(),
})
export type MyLetter = z.infer<typeof myLetterSchema>

export const myLetterSummarySchema = myLetterSchema.pick({
  id: true,
  agreementId: true,
  box: true,
  fromName: true,
  toName: true,
  progress: true,
  submittedAt: true,
  releasedAt: true,
  readAt: true,
  updatedAt: true,
})

/** An agreement in plain words, as each side may see it: agreed names only. */
export const myAgreementSchema = z.object({
  id: z.uuid(),
  childName: z.string(),
  /** The other side, as agreed: "Maisie’s mum and dad", or "Birth mum, Sarah". */
  otherPartyNames: z.array(z.string()),
  direction: agreementDirectionSchema,
  /** Whether the caller's side writes under it. */
  canWrite: z.boolean(),
  exchangeMonths: z.array(z.number().int()),
  photosAllowed: z.boolean(),
  cardsAllowed: z.boolean(),
  giftsAllowed: z.boolean(),
  status: agreementStatusSchema,
  /** The caller's side's next letter due: the first day of its month, or null. */
  nextDueMonth: z.string().nullable(),
  /** Due months passed with no letter from the caller's side. */
  overdueMonths: z.array(z.string()),
})

export const myLetterboxSchema = z.object({
  agreements: z.array(myAgreementSchema),
  letters: z.array(myLetterSummarySchema),
})

// ---- Responses: staff --------------------------------------------------------------------------

export const agreementPartySchema = z.object({
  birthRelativeId: z.uuid(),
  fullName: z.string(),
  relationship: partyRelationshipSchema,
  exchangeName: z.string(),
  usesPortal: z.boolean(),
})

export const staffAgreementSummarySchema = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  childName: z.string(),
  familyId: z.uuid(),
  familyReference: z.string(),
  localAuthorityName: z.string(),
  direction: agreementDirectionSchema,
  exchangeMonths: z.array(z.number().int()),
  status: agreementStatusSchema,
  nextReviewOn: z.string(),
  parties: z.array(z.string()),
})

export const exchangeSchema = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  writerSide: letterSideSchema,
  writerName: z.string(),
  dueMonth: z.string(),
  letterId: z.uuid().nullable(),
  remindedAt: z.iso.datetime().nullable(),
  overdue: z.boolean(),
})

export const staffLetterSummarySchema = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  childName: z.string(),
  fromSide: letterSideSchema,
  fromName: z.string(),
  channel: letterChannelSchema,
  status: letterStatusSchema,
  progress: letterProgressSchema,
  submittedAt: z.iso.datetime().nullable(),
  releasedAt: z.iso.datetime().nullable(),
  paperDate: z.string().nullable(),
  photoCount: z.number().int(),
})

export const staffAgreementSchema = staffAgreementSummarySchema.extend({
  photosAllowed: z.boolean(),
  cardsAllowed: z.boolean(),
  giftsAllowed: z.boolean(),
  childExchangeName: z.string(),
  familyExchangeName: z.string(),
  watchWords: z.array(z.string()),
  reminderWeeks: z.number().int(),
  startsOn: z.string(),
  statusReason: z.string().nullable(),
  lastReviewedOn: z.string().nullable(),
  partyDetails: z.array(agreementPartySchema),
  exchanges: z.array(exchangeSchema),
  letters: z.array(staffLetterSummarySchema),
  version: z.number().int(),
})
export type StaffAgreement = z.infer<typeof staffAgreementSchema>

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })

/**
 * A child's letterbox for staff: every agreement, one page of the letters (newest first), and who
 * could join an agreement.
 */
export const childLetterboxSchema = z.object({
  childId: z.uuid(),
  childName: z.string(),
  familyId: z.uuid(),
  familyReference: z.string(),
  agreements: z.array(staffAgreementSummarySchema),
  letters: page(staffLetterSummarySchema),
  birthRelatives: z.array(
    z.object({
      id: z.uuid(),
      fullName: z.string(),
      relationship: z.string(),
      usesPortal: z.boolean(),
    }),
  ),
})

export const highlightSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  kind: identifyingKindSchema,
  reason: z.string(),
})

export const letterDecisionRecordSchema = z.object({
  decision: z.enum(['released', 'returned', 'withheld']),
  versionNumber: z.number().int(),
  reason: z.string().nullable(),
  redactions: z.array(
    z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
  ),
  decidedByName: z.string(),
  decidedAt: z.iso.datetime(),
})

/** A letter as the reviewer sees it: the submitted text, what the check found, every decision. */
export const reviewLetterSchema = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  childId: z.uuid(),
  childName: z.string(),
  familyReference: z.string(),
  fromSide: letterSideSchema,
  fromName: z.string(),
  toNames: z.array(z.string()),
  channel: letterChannelSchema,
  status: letterStatusSchema,
  progress: letterProgressSchema,
  /** The text of the latest version sent for checking. */
  body: z.string(),
  versionNumber: z.number().int(),
  highlights: z.array(highlightSchema),
  photos: z.array(letterPhotoSchema),
  photosAllowed: z.boolean(),
  releasedBody: z.string().nullable(),
  returnedReason: z.string().nullable(),
  submittedAt: z.iso.datetime().nullable(),
  paperDate: z.string().nullable(),
  scanFileId: z.uuid().nullable(),
  decisions: z.array(letterDecisionRecordSchema),
  version: z.number().int(),
})
export type ReviewLetter = z.infer<typeof reviewLetterSchema>

export const reviewQueuePageSchema = page(staffLetterSummarySchema)
export const agreementsPageSchema = page(staffAgreementSummarySchema)
export const overdueExchangesPageSchema = page(
  exchangeSchema.extend({
    childName: z.string(),
    familyReference: z.string(),
    localAuthorityName: z.string(),
  }),
)

// ---- Endpoints ---------------------------------------------------------------------------------

const tag = 'letterbox'

/** The endpoints of letterbox contact. */
export const letterboxEndpoints = {
  getMyLetterbox: defineEndpoint({
    method: 'get',
    path: '/api/letterbox',
    summary:
      'The caller’s contact agreements in plain words, what is due, and letters sent and received',
    tag,
    response: myLetterboxSchema,
  }),
  startLetter: defineEndpoint({
    method: 'post',
    path: '/api/letterbox/agreements/:agreementId/letters',
    summary: 'Start a letter (a draft) under an agreement the caller’s side writes under',
    tag,
    params: agreementParamsSchema,
    body: startLetterSchema,
    response: myLetterSchema,
    successStatus: 201,
  }),
  getMyLetter: defineEndpoint({
    method: 'get',
    path: '/api/letterbox/letters/:letterId',
    summary: 'A letter the caller wrote, or one released to them (opening it marks it read)',
    tag,
    params: letterParamsSchema,
    response: myLetterSchema,
  }),
  saveLetter: defineEndpoint({
    method: 'put',
    path: '/api/letterbox/letters/:letterId',
    summary: 'Save a draft or a returned letter',
    tag,
    params: letterParamsSchema,
    body: saveLetterSchema,
    response: myLetterSchema,
  }),
  sendLetter: defineEndpoint({
    method: 'post',
    path: '/api/letterbox/letters/:letterId/send',
    summary:
      'Send a letter to the agency for checking; sending the same version again sends it once',
    tag,
    params: letterParamsSchema,
    body: sendLetterSchema,
    response: myLetterSchema,
  }),
  addLetterPhoto: defineEndpoint({
    method: 'post',
    path: '/api/letterbox/letters/:letterId/photos',
    summary:
      'Add a photo to a draft (image bytes as application/octet-stream); stored re-encoded without metadata',
    tag,
    params: letterParamsSchema,
    rawBody: 'application/octet-stream',
    response: letterPhotoSchema,
    successStatus: 201,
  }),
  removeLetterPhoto: defineEndpoint({
    method: 'delete',
    path: '/api/letterbox/letters/:letterId/photos/:photoId',
    summary: 'Take a photo off a draft',
    tag,
    params: letterPhotoParamsSchema,
    response: okSchema,
  }),
  getLetterPhoto: defineEndpoint({
    method: 'get',
    path: '/api/letterbox/letters/:letterId/photos/:photoId',
    summary:
      'A photo the caller may see: their own, or an approved photo of a letter released to them',
    tag,
    params: letterPhotoParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  downloadLetterPdf: defineEndpoint({
    method: 'get',
    path: '/api/letterbox/letters/:letterId/pdf',
    summary: 'A letter as a tagged PDF to keep: a released letter as received, or the caller’s own',
    tag,
    params: letterParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),

  findContactAgreements: defineEndpoint({
    method: 'get',
    path: '/api/staff/letterbox/agreements',
    summary: 'Contact agreements in the caller’s councils, or those whose review is due',
    tag,
    query: agreementsQuerySchema,
    response: agreementsPageSchema,
  }),
  createContactAgreement: defineEndpoint({
    method: 'post',
    path: '/api/staff/letterbox/agreements',
    summary: 'Make a contact agreement for a child; its exchanges are scheduled',
    tag,
    body: createAgreementSchema,
    response: staffAgreementSchema,
    successStatus: 201,
  }),
  getContactAgreement: defineEndpoint({
    method: 'get',
    path: '/api/staff/letterbox/agreements/:agreementId',
    summary: 'An agreement with its parties, schedule and letters',
    tag,
    params: agreementParamsSchema,
    response: staffAgreementSchema,
  }),
  changeAgreementStatus: defineEndpoint({
    method: 'post',
    path: '/api/staff/letterbox/agreements/:agreementId/status',
    summary: 'Pause, end or restart an agreement, with a reason',
    tag,
    params: agreementParamsSchema,
    body: changeAgreementStatusSchema,
    response: staffAgreementSchema,
  }),
  recordAgreementReview: defineEndpoint({
    method: 'post',
    path: '/api/staff/letterbox/agreements/:agreementId/reviews',
    summary: 'Record that an agreement was reviewed; the next review is three years on',
    tag,
    params: agreementParamsSchema,
    body: recordAgreementReviewSchema,
    response: staffAgreementSchema,
  }),
  logPaperLetter: defineEndpoint({
    method: 'post',
    path: '/api/staff/letterbox/agreements/:agreementId/paper-letters',
    summary: 'Log a paper letter received or sent, with a scanned copy',
    tag,
    params: agreementParamsSchema,
    body: logPaperLetterSchema,
    response: staffLetterSummarySchema,
    successStatus: 201,
  }),
  findOverdueExchanges: defineEndpoint({
    method: 'get',
    path: '/api/staff/letterbox/overdue',
    summary: 'Exchanges whose month has passed with no letter, oldest first, to follow up',
    tag,
    query: overdueExchangesQuerySchema,
    response: overdueExchangesPageSchema,
  }),
  getChildLetterbox: defineEndpoint({
    method: 'get',
    path: '/api/staff/letterbox/children/:childId',
    summary:
      'A child’s letterbox: agreements, a page of letters (newest first) and the birth relatives who could be parties',
    tag,
    params: letterboxChildParamsSchema,
    query: childLetterboxQuerySchema,
    response: childLetterboxSchema,
  }),
  exportChildLetterbox: defineEndpoint({
    method: 'get',
    path: '/api/staff/letterbox/children/:childId/archive',
    summary: 'The child’s whole letterbox (letters, photos, decisions) as one tagged PDF',
    tag,
    params: letterboxChildParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  findLettersToCheck: defineEndpoint({
    method: 'get',
    path: '/api/staff/letterbox/review-queue',
    summary: 'Letters waiting to be checked, oldest first',
    tag,
    query: reviewQueueQuerySchema,
    response: reviewQueuePageSchema,
  }),
  getLetterForReview: defineEndpoint({
    method: 'get',
    path: '/api/staff/letterbox/letters/:letterId',
    summary:
      'A letter to check, with possible identifying details highlighted (opening it marks it being checked)',
    tag,
    params: letterParamsSchema,
    response: reviewLetterSchema,
  }),
  getLetterPhotoForReview: defineEndpoint({
    method: 'get',
    path: '/api/staff/letterbox/letters/:letterId/photos/:photoId',
    summary: 'A photo sent with a letter, for the reviewer',
    tag,
    params: letterPhotoParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  decideLetter: defineEndpoint({
    method: 'post',
    path: '/api/staff/letterbox/letters/:letterId/decision',
    summary:
      'Release (with redactions), return to the writer, or withhold a letter; 409 if it changed',
    tag,
    params: letterParamsSchema,
    body: letterDecisionSchema,
    response: reviewLetterSchema,
  }),
} as const
