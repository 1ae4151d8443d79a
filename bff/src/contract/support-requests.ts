import { z } from 'zod'
import { idempotencyKey, optionalText, text, version } from './fields.ts'
import { defineEndpoint } from './endpoint.ts'

// ---- Words the service uses ------------------------------------------------------------------

/** What the help is about: the duty line's categories (DOMAIN.md). */
export const supportCategories = [
  'advice',
  'therapeutic_support',
  'education',
  'contact_and_letterbox',
  'groups_and_training',
  'financial',
  'crisis_or_child_to_parent_violence',
  'life_story_and_identity',
  'birth_relative_counselling',
  'help_writing_a_letter',
  'other',
] as const
export const supportCategorySchema = z.enum(supportCategories)
export type SupportCategory = z.infer<typeof supportCategorySchema>

export const supportCategoryNames: Record<SupportCategory, string> = {
  advice: 'Advice or information',
  therapeutic_support:
    'Therapeutic support, including therapy paid for by the Adoption Support Fund',
  education: 'School or education',
  contact_and_letterbox: 'Contact with birth family, including letterbox',
  groups_and_training: 'Support groups and training',
  financial: 'Money and financial support',
  crisis_or_child_to_parent_violence: 'A crisis, or violence from a child to a parent',
  life_story_and_identity: 'Life story work and the child’s identity',
  birth_relative_counselling: 'Counselling and support for you as a birth relative',
  help_writing_a_letter: 'Help to write a letterbox letter',
  other: 'Something else',
}

/** Where a birth relative's words differ from a family's: contact is, for them, letterbox help. */
const birthRelativeCategoryNames: Partial<Record<SupportCategory, string>> = {
  contact_and_letterbox: 'Help with letterbox contact',
}

/**
 * A category in the words of whoever asked: a birth relative never reads "Contact with birth
 * family". Staff read a request in the same words as the person who made it.
 */
export function supportCategoryName(category: SupportCategory, queue: Queue): string {
  return (
    (queue === 'birth_relative' ? birthRelativeCategoryNames[category] : undefined) ??
    supportCategoryNames[category]
  )
}

/**
 * The category that makes a request a crisis, as a safeguarding flag does: waiting for triage it
 * comes first in the queue, and it must have a worker within the agency's standard.
 */
export const crisisCategory = 'crisis_or_child_to_parent_violence' satisfies SupportCategory

/** The categories each kind of person may choose from. */
export const familyCategories = [
  'advice',
  'therapeutic_support',
  'education',
  'contact_and_letterbox',
  'groups_and_training',
  'financial',
  'crisis_or_child_to_parent_violence',
  'life_story_and_identity',
  'other',
] as const satisfies readonly SupportCategory[]
export const birthRelativeCategories = [
  'birth_relative_counselling',
  'help_writing_a_letter',
  'contact_and_letterbox',
  'advice',
  'other',
] as const satisfies readonly SupportCategory[]

export const urgencies = ['urgent', 'soon', 'routine'] as const
export const urgencySchema = z.enum(urgencies)
export type Urgency = z.infer<typeof urgencySchema>
/** What each urgency is called, by families and staff alike. */
export const urgencyNames: Record<Urgency, string> = {
  urgent: 'Urgent',
  soon: 'Soon',
  routine: 'Not urgent',
}
/** What each urgency means, in the words of a family choosing it. */
const urgencyMeanings: Record<Urgency, string | null> = {
  urgent: 'we need help within a day',
  soon: 'within the next few days',
  routine: null,
}
/** A family's choice of urgency: its name, then what it means ("Urgent: we need help within a day"). */
export const urgencyChoiceNames = Object.fromEntries(
  urgencies.map((urgency) => {
    const meaning = urgencyMeanings[urgency]
    return [
      urgency,
      meaning === null ? urgencyNames[urgency] : `${urgencyNames[urgency]}: ${meaning}`,
    ]
  }),
) as Record<Urgency, string>

export const contactMethods = ['phone', 'email', 'portal'] as const
export const contactMethodSchema = z.enum(contactMethods)
export const contactMethodNames: Record<z.infer<typeof contactMethodSchema>, string> = {
  phone: 'By phone',
  email: 'By email',
  portal: 'By message in this service',
}

/** How a request reached the service. */
export const channels = ['portal', 'phone', 'email', 'letter', 'referral'] as const
export const channelSchema = z.enum(channels)
export type Channel = z.infer<typeof channelSchema>

