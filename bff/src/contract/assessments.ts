import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'
import { isoDate, optionalText, text, version } from './fields.ts'
import type { Role } from './session.ts'

/**
 * Who starts and writes assessments: support workers, and team managers too. The BFF's access rule,
 * and who the web app shows a link to start one.
 */
export const assessmentWriterRoles = ['support_worker', 'team_manager'] as const

export function canStartAssessments(role: Role): boolean {
  return (assessmentWriterRoles as readonly Role[]).includes(role)
}

// ---- Words the service uses ------------------------------------------------------------------

/**
 * Where an assessment of adoption support needs is (Adoption Support Services Regulations 2005):
 * written by a worker, signed off by a team manager, proposed to the family, who may agree or make
 * representations, then decided.
 */
export const assessmentStatuses = [
  'waiting',
  'in_progress',
  'awaiting_sign_off',
  'returned',
  'signed_off',
  'proposal_sent',
  'response_received',
  'decided',
  'withdrawn',
] as const
export const assessmentStatusSchema = z.enum(assessmentStatuses)
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>
export const assessmentStatusNames: Record<AssessmentStatus, string> = {
  waiting: 'Waiting to start',
  in_progress: 'In progress',
  awaiting_sign_off: 'Waiting for sign-off',
  returned: 'Returned for changes',
  signed_off: 'Signed off',
  proposal_sent: 'Proposed decision sent',
  response_received: 'Response received',
  decided: 'Decided',
  withdrawn: 'Withdrawn',
}

/** Whose needs are assessed: an adoptive family (its children and parents) or a birth relative. */
export const assessmentSubjects = ['adoptive_family', 'birth_relative'] as const
export const assessmentSubjectSchema = z.enum(assessmentSubjects)
export type AssessmentSubject = z.infer<typeof assessmentSubjectSchema>

/**
 * The sections of an assessment, as a GOV.UK task list: the child's needs by domain (DOMAIN.md §4),
 * the parents' needs, the views of the child and of the adopters, other professionals' input, the
 * analysis and the recommended services. Each is saved and finished on its own, in any order.
 */
export const assessmentSections = [
  'emotional_behavioural',
  'attachment',
  'education',
  'health',
  'identity_contact',
  'family_relationships',
  'parents_needs',
  'child_views',
  'adopters_views',
  'professionals_input',
  'analysis',
  'recommended_services',
] as const
export const assessmentSectionSchema = z.enum(assessmentSections)
export type AssessmentSection = z.infer<typeof assessmentSectionSchema>
export const assessmentSectionNames: Record<AssessmentSection, string> = {
  emotional_behavioural: 'Emotional and behavioural development',
  attachment: 'Attachment',
  education: 'Education',
  health: 'Health',
  identity_contact: 'Identity and contact',
  family_relationships: 'Family relationships',
  parents_needs: 'The parents’ needs',
  child_views: 'The child’s views',
  adopters_views: 'The adopters’ views',
  professionals_input: 'Other professionals’ input',
  analysis: 'Analysis',
  recommended_services: 'Recommended services',
}

/** How the family answered the proposed decision. */
export const proposalResponses = ['agreed', 'representations'] as const
export const proposalResponseSchema = z.enum(proposalResponses)
export type ProposalResponse = z.infer<typeof proposalResponseSchema>

/** A support plan: written, shared with the family (then reviewed), and closed with an outcome. */
export const planStatuses = ['draft', 'active', 'closed'] as const
export const planStatusSchema = z.enum(planStatuses)
export type PlanStatus = z.infer<typeof planStatusSchema>
export const planStatusNames: Record<PlanStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
}

/** Who pays for a service in a support plan. */
export const fundingSources = [
  'agency',
  'adoption_support_fund',
  'education',
  'health',
  'other',
] as const
export const fundingSourceSchema = z.enum(fundingSources)
export type FundingSource = z.infer<typeof fundingSourceSchema>
export const fundingSourceNames: Record<FundingSource, string> = {
  agency: 'The agency',
  adoption_support_fund: 'Adoption Support Fund',
  education: 'Education',
  health: 'Health',
  other: 'Other',
}