/** Who a request is for: families and birth relatives have separate queues. */
export const queues = ['family', 'birth_relative'] as const
export const queueSchema = z.enum(queues)
export type Queue = z.infer<typeof queueSchema>

/**
 * Where a request stands. One state machine in the BFF moves requests between these; an illegal
 * move answers 409.
 */
export const supportStatuses = [
  'new',
  'duty_support',
  'advice_call_booked',
  'awaiting_allocation',
  'allocated',
  'closed',
  'withdrawn',
] as const
export const supportStatusSchema = z.enum(supportStatuses)
export type SupportStatus = z.infer<typeof supportStatusSchema>
export const openStatuses = [
  'new',
  'duty_support',
  'advice_call_booked',
  'awaiting_allocation',
  'allocated',
] as const satisfies readonly SupportStatus[]

/** Staff words for a status. */
export const supportStatusNames: Record<SupportStatus, string> = {
  new: 'New',
  duty_support: 'Duty support',
  advice_call_booked: 'Advice call booked',
  awaiting_allocation: 'Awaiting allocation',
  allocated: 'Allocated',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
}

/** Plain words for families and birth relatives. */
export const supportStatusPlainWords: Record<SupportStatus, string> = {
  new: 'We have your request',
  duty_support: 'The duty team is helping you',
  advice_call_booked: 'A support and advice call is booked',
  awaiting_allocation: 'Waiting for a support worker',
  allocated: 'Your support worker is helping you',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
}

export const triageDecisions = [
  'advice_and_close',
  'offer_group_or_training',
  'duty_support',
  'book_advice_call',
  'allocate_for_assessment',
  'refer_on',
] as const
export const triageDecisionSchema = z.enum(triageDecisions)
export type TriageDecision = z.infer<typeof triageDecisionSchema>
export const triageDecisionNames: Record<TriageDecision, string> = {
  advice_and_close: 'Give advice and close',
  offer_group_or_training: 'Offer a group or training',
  duty_support: 'Short-term duty support',
  book_advice_call: 'Book a support and advice call',
  allocate_for_assessment: 'Allocate for an assessment of need',
  refer_on: 'Refer on (safeguarding or another service)',
}

/** How the duty line classifies every contact, so that every call is counted. */
export const contactClassifications = [
  'new_request_action',
  'new_request_advice',
  'update_on_open_request',
  'seeking_information',
  'wrong_number',
] as const
export const contactClassificationSchema = z.enum(contactClassifications)
export type ContactClassification = z.infer<typeof contactClassificationSchema>
export const contactClassificationNames: Record<ContactClassification, string> = {
  new_request_action: 'New request needing action',
  new_request_advice: 'New request for advice only',
  update_on_open_request: 'Update on an open request',
  seeking_information: 'Seeking information',
  wrong_number: 'Wrong number or not for this service',
}

export const contactChannels = ['phone', 'email', 'letter', 'referral'] as const
export const referralSources = ['school', 'health', 'another_agency', 'other'] as const
export const referralSourceNames: Record<(typeof referralSources)[number], string> = {
  school: 'School',
  health: 'Health',
  another_agency: 'Another agency',
  other: 'Other',
}

export const closureOutcomes = [
  'needs_met',
  'advice_given',
  'signposted',
  'referred_on',
  'no_longer_needed',
  'no_response',
] as const
export const closureOutcomeSchema = z.enum(closureOutcomes)
export const closureOutcomeNames: Record<(typeof closureOutcomes)[number], string> = {
  needs_met: 'Support given and needs met',
  advice_given: 'Advice given',
  signposted: 'Signposted to another service',
  referred_on: 'Referred on',
  no_longer_needed: 'Support no longer needed',
  no_response: 'No response from the family',
}

// ---- Inputs ------------------------------------------------------------------------------------

export const askForSupportSchema = z.strictObject({
  idempotencyKey,
  categories: z
    .array(supportCategorySchema, { error: 'Select what you need help with' })
    .min(1, 'Select what you need help with')
    .max(supportCategories.length),
  /** For adoptive families: which of their children it is about (may be none). */
  childIds: z.array(z.uuid()).max(20).default([]),
  description: text('Enter what is happening', 5000, 'What is happening'),
  urgency: z.enum(urgencies, { error: 'Select how urgent it is' }),
  contactMethod: z.enum(contactMethods, { error: 'Select how we should contact you' }),
  /** A phone number, when they chose phone. */
  contactPhone: z
    .string()
    .trim()
    .max(20, 'Enter a telephone number, like 01632 960 001 or 07700 900 982')
    .regex(/^[0-9 +()-]*$/, 'Enter a telephone number, like 01632 960 001 or 07700 900 982')
    .optional(),
  contactTimes: optionalText(500, 'When to contact you'),
})
export type AskForSupport = z.infer<typeof askForSupportSchema>

/** A half-finished "Ask for support", kept for when they come back. */
export const supportDraftSchema = z.object({
  categories: z.array(supportCategorySchema).max(supportCategories.length).optional(),
  childIds: z.array(z.uuid()).max(20).optional(),
  description: z.string().max(5000).optional(),
  urgency: urgencySchema.optional(),
  contactMethod: contactMethodSchema.optional(),
  contactPhone: z.string().max(20).optional(),
  contactTimes: z.string().max(500).optional(),
})
export type SupportDraft = z.infer<typeof supportDraftSchema>
export const saveSupportDraftSchema = z.strictObject({ draft: supportDraftSchema })
export const supportDraftResponseSchema = z.object({
  draft: supportDraftSchema.nullable(),
  savedAt: z.iso.datetime().nullable(),
})

export const supportRequestParamsSchema = z.object({
  supportRequestId: z.uuid({ error: 'Page not found' }),
})

export const sendMessageSchema = z.strictObject({
  idempotencyKey,
  body: text('Enter your message', 5000, 'Your message'),
  /** Files uploaded with `POST /api/files` first, sent with this message. */
  attachmentIds: z
    .array(z.uuid({ error: 'Upload the file again' }))
    .max(5, 'You can attach up to 5 files to a message')
    .default([]),
})

/** What an upload may be: checked from the file's bytes, never its name. */
export const attachmentTypes = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/x-cfb': 'Word 97-2003 document',
} as const
export const maxAttachmentBytes = 10 * 1024 * 1024
export const fileParamsSchema = z.object({ fileId: z.uuid({ error: 'Page not found' }) })

export const withdrawSchema = z.strictObject({
  version,
  reason: optionalText(1000, 'Why you are withdrawing'),
})

/** How satisfied a family or birth relative was with the support, in GOV.UK's feedback words. */
export const feedbackRatings = [
  'very_satisfied',
  'satisfied',
  'neither',
  'dissatisfied',
  'very_dissatisfied',
] as const
export type FeedbackRating = (typeof feedbackRatings)[number]
export const feedbackRatingNames: Record<FeedbackRating, string> = {
  very_satisfied: 'Very satisfied',
  satisfied: 'Satisfied',
  neither: 'Neither satisfied nor dissatisfied',
  dissatisfied: 'Dissatisfied',
  very_dissatisfied: 'Very dissatisfied',
}

export const leaveFeedbackSchema = z.strictObject({
  rating: z.enum(feedbackRatings, { error: 'Select how satisfied you were with the support' }),
  comment: optionalText(1200, 'How we could improve'),
})
export type LeaveFeedback = z.infer<typeof leaveFeedbackSchema>

export const triageSchema = z
  .strictObject({
    version,
    decision: z.enum(triageDecisions, { error: 'Select a triage decision' }),
    reason: text('Enter the reason for the decision', 2000, 'Reason'),
    /** The support tier, from the agency's configured tiers. */
    tier: z.number().int().min(1).max(9).optional(),
    safeguarding: z.boolean().default(false),
    /** For `book_advice_call`: when, as an ISO instant. */
    adviceCallAt: z.iso.datetime({ offset: true }).optional(),
    /** For `refer_on`: to whom. */
    referredTo: optionalText(200, 'Who it was referred to'),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'book_advice_call' && !value.adviceCallAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['adviceCallAt'],
        message: 'Enter the date and time of the call',
      })
    }
    if (value.decision === 'refer_on' && !value.referredTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['referredTo'],
        message: 'Enter who it was referred to',
      })
    }
  })

export const allocateSchema = z.strictObject({
  version,
  workerId: z.uuid({ error: 'Select a worker' }),
  reason: optionalText(1000, 'Reason'),
})

/** Link an enquirer's request to the family record once the family is known. */
export const linkFamilySchema = z.strictObject({
  version,
  familyId: z.uuid({ error: 'Select the family' }),
})