/** What the family (or birth relative) is told about where their assessment is. */
export const myAssessmentStageNames: Record<AssessmentStatus, string> = {
  waiting: 'We have your request and will start the assessment soon',
  in_progress: 'Your worker is carrying out the assessment',
  awaiting_sign_off: 'Your worker is carrying out the assessment',
  returned: 'Your worker is carrying out the assessment',
  signed_off: 'The assessment is finished and we are writing to you with what we propose',
  proposal_sent: 'We have sent you what we propose: tell us what you think',
  response_received: 'We have your response and will send you our decision',
  decided: 'We have made our decision',
  withdrawn: 'The assessment was stopped',
}

// ---- Inputs ------------------------------------------------------------------------------------

const pageNotFound = { error: 'Page not found' }
export const assessmentParamsSchema = z.object({ assessmentId: z.uuid(pageNotFound) })
export const assessmentSectionParamsSchema = z.object({
  assessmentId: z.uuid(pageNotFound),
  section: z.enum(assessmentSections, pageNotFound),
})
export const planParamsSchema = z.object({ planId: z.uuid(pageNotFound) })

export const maxSectionLength = 20_000

export const assessmentsQuerySchema = z.object({
  /** `mine`: the caller's own; `all`: every one in scope; `late`: past a standard. */
  view: z.enum(['mine', 'all', 'late']).default('all'),
  status: assessmentStatusSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

/** Start an assessment: of a family (some of its children and parents) or of a birth relative. */
export const startAssessmentSchema = z.discriminatedUnion(
  'subject',
  [
    z.strictObject({
      subject: z.literal('adoptive_family'),
      familyId: z.uuid({ error: 'Select a family' }),
      childIds: z
        .array(z.uuid({ error: 'Select the children assessed' }), {
          error: 'Select the children assessed',
        })
        .min(1, 'Select the children assessed')
        .max(20),
      parentIds: z
        .array(z.uuid({ error: 'Select the adopters assessed' }), {
          error: 'Select the adopters assessed',
        })
        .min(1, 'Select the adopters assessed')
        .max(10),
      reason: text('Enter why the assessment was asked for', 2000, 'Reason'),
      requestedOn: isoDate('Enter the date the assessment was asked for'),
      supportRequestId: z.uuid().optional(),
      workerUserId: z.uuid({ error: 'Select a worker' }).optional(),
    }),
    z.strictObject({
      subject: z.literal('birth_relative'),
      birthRelativeId: z.uuid({ error: 'Select a birth relative' }),
      reason: text('Enter why the assessment was asked for', 2000, 'Reason'),
      requestedOn: isoDate('Enter the date the assessment was asked for'),
      supportRequestId: z.uuid().optional(),
      workerUserId: z.uuid({ error: 'Select a worker' }).optional(),
    }),
  ],
  { error: 'Select whose needs are assessed' },
)

/** Save a section: its text and whether it is finished, at the version it was read. */
export const saveSectionSchema = z.strictObject({
  version: z.number().int().min(0),
  content: z
    .string({ error: 'Enter the section' })
    .max(
      maxSectionLength,
      `The section must be ${maxSectionLength.toLocaleString('en-GB')} characters or fewer`,
    ),
  finished: z.boolean({ error: 'Select whether the section is finished' }),
})

export const compareVersionsQuerySchema = z.object({
  from: z.coerce.number().int().min(1, pageNotFound),
  to: z.coerce.number().int().min(1, pageNotFound),
})

export const assessmentVersionSchema = z.strictObject({ version })

export const returnAssessmentSchema = z.strictObject({
  version,
  comments: text('Enter what needs to change', 4000, 'Comments'),
})

export const sendProposalSchema = z.strictObject({
  version,
  proposal: text('Enter the proposed decision', 20_000, 'Proposed decision'),
})

/** The family's answer to the proposed decision, in their own words where they disagree. */
export const respondToProposalSchema = z
  .strictObject({
    response: z.enum(proposalResponses, {
      error: 'Select whether you agree with what we propose',
    }),
    representations: optionalText(20_000, 'What you want to tell us'),
  })
  .superRefine((value, ctx) => {
    if (value.response === 'representations' && !value.representations) {
      ctx.addIssue({
        code: 'custom',
        path: ['representations'],
        message: 'Enter what you want to tell us',
      })
    }
  })

/** Staff record a response that came by post or phone. */
export const recordResponseSchema = z
  .strictObject({
    version,
    response: z.enum(proposalResponses, { error: 'Select how the family responded' }),
    representations: optionalText(20_000, 'Representations'),
  })
  .superRefine((value, ctx) => {
    if (value.response === 'representations' && !value.representations) {
      ctx.addIssue({
        code: 'custom',
        path: ['representations'],
        message: 'Enter the family’s representations',
      })
    }
  })

export const decideAssessmentSchema = z.strictObject({
  version,
  decision: text('Enter the decision and the reasons for it', 20_000, 'Decision'),
})

export const withdrawAssessmentSchema = z.strictObject({
  version,
  reason: text('Enter why the assessment is withdrawn', 2000, 'Reason'),
})

export const planServiceInputSchema = z
  .strictObject({
    description: text('Enter what the service is', 500, 'Service'),
    provider: text('Enter who provides the service', 200, 'Provider'),
    frequency: text('Enter how often', 200, 'How often'),
    startsOn: isoDate('Enter the date the service starts'),
    endsOn: isoDate('Enter a real end date').optional(),
    /** Pence, as a whole number: £1,234.50 is 123450. */
    costPence: z
      .number({ error: 'Enter the cost' })
      .int('Enter the cost in pounds and pence')
      .min(0, 'The cost must be £0 or more')
      .max(100_000_000, 'The cost must be £1,000,000 or less'),
    fundingSource: z.enum(fundingSources, { error: 'Select who pays for the service' }),
  })
  .superRefine((value, ctx) => {
    if (value.endsOn && value.endsOn < value.startsOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: 'The end date must be the same as or after the start date',
      })
    }
  })