export const addNoteSchema = z.strictObject({
  body: text('Enter the case note', 5000, 'Case note'),
})

export const closeSchema = z.strictObject({
  version,
  outcome: z.enum(closureOutcomes, { error: 'Select the outcome' }),
  reason: optionalText(2000, 'Closing summary'),
})

export const logContactSchema = z
  .strictObject({
    idempotencyKey,
    channel: z.enum(contactChannels, { error: 'Select how the contact came in' }),
    referralSource: z.enum(referralSources).optional(),
    classification: z.enum(contactClassifications, { error: 'Select what kind of contact it was' }),
    /** A known family; or else an enquirer's name for someone not yet a portal user. */
    familyId: z.uuid().optional(),
    enquirerName: optionalText(200, 'Name'),
    enquirerContact: optionalText(200, 'Phone number or email address'),
    /** For an enquirer: the local authority responsible (a family's own is used otherwise). */
    localAuthorityId: z.uuid().optional(),
    /** For an update: the open request it is about. */
    supportRequestId: z.uuid().optional(),
    categories: z.array(supportCategorySchema).max(supportCategories.length).default([]),
    urgency: urgencySchema.default('routine'),
    summary: text('Enter a summary of the contact', 5000, 'Summary'),
  })
  .superRefine((value, ctx) => {
    const makesRequest =
      value.classification === 'new_request_action' || value.classification === 'new_request_advice'
    if (value.channel === 'referral' && !value.referralSource) {
      ctx.addIssue({
        code: 'custom',
        path: ['referralSource'],
        message: 'Select who made the referral',
      })
    }
    if (makesRequest && !value.familyId && !value.enquirerName) {
      ctx.addIssue({
        code: 'custom',
        path: ['enquirerName'],
        message: 'Select a family, or enter the name of the person who got in touch',
      })
    }
    if (makesRequest && !value.familyId && !value.localAuthorityId) {
      ctx.addIssue({
        code: 'custom',
        path: ['localAuthorityId'],
        message: 'Select the local authority responsible',
      })
    }
    if (makesRequest && value.categories.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['categories'],
        message: 'Select what they need help with',
      })
    }
    if (value.classification === 'update_on_open_request' && !value.supportRequestId) {
      ctx.addIssue({
        code: 'custom',
        path: ['supportRequestId'],
        message: 'Enter the reference of the open request',
      })
    }
  })

/**
 * The queue's views: what is waiting for the support line (every open request but those allocated
 * to a worker, whose work is in that worker's "My work"), and every open request.
 */
export const queueViews = ['waiting', 'open'] as const
export type QueueView = (typeof queueViews)[number]
export const queueViewNames: Record<QueueView, string> = {
  waiting: 'Waiting for the support line',
  open: 'All open requests',
}
/** The open statuses the support line itself must act on. */
export const waitingStatuses = [
  'new',
  'duty_support',
  'advice_call_booked',
  'awaiting_allocation',
] as const satisfies readonly SupportStatus[]

export const queueQuerySchema = z.object({
  queue: queueSchema.optional(),
  localAuthorityId: z.uuid({ error: 'Select a local authority' }).optional(),
  category: supportCategorySchema.optional(),
  /** A view (`waiting`, the default, or `open`), one status, or `all`. */
  status: z.enum([...queueViews, ...supportStatuses, 'all']).default('waiting'),
  /** A worker's id, or `unallocated`. */
  workerId: z.union([z.uuid(), z.literal('unallocated')]).optional(),
  q: z.string().trim().max(100, 'Search must be 100 characters or fewer').optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

// ---- Outputs ---------------------------------------------------------------------------------

/**
 * What the support line owes on an open request, and by when: a first reply (or, once a reply is
 * sent, the triage decision) within the response standard for its urgency, and for a crisis or
 * safeguarding concern a named worker within the agency's standard.
 */
export const actionsDue = ['reply', 'triage', 'allocation'] as const
export const actionDueSchema = z.object({
  action: z.enum(actionsDue),
  /** The London date it is due by, yyyy-mm-dd. */
  dueOn: z.iso.date(),
  /** Working days left (0 on the day, negative when overdue). */
  workingDaysLeft: z.number().int(),
  overdue: z.boolean(),
})
export type ActionDue = z.infer<typeof actionDueSchema>

export const timelineEntrySchema = z.object({
  id: z.uuid(),
  occurredAt: z.iso.datetime(),
  kind: z.string(),
  /** What happened, in words the reader can see. */
  summary: z.string(),
  actorName: z.string().nullable(),
})

export const attachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
})