export const planInputSchema = z.strictObject({
  namedWorkerUserId: z.uuid({ error: 'Select the named worker' }),
  nextReviewOn: isoDate('Enter the date of the first review'),
  services: z.array(planServiceInputSchema).max(30, 'A plan can have up to 30 services'),
})

export const changePlanSchema = planInputSchema.extend({ version })

export const planVersionSchema = z.strictObject({ version })

export const recordPlanReviewSchema = z.strictObject({
  version,
  reviewedOn: isoDate('Enter the date of the review'),
  whatChanged: text('Enter what changed', 4000, 'What changed'),
  nextReviewOn: isoDate('Enter the date of the next review'),
})

export const closePlanSchema = z.strictObject({
  version,
  outcome: text('Enter the outcome', 4000, 'Outcome'),
})

// ---- Responses: staff --------------------------------------------------------------------------

export const assessmentSummarySchema = z.object({
  id: z.uuid(),
  subject: assessmentSubjectSchema,
  /** The family's reference, or the birth relative's name. */
  subjectName: z.string(),
  childNames: z.array(z.string()),
  localAuthorityName: z.string(),
  status: assessmentStatusSchema,
  workerName: z.string().nullable(),
  requestedOn: z.string(),
  startBy: z.string(),
  completeBy: z.string().nullable(),
  responseDueOn: z.string().nullable(),
  /** Past the agency's standard for where it is: not started, not finished, or no decision. */
  late: z.boolean(),
})
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>

export const assessmentSectionStateSchema = z.object({
  section: assessmentSectionSchema,
  content: z.string(),
  finished: z.boolean(),
  /** 0 before the first save. */
  version: z.number().int(),
  updatedByName: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
})
export type AssessmentSectionState = z.infer<typeof assessmentSectionStateSchema>

export const assessmentStaffActionSchema = z.enum([
  'start',
  'edit',
  'submit',
  'return',
  'signOff',
  'sendProposal',
  'recordResponse',
  'decide',
  'withdraw',
  'makePlan',
])

export const staffAssessmentSchema = assessmentSummarySchema.extend({
  familyId: z.uuid().nullable(),
  birthRelativeId: z.uuid().nullable(),
  supportRequestId: z.uuid().nullable(),
  reason: z.string(),
  parentNames: z.array(z.string()),
  startedOn: z.string().nullable(),
  sections: z.array(assessmentSectionStateSchema),
  managerComments: z.string().nullable(),
  signedOffByName: z.string().nullable(),
  signedOffAt: z.iso.datetime().nullable(),
  proposal: z.string().nullable(),
  proposalSentAt: z.iso.datetime().nullable(),
  response: proposalResponseSchema.nullable(),
  representations: z.string().nullable(),
  respondedAt: z.iso.datetime().nullable(),
  decision: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  withdrawnReason: z.string().nullable(),
  planId: z.uuid().nullable(),
  allowedActions: z.array(assessmentStaffActionSchema),
  version: z.number().int(),
})
export type StaffAssessment = z.infer<typeof staffAssessmentSchema>

export const sectionVersionSchema = z.object({
  number: z.number().int(),
  finished: z.boolean(),
  changedByName: z.string().nullable(),
  changedAt: z.iso.datetime(),
})

export const sectionHistorySchema = z.object({
  section: assessmentSectionSchema,
  versions: z.array(sectionVersionSchema),
})

/** Two versions of a section compared word by word. */
export const sectionComparisonSchema = z.object({
  section: assessmentSectionSchema,
  from: sectionVersionSchema,
  to: sectionVersionSchema,
  parts: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
})

export const planServiceSchema = z.object({
  id: z.uuid(),
  description: z.string(),
  provider: z.string(),
  frequency: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  costPence: z.number().int(),
  fundingSource: fundingSourceSchema,
})

export const planReviewSchema = z.object({
  reviewedOn: z.string(),
  whatChanged: z.string(),
  nextReviewOn: z.string(),
  reviewedByName: z.string().nullable(),
})

export const staffPlanSchema = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  subject: assessmentSubjectSchema,
  subjectName: z.string(),
  status: planStatusSchema,
  namedWorkerUserId: z.uuid().nullable(),
  namedWorkerName: z.string().nullable(),
  nextReviewOn: z.string(),
  reviewDue: z.boolean(),
  sharedAt: z.iso.datetime().nullable(),
  outcome: z.string().nullable(),
  closedAt: z.iso.datetime().nullable(),
  services: z.array(planServiceSchema),
  reviews: z.array(planReviewSchema),
  allowedActions: z.array(z.enum(['change', 'share', 'review', 'close'])),
  version: z.number().int(),
})
export type StaffPlan = z.infer<typeof staffPlanSchema>

/** The manager's view of timeliness: how many of each, in working days against the standards. */
export const assessmentTimelinessSchema = z.object({
  waitingToStart: z.number().int(),
  waitingPastStandard: z.number().int(),
  inProgress: z.number().int(),
  inProgressPastTarget: z.number().int(),
  awaitingSignOff: z.number().int(),
  awaitingResponse: z.number().int(),
  readyForDecision: z.number().int(),
  reviewsDueSoon: z.number().int(),
  reviewsOverdue: z.number().int(),
})

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
export const assessmentsPageSchema = page(assessmentSummarySchema)

// ---- Responses: families and birth relatives ---------------------------------------------------

/** A plan as the family sees it: the services, the named worker and the next review. */
export const myPlanSchema = z.object({
  id: z.uuid(),
  status: planStatusSchema,
  namedWorkerName: z.string().nullable(),
  nextReviewOn: z.string(),
  services: z.array(planServiceSchema.omit({ id: true })),
  reviews: z.array(planReviewSchema.omit({ reviewedByName: true })),
  outcome: z.string().nullable(),
})

/**
 * An assessment as the family or birth relative sees it: where it is, what happens next and by
 * when; the proposal, their response, the decision and the plan. Never sections, internal notes
 * or the manager's comments.
 */
export const myAssessmentSchema = z.object({
  id: z.uuid(),
  status: assessmentStatusSchema,
  stage: z.string(),
  childNames: z.array(z.string()),
  workerName: z.string().nullable(),
  requestedOn: z.string(),
  proposal: z.string().nullable(),
  proposalSentAt: z.iso.datetime().nullable(),
  responseDueOn: z.string().nullable(),
  canRespond: z.boolean(),
  response: proposalResponseSchema.nullable(),
  representations: z.string().nullable(),
  respondedAt: z.iso.datetime().nullable(),
  decision: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  plan: myPlanSchema.nullable(),
})
export type MyAssessment = z.infer<typeof myAssessmentSchema>

export const myAssessmentsSchema = z.object({ assessments: z.array(myAssessmentSchema) })