export const messageSchema = z.object({
  id: z.uuid(),
  sentAt: z.iso.datetime(),
  /** `family` for the family's (or birth relative's) own, `team` for the agency's. */
  from: z.enum(['family', 'team']),
  authorName: z.string(),
  body: z.string(),
  attachments: z.array(attachmentSchema),
})

/** What a family or birth relative sees of their own request. */
export const mySupportRequestSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  categories: z.array(supportCategorySchema),
  status: supportStatusSchema,
  statusText: z.string(),
  receivedAt: z.iso.datetime(),
  workerName: z.string().nullable(),
  unreadMessages: z.number().int(),
})
export const mySupportRequestsSchema = z.object({
  requests: z.array(mySupportRequestSummarySchema),
})

export const mySupportRequestSchema = mySupportRequestSummarySchema.extend({
  description: z.string(),
  urgency: urgencySchema,
  children: z.array(z.object({ id: z.uuid(), firstName: z.string() })),
  contactMethod: contactMethodSchema,
  adviceCallAt: z.iso.datetime().nullable(),
  expectedReplyBy: z.iso.date().nullable(),
  timeline: z.array(timelineEntrySchema),
  messages: z.array(messageSchema),
  canWithdraw: z.boolean(),
  /** What they said of the support, once the request closed; null until they say it. */
  feedback: z
    .object({
      rating: z.enum(feedbackRatings),
      comment: z.string().nullable(),
      leftAt: z.iso.datetime(),
    })
    .nullable(),
  canLeaveFeedback: z.boolean(),
  version: z.number().int(),
})
export type MySupportRequest = z.infer<typeof mySupportRequestSchema>

export const supportRequestCreatedSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  /** True when it arrived outside duty hours. */
  outsideDutyHours: z.boolean(),
  /** When the duty line next opens (ISO instant), when it arrived outside duty hours. */
  dutyOpensAt: z.iso.datetime().nullable(),
  /** The date (yyyy-mm-dd) they can expect a reply by, counting working days. */
  expectedReplyBy: z.iso.date(),
})

/** A row of the triage queue. */
export const queueItemSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  queue: queueSchema,
  /** Adopters' names for family requests; the birth relative's name for theirs. */
  name: z.string(),
  localAuthorityName: z.string(),
  categories: z.array(supportCategorySchema),
  urgency: urgencySchema,
  status: supportStatusSchema,
  channel: channelSchema,
  receivedAt: z.iso.datetime(),
  workerName: z.string().nullable(),
  safeguarding: z.boolean(),
  /** What the support line must do next, and by when; null when nothing is due. */
  due: actionDueSchema.nullable(),
  /** The booked support and advice call, the next thing to happen when nothing is due. */
  adviceCallAt: z.iso.datetime().nullable(),
})
export type QueueItem = z.infer<typeof queueItemSchema>
export const queuePageSchema = z.object({
  items: z.array(queueItemSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  /** How many requests each view holds, with the other filters as they are. */
  views: z.record(z.enum(queueViews), z.number().int()),
})

export const supportTierSchema = z.object({ level: z.number().int(), name: z.string() })

export const staffSupportRequestSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  queue: queueSchema,
  status: supportStatusSchema,
  channel: channelSchema,
  categories: z.array(supportCategorySchema),
  urgency: urgencySchema,
  description: z.string(),
  contactMethod: contactMethodSchema,
  contactPhone: z.string().nullable(),
  contactTimes: z.string().nullable(),
  receivedAt: z.iso.datetime(),
  localAuthority: z.object({ id: z.uuid(), name: z.string() }),
  /** The family, for family requests (null for birth relatives' and unlinked enquirers'). */
  family: z
    .object({ id: z.uuid(), reference: z.string(), parentNames: z.array(z.string()) })
    .nullable(),
  /** The birth relative, for their requests: never linked to the adoptive family here. */
  birthRelative: z.object({ id: z.uuid(), name: z.string(), relationship: z.string() }).nullable(),
  enquirer: z.object({ name: z.string(), contact: z.string().nullable() }).nullable(),
  children: z.array(z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() })),
  worker: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  tier: supportTierSchema.nullable(),
  safeguarding: z.boolean(),
  adviceCallAt: z.iso.datetime().nullable(),
  /** Working days from enquiry to the booked call, for reports. */
  daysToAdviceCall: z.number().int().nullable(),
  due: actionDueSchema.nullable(),
  outcome: closureOutcomeSchema.nullable(),
  timeline: z.array(timelineEntrySchema),
  messages: z.array(messageSchema),
  notes: z.array(
    z.object({
      id: z.uuid(),
      writtenAt: z.iso.datetime(),
      authorName: z.string(),
      body: z.string(),
    }),
  ),
  /** What may happen next, from the state machine: the page offers only these. */
  allowedActions: z.array(
    z.enum(['triage', 'allocate', 'close', 'message', 'note', 'link-family']),
  ),
  version: z.number().int(),
})
export type StaffSupportRequest = z.infer<typeof staffSupportRequestSchema>

export const workerCaseloadSchema = z.object({
  workers: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      role: z.enum(['support_worker', 'team_manager', 'duty_officer']),
      openCases: z.number().int(),
    }),
  ),
})

export const supportSettingsSchema = z.object({
  dutyHours: z.object({
    days: z.array(z.number().int().min(1).max(7)),
    opens: z.string(),
    closes: z.string(),
  }),
  /** Working days to a first reply, by urgency. */
  responseStandards: z.record(urgencySchema, z.number().int()),
  /** Working days within which a crisis or safeguarding concern must have a named worker. */
  crisisAllocationDays: z.number().int(),
  tiers: z.array(supportTierSchema),
})

export const contactLoggedSchema = z.object({
  id: z.uuid(),
  /** The request it made or updated, if any. */
  supportRequest: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
})

export const myWorkSchema = z.object({
  counts: z.record(supportStatusSchema, z.number().int()),
  overdue: z.number().int(),
  items: z.array(queueItemSchema),
})

export const teamViewSchema = z.object({
  countsByStatus: z.record(supportStatusSchema, z.number().int()),
  /** Open requests past what is due on them. */
  overdue: z.number().int(),
  unallocated: z.number().int(),
  /** How many crisis and safeguarding requests are without a worker past the agency's standard. */
  crisisOverdueCount: z.number().int(),
  /** The first 50 of them, the longest without a worker first. */
  crisisOverdue: z.array(queueItemSchema),
  safeguardingAlerts: z.array(queueItemSchema),
  workers: workerCaseloadSchema.shape.workers,
})