// ---- Endpoints ---------------------------------------------------------------------------------

const tag = 'assessments'
const staff = '/api/staff/assessments'

/** The endpoints of needs assessments and support plans. */
export const assessmentEndpoints = {
  getMyAssessments: defineEndpoint({
    method: 'get',
    path: '/api/assessments',
    summary:
      'The caller’s assessments of need: where each is, the proposal, the decision and the plan',
    tag,
    response: myAssessmentsSchema,
  }),
  respondToProposal: defineEndpoint({
    method: 'post',
    path: '/api/assessments/:assessmentId/response',
    summary: 'Agree with the proposed decision, or make representations in your own words',
    tag,
    params: assessmentParamsSchema,
    body: respondToProposalSchema,
    response: myAssessmentSchema,
  }),
  findAssessments: defineEndpoint({
    method: 'get',
    path: staff,
    summary: 'Assessments in the caller’s scope: the caller’s own, all, or the late ones',
    tag,
    query: assessmentsQuerySchema,
    response: assessmentsPageSchema,
  }),
  getAssessmentTimeliness: defineEndpoint({
    method: 'get',
    path: `${staff}/timeliness`,
    summary: 'How many assessments and plans are waiting, late or due, against the standards',
    tag,
    response: assessmentTimelinessSchema,
  }),
  startAssessment: defineEndpoint({
    method: 'post',
    path: staff,
    summary: 'Record that an assessment of need was asked for (of a family or a birth relative)',
    tag,
    body: startAssessmentSchema,
    response: staffAssessmentSchema,
    successStatus: 201,
  }),
  getAssessment: defineEndpoint({
    method: 'get',
    path: `${staff}/:assessmentId`,
    summary: 'An assessment with its task list of sections and what the caller may do next',
    tag,
    params: assessmentParamsSchema,
    response: staffAssessmentSchema,
  }),
  saveAssessmentSection: defineEndpoint({
    method: 'put',
    path: `${staff}/:assessmentId/sections/:section`,
    summary: 'Save a section at the version it was read (409 when someone saved it since)',
    tag,
    params: assessmentSectionParamsSchema,
    body: saveSectionSchema,
    response: assessmentSectionStateSchema,
  }),
  getSectionHistory: defineEndpoint({
    method: 'get',
    path: `${staff}/:assessmentId/sections/:section/versions`,
    summary: 'Every saved version of a section: who and when',
    tag,
    params: assessmentSectionParamsSchema,
    response: sectionHistorySchema,
  }),
  compareSectionVersions: defineEndpoint({
    method: 'get',
    path: `${staff}/:assessmentId/sections/:section/compare`,
    summary: 'Two versions of a section compared word by word',
    tag,
    params: assessmentSectionParamsSchema,
    query: compareVersionsQuerySchema,
    response: sectionComparisonSchema,
  }),
  startAssessmentWork: defineEndpoint({
    method: 'post',
    path: `${staff}/:assessmentId/start`,
    summary: 'Start the assessment: its target date is set from the agency’s standard',
    tag,
    params: assessmentParamsSchema,
    body: assessmentVersionSchema,
    response: staffAssessmentSchema,
  }),
  submitAssessment: defineEndpoint({
    method: 'post',
    path: `${staff}/:assessmentId/submit`,
    summary: 'Send a finished assessment to a team manager for sign-off',
    tag,
    params: assessmentParamsSchema,
    body: assessmentVersionSchema,
    response: staffAssessmentSchema,
  }),
  returnAssessment: defineEndpoint({
    method: 'post',
    path: `${staff}/:assessmentId/return`,
    summary: 'Return an assessment to its worker with comments (team managers)',
    tag,
    params: assessmentParamsSchema,
    body: returnAssessmentSchema,
    response: staffAssessmentSchema,
  }),
  signOffAssessment: defineEndpoint({
    method: 'post',
    path: `${staff}/:assessmentId/sign-off`,
    summary: 'Sign off an assessment (team managers)',
    tag,
    params: assessmentParamsSchema,
    body: assessmentVersionSchema,
    response: staffAssessmentSchema,
  }),
  sendProposal: defineEndpoint({
    method: 'post',
    path: `${staff}/:assessmentId/proposal`,
    summary:
      'Send the notice of the proposed decision: to the family in the portal and by email, with the date to respond by',
    tag,
    params: assessmentParamsSchema,
    body: sendProposalSchema,
    response: staffAssessmentSchema,
  }),
  recordProposalResponse: defineEndpoint({
    method: 'post',
    path: `${staff}/:assessmentId/response`,
    summary: 'Record the family’s response that came by post or phone',
    tag,
    params: assessmentParamsSchema,
    body: recordResponseSchema,
    response: staffAssessmentSchema,
  }),
  decideAssessment: defineEndpoint({
    method: 'post',
    path: `${staff}/:assessmentId/decision`,
    summary:
      'Record the decision with reasons (team managers): only after the family has responded or the time to respond has ended',
    tag,
    params: assessmentParamsSchema,
    body: decideAssessmentSchema,
    response: staffAssessmentSchema,
  }),
  withdrawAssessment: defineEndpoint({
    method: 'post',
    path: `${staff}/:assessmentId/withdraw`,
    summary: 'Withdraw an assessment, with the reason',
    tag,
    params: assessmentParamsSchema,
    body: withdrawAssessmentSchema,
    response: staffAssessmentSchema,
  }),
  downloadMyDecisionNotice: defineEndpoint({
    method: 'get',
    path: '/api/assessments/:assessmentId/decision-notice',
    summary: 'The notice of the decision on the caller’s own assessment, as a tagged PDF to keep',
    tag,
    params: assessmentParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  downloadMyPlanPdf: defineEndpoint({
    method: 'get',
    path: '/api/assessments/:assessmentId/plan-pdf',
    summary: 'The caller’s own support plan, once shared with them, as a tagged PDF to keep',
    tag,
    params: assessmentParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  downloadAssessmentPdf: defineEndpoint({
    method: 'get',
    path: `${staff}/:assessmentId/pdf`,
    summary:
      'The whole assessment as a tagged PDF for the case file (never the manager’s comments)',
    tag,
    params: assessmentParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  downloadDecisionNotice: defineEndpoint({
    method: 'get',
    path: `${staff}/:assessmentId/decision-notice`,
    summary: 'The notice of the decision as the family was sent it, as a tagged PDF',
    tag,
    params: assessmentParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  makePlan: defineEndpoint({
    method: 'post',
    path: `${staff}/:assessmentId/plan`,
    summary: 'Write the support plan of a decided assessment (a draft until it is shared)',
    tag,
    params: assessmentParamsSchema,
    body: planInputSchema,
    response: staffPlanSchema,
    successStatus: 201,
  }),
  getPlan: defineEndpoint({
    method: 'get',
    path: '/api/staff/plans/:planId',
    summary: 'A support plan: its services, named worker, reviews and what the caller may do',
    tag,
    params: planParamsSchema,
    response: staffPlanSchema,
  }),
  downloadPlanPdf: defineEndpoint({
    method: 'get',
    path: '/api/staff/plans/:planId/pdf',
    summary: 'A support plan as a tagged PDF: its services, named worker, reviews and outcome',
    tag,
    params: planParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  changePlan: defineEndpoint({
    method: 'put',
    path: '/api/staff/plans/:planId',
    summary: 'Change a plan’s services, named worker or review date, at the version it was read',
    tag,
    params: planParamsSchema,
    body: changePlanSchema,
    response: staffPlanSchema,
  }),
  sharePlan: defineEndpoint({
    method: 'post',
    path: '/api/staff/plans/:planId/share',
    summary: 'Share a draft plan with the family: it becomes active',
    tag,
    params: planParamsSchema,
    body: planVersionSchema,
    response: staffPlanSchema,
  }),
  recordPlanReview: defineEndpoint({
    method: 'post',
    path: '/api/staff/plans/:planId/reviews',
    summary: 'Record a review of an active plan: what changed and the next review date',
    tag,
    params: planParamsSchema,
    body: recordPlanReviewSchema,
    response: staffPlanSchema,
  }),
  closePlan: defineEndpoint({
    method: 'post',
    path: '/api/staff/plans/:planId/close',
    summary: 'Close a plan with its outcome',
    tag,
    params: planParamsSchema,
    body: closePlanSchema,
    response: staffPlanSchema,
  }),
}