/** The endpoints of support requests. */
export const supportRequestEndpoints = {
  getSupportDraft: defineEndpoint({
    method: 'get',
    path: '/api/my/support-request-draft',
    summary: 'The signed-in person’s half-finished request for support, if any',
    tag: 'support-requests',
    response: supportDraftResponseSchema,
  }),
  saveSupportDraft: defineEndpoint({
    method: 'put',
    path: '/api/my/support-request-draft',
    summary: 'Keep a half-finished request for support',
    tag: 'support-requests',
    body: saveSupportDraftSchema,
    response: supportDraftResponseSchema,
  }),
  askForSupport: defineEndpoint({
    method: 'post',
    path: '/api/my/support-requests',
    summary: 'Ask for support (the same idempotency key makes one request)',
    tag: 'support-requests',
    body: askForSupportSchema,
    response: supportRequestCreatedSchema,
    successStatus: 201,
  }),
  findMySupportRequests: defineEndpoint({
    method: 'get',
    path: '/api/my/support-requests',
    summary: 'The signed-in person’s requests for support',
    tag: 'support-requests',
    response: mySupportRequestsSchema,
  }),
  getMySupportRequest: defineEndpoint({
    method: 'get',
    path: '/api/my/support-requests/:supportRequestId',
    summary: 'One of the signed-in person’s requests: status, timeline, worker and messages',
    tag: 'support-requests',
    params: supportRequestParamsSchema,
    response: mySupportRequestSchema,
  }),
  sendMyMessage: defineEndpoint({
    method: 'post',
    path: '/api/my/support-requests/:supportRequestId/messages',
    summary: 'Send a message to the team about a request',
    tag: 'support-requests',
    params: supportRequestParamsSchema,
    body: sendMessageSchema,
    response: mySupportRequestSchema,
    successStatus: 201,
  }),
  withdrawMySupportRequest: defineEndpoint({
    method: 'post',
    path: '/api/my/support-requests/:supportRequestId/withdraw',
    summary: 'Withdraw a request',
    tag: 'support-requests',
    params: supportRequestParamsSchema,
    body: withdrawSchema,
    response: mySupportRequestSchema,
  }),
  leaveMyFeedback: defineEndpoint({
    method: 'post',
    path: '/api/my/support-requests/:supportRequestId/feedback',
    summary: 'Say how satisfied you were with the support, once a request is closed',
    tag: 'support-requests',
    params: supportRequestParamsSchema,
    body: leaveFeedbackSchema,
    response: mySupportRequestSchema,
    successStatus: 201,
  }),
  logContact: defineEndpoint({
    method: 'post',
    path: '/api/contacts',
    summary: 'Log a contact by phone, email, letter or referral (new requests are made from it)',
    tag: 'support-line',
    body: logContactSchema,
    response: contactLoggedSchema,
    successStatus: 201,
  }),
  findSupportRequests: defineEndpoint({
    method: 'get',
    path: '/api/support-requests',
    summary: 'The triage queue: what needs the support line’s action first, filtered and paginated',
    tag: 'support-line',
    query: queueQuerySchema,
    response: queuePageSchema,
  }),
  getSupportRequest: defineEndpoint({
    method: 'get',
    path: '/api/support-requests/:supportRequestId',
    summary: 'A request as staff see it, with internal notes and what may happen next',
    tag: 'support-line',
    params: supportRequestParamsSchema,
    response: staffSupportRequestSchema,
  }),
  triageSupportRequest: defineEndpoint({
    method: 'post',
    path: '/api/support-requests/:supportRequestId/triage',
    summary: 'Record a triage decision with its reason',
    tag: 'support-line',
    params: supportRequestParamsSchema,
    body: triageSchema,
    response: staffSupportRequestSchema,
  }),
  allocateSupportRequest: defineEndpoint({
    method: 'post',
    path: '/api/support-requests/:supportRequestId/allocation',
    summary: 'Allocate (or re-allocate) a request to a worker',
    tag: 'support-line',
    params: supportRequestParamsSchema,
    body: allocateSchema,
    response: staffSupportRequestSchema,
  }),
  linkSupportRequestToFamily: defineEndpoint({
    method: 'post',
    path: '/api/support-requests/:supportRequestId/family',
    summary: 'Link an enquirer’s request to their family record, once known',
    tag: 'support-line',
    params: supportRequestParamsSchema,
    body: linkFamilySchema,
    response: staffSupportRequestSchema,
  }),
  addCaseNote: defineEndpoint({
    method: 'post',
    path: '/api/support-requests/:supportRequestId/notes',
    summary: 'Add an internal case note (the family never sees it)',
    tag: 'support-line',
    params: supportRequestParamsSchema,
    body: addNoteSchema,
    response: staffSupportRequestSchema,
    successStatus: 201,
  }),
  sendTeamMessage: defineEndpoint({
    method: 'post',
    path: '/api/support-requests/:supportRequestId/messages',
    summary: 'Send a message to the family (or birth relative) about a request',
    tag: 'support-line',
    params: supportRequestParamsSchema,
    body: sendMessageSchema,
    response: staffSupportRequestSchema,
    successStatus: 201,
  }),
  closeSupportRequest: defineEndpoint({
    method: 'post',
    path: '/api/support-requests/:supportRequestId/close',
    summary: 'Close a request with an outcome',
    tag: 'support-line',
    params: supportRequestParamsSchema,
    body: closeSchema,
    response: staffSupportRequestSchema,
  }),
  findWorkers: defineEndpoint({
    method: 'get',
    path: '/api/workers',
    summary: 'Workers who may take requests, with their current caseloads',
    tag: 'support-line',
    response: workerCaseloadSchema,
  }),
  getMyWork: defineEndpoint({
    method: 'get',
    path: '/api/my/work',
    summary: 'The signed-in worker’s requests: counts by status, overdue, the list',
    tag: 'support-line',
    response: myWorkSchema,
  }),
  getTeamView: defineEndpoint({
    method: 'get',
    path: '/api/team',
    summary: 'The team’s figures for managers: by status, overdue, unallocated, safeguarding',
    tag: 'support-line',
    response: teamViewSchema,
  }),
  getSupportSettings: defineEndpoint({
    method: 'get',
    path: '/api/support-settings',
    summary: 'The agency’s duty hours, response standards and support tiers',
    tag: 'support-line',
    response: supportSettingsSchema,
  }),
} as const
