import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'
import { isoDate, optionalText, text, version } from './fields.ts'

// Adoption Support Fund applications (ADR 0020): for a child and a financial year, from a support
// plan's service or directly; the fund's rules by date; manager approval, the fund's decision, the
// therapy and the invoices paid; the provider register; the year's figures. Money is in pence.

/** Why the child is eligible for the fund. */
export const asfEligibilities = [
  'adopted_from_care_england',
  'adopted_from_care_wales_scotland',
  'adopted_from_abroad',
  'special_guardianship_from_care',
  'child_arrangements_order_from_care',
] as const
export const asfEligibilitySchema = z.enum(asfEligibilities)
export type AsfEligibility = z.infer<typeof asfEligibilitySchema>
export const asfEligibilityNames: Record<AsfEligibility, string> = {
  adopted_from_care_england: 'Adopted from care in England',
  adopted_from_care_wales_scotland: 'Adopted from care in Wales or Scotland, living in England',
  adopted_from_abroad: 'Adopted from abroad (intercountry adoption)',
  special_guardianship_from_care: 'Special guardianship order, looked after before it',
  child_arrangements_order_from_care: 'Child arrangements order, looked after before it',
}

/** The therapies the fund pays for, as the agency names them. */
export const asfTherapyTypes = [
  'therapeutic_parenting',
  'ddp',
  'theraplay',
  'sensory_integration',
  'life_story_work',
  'non_violent_resistance',
  'creative_therapy',
  'psychotherapy',
  'specialist_assessment',
] as const
export const asfTherapyTypeSchema = z.enum(asfTherapyTypes)
export type AsfTherapyType = z.infer<typeof asfTherapyTypeSchema>
export const asfTherapyTypeNames: Record<AsfTherapyType, string> = {
  therapeutic_parenting: 'Therapeutic parenting',
  ddp: 'Dyadic developmental psychotherapy (DDP)',
  theraplay: 'Theraplay',
  sensory_integration: 'Sensory integration',
  life_story_work: 'Life story work',
  non_violent_resistance: 'Non-violent resistance (NVR)',
  creative_therapy: 'Creative therapy (art, music, drama or play)',
  psychotherapy: 'Psychotherapy',
  specialist_assessment: 'Specialist assessment',
}

/** The outcome measures the fund asks each therapy to record, before and after. */
export const asfOutcomeTools = ['ac', 'bac', 'gbo', 'sdq', 'tayc_r'] as const
export const asfOutcomeToolSchema = z.enum(asfOutcomeTools)
export type AsfOutcomeTool = z.infer<typeof asfOutcomeToolSchema>
export const asfOutcomeToolNames: Record<AsfOutcomeTool, string> = {
  ac: 'Assessment Checklist (AC)',
  bac: 'Brief Assessment Checklist (BAC)',
  gbo: 'Goal Based Outcomes (GBO)',
  sdq: 'Strengths and Difficulties Questionnaire (SDQ)',
  tayc_r: 'Thinking About Your Child, revised (TAYC-R)',
}

/** Where an application is: one state machine (`asf-states.ts`), each step dated and by whom. */
export const asfApplicationStatuses = [
  'draft',
  'awaiting_approval',
  'ready_to_submit',
  'submitted',
  'information_requested',
  'approved',
  'declined',
  'in_progress',
  'completed',
  'withdrawn',
] as const
export const asfApplicationStatusSchema = z.enum(asfApplicationStatuses)
export type AsfApplicationStatus = z.infer<typeof asfApplicationStatusSchema>
export const asfApplicationStatusNames: Record<AsfApplicationStatus, string> = {
  draft: 'Draft',
  awaiting_approval: 'Waiting for manager approval',
  ready_to_submit: 'Approved by manager, ready to submit',
  submitted: 'Submitted to the fund',
  information_requested: 'More information requested',
  approved: 'Approved by the fund',
  declined: 'Declined by the fund',
  in_progress: 'Therapy in progress',
  completed: 'Completed',
  withdrawn: 'Withdrawn',
}

/** The steps staff take, each one endpoint body's `action`. */
export const asfActions = [
  'submit_for_approval',
  'approve',
  'return',
  'submit_to_fund',
  'record_information_request',
  'record_decision',
  'start_therapy',
  'complete',
  'withdraw',
] as const
export type AsfAction = (typeof asfActions)[number]

/** Who may read and write applications: case staff; the finance officer for the money. */
export const asfCaseRoles = ['support_worker', 'team_manager'] as const
export const asfReaderRoles = [
  'duty_officer',
  'support_worker',
  'team_manager',
  'finance_officer',
] as const

// ---- Inputs ------------------------------------------------------------------------------------

const pageNotFound = { error: 'Page not found' }
export const asfApplicationParamsSchema = z.object({ applicationId: z.uuid(pageNotFound) })
export const asfProviderParamsSchema = z.object({ providerId: z.uuid(pageNotFound) })

/** Pounds and pence as whole pence: £1,234.50 is 123450. */
const pence = (required: string, label: string, max = 100_000_000) =>
  z
    .number({ error: required })
    .int(`Enter ${label} in pounds and pence`)
    .min(0, `${label[0]!.toUpperCase()}${label.slice(1)} must be £0 or more`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be £1,000,000 or less`)

const financialYear = z.coerce
  .number({ error: 'Select the financial year' })
  .int('Select the financial year')
  .min(2015, 'Select the financial year')
  .max(2100, 'Select the financial year')

export const asfLineInputSchema = z.strictObject({
  therapyType: z.enum(asfTherapyTypes, { error: 'Select the type of therapy' }),
  providerId: z.uuid({ error: 'Select the provider' }),
  sessions: z
    .number({ error: 'Enter the number of sessions' })
    .int('Enter the number of sessions as a whole number')
    .min(1, 'The number of sessions must be 1 or more')
    .max(200, 'The number of sessions must be 200 or fewer'),
  costPence: pence('Enter the cost', 'the cost'),
  outcomeTool: z.enum(asfOutcomeTools, { error: 'Select the outcome measure' }),
  baselineScore: z
    .number({ error: 'Enter the baseline score as a number' })
    .int('Enter the baseline score as a whole number')
    .min(0, 'The baseline score must be 0 or more')
    .max(1000, 'The baseline score must be 1,000 or less')
    .optional(),
  endsOn: isoDate('Enter the date the therapy ends'),
})

export const asfApplicationInputSchema = z.strictObject({
  childId: z.uuid({ error: 'Select the child' }),
  planServiceId: z.uuid().optional(),
  financialYear,
  eligibility: z.enum(asfEligibilities, { error: 'Select why the child is eligible' }),
  assessedOn: isoDate('Enter the date the needs assessment was finished'),
  justification: text('Enter why the therapy is needed', 8000, 'Justification'),
  lines: z
    .array(asfLineInputSchema)
    .min(1, 'Add at least one therapy')
    .max(12, 'An application can have up to 12 therapies'),
  matchFundingPence: pence('Enter the match funding', 'the match funding').default(0),
})

export const changeAsfApplicationSchema = asfApplicationInputSchema
  .omit({ childId: true, planServiceId: true })
  .extend({ version })

/** One step of an application. What each needs is checked by the state machine as well. */
export const moveAsfApplicationSchema = z.discriminatedUnion(
  'action',
  [
    z.strictObject({ action: z.literal('submit_for_approval'), version }),
    z.strictObject({ action: z.literal('approve'), version }),
    z.strictObject({
      action: z.literal('return'),
      version,
      note: text('Enter what needs to change', 2000, 'What needs to change'),
    }),
    z.strictObject({
      action: z.literal('submit_to_fund'),
      version,
      fundReference: text('Enter the fund’s reference', 40, 'The fund’s reference'),
      happenedOn: isoDate('Enter the date it was submitted'),
    }),
    z.strictObject({
      action: z.literal('record_information_request'),
      version,
      note: text('Enter what the fund asked for', 2000, 'What the fund asked for'),
      happenedOn: isoDate('Enter the date the fund asked'),
    }),
    z.strictObject({
      action: z.literal('record_decision'),
      version,
      outcome: z.enum(['approved', 'declined'], { error: 'Select the fund’s decision' }),
      approvedPence: pence('Enter the amount approved', 'the amount approved').optional(),
      happenedOn: isoDate('Enter the date of the decision'),
      note: optionalText(2000, 'Note'),
    }),
    z.strictObject({
      action: z.literal('start_therapy'),
      version,
      happenedOn: isoDate('Enter the date the therapy started'),
    }),
    z.strictObject({
      action: z.literal('complete'),
      version,
      happenedOn: isoDate('Enter the date the therapy ended'),
      endScores: z
        .array(
          z.strictObject({
            lineId: z.uuid(),
            endScore: z
              .number({ error: 'Enter the end score as a number' })
              .int('Enter the end score as a whole number')
              .min(0, 'The end score must be 0 or more')
              .max(1000, 'The end score must be 1,000 or less'),
          }),
        )
        .max(12)
        .default([]),
    }),
    z.strictObject({
      action: z.literal('withdraw'),
      version,
      note: text('Enter why the application is withdrawn', 2000, 'Reason'),
    }),
  ],
  { error: 'Select what to do' },
)

export const recordAsfInvoiceSchema = z.strictObject({
  lineId: z.uuid({ error: 'Select the therapy the invoice is for' }),
  invoiceNumber: text('Enter the invoice number', 60, 'Invoice number'),
  invoicedOn: isoDate('Enter the date of the invoice'),
  amountPence: pence('Enter the amount', 'the amount').refine(
    (value) => value > 0,
    'The amount must be more than £0',
  ),
})

export const asfProviderInputSchema = z.strictObject({
  name: text('Enter the provider’s name', 200, 'Name'),
  registrationBody: text('Enter the registration body', 200, 'Registration body'),
  registrationNumber: text('Enter the registration number', 60, 'Registration number'),
  therapies: z
    .array(z.enum(asfTherapyTypes, { error: 'Select the therapies' }))
    .min(1, 'Select at least one therapy')
    .max(asfTherapyTypes.length),
  sessionRatePence: pence('Enter the rate for a session', 'the rate for a session'),
  contactEmail: z
    .string()
    .trim()
    .max(254, 'Email address must be 254 characters or fewer')
    .pipe(
      z.union([
        z.literal(''),
        z.email({ error: 'Enter an email address in the correct format, like name@example.com' }),
      ]),
    )
    .optional(),
  contactPhone: optionalText(30, 'Phone number'),
})

export const changeAsfProviderSchema = asfProviderInputSchema.extend({ version })

export const asfApplicationsQuerySchema = z.object({
  financialYear: financialYear.optional(),
  localAuthorityId: z.uuid().optional(),
  status: asfApplicationStatusSchema.optional(),
  childId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

export const asfAllowanceQuerySchema = z.object({
  childId: z.uuid({ error: 'Select the child' }),
  financialYear,
  /**
   * An application being changed: what it holds now is left out, as its change replaces it, and
   * the rules are those of the day it was made.
   */
  exceptApplicationId: z.uuid({ error: 'Select the application' }).optional(),
})

export const asfFiguresQuerySchema = z.object({
  financialYear,
  localAuthorityId: z.uuid().optional(),
})

export const asfNewApplicationQuerySchema = z.object({
  childId: z.uuid().optional(),
  planServiceId: z.uuid().optional(),
})

// ---- Responses ---------------------------------------------------------------------------------

export const asfRulesSchema = z.object({
  name: z.string(),
  effectiveFrom: z.string(),
  fairAccessLimitPence: z.number().int(),
  assessmentLimitPence: z.number().int(),
  assessmentsWithinLimit: z.boolean(),
  matchFundingAllowed: z.boolean(),
  applicationDueWorkingDays: z.number().int(),
})
export type AsfRules = z.infer<typeof asfRulesSchema>

/** What is left of the fund for a child in a financial year, by the rules in force for it. */
export const asfAllowanceSchema = z.object({
  childId: z.uuid(),
  financialYear: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  rules: asfRulesSchema,
  /** Asked for or approved in the child's live applications this year, but the one excepted. */
  committedPence: z.number().int(),
  committedAssessmentPence: z.number().int(),
  /** Left for therapy (and, from April 2025, assessments too) and for specialist assessments. */
  remainingPence: z.number().int(),
  remainingAssessmentPence: z.number().int(),
})
export type AsfAllowance = z.infer<typeof asfAllowanceSchema>

export const asfProviderSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  registrationBody: z.string(),
  registrationNumber: z.string(),
  therapies: z.array(asfTherapyTypeSchema),
  sessionRatePence: z.number().int(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  version: z.number().int(),
})
export type AsfProvider = z.infer<typeof asfProviderSchema>
export const asfProvidersSchema = z.object({ providers: z.array(asfProviderSchema) })

export const asfLineSchema = z.object({
  id: z.uuid(),
  therapyType: asfTherapyTypeSchema,
  providerId: z.uuid(),
  providerName: z.string(),
  sessions: z.number().int(),
  costPence: z.number().int(),
  outcomeTool: asfOutcomeToolSchema,
  baselineScore: z.number().int().nullable(),
  endScore: z.number().int().nullable(),
  endsOn: z.string(),
  invoicedPence: z.number().int(),
})

export const asfEventSchema = z.object({
  status: asfApplicationStatusSchema,
  happenedOn: z.string(),
  note: z.string().nullable(),
  byName: z.string().nullable(),
})

export const asfInvoiceSchema = z.object({
  id: z.uuid(),
  lineId: z.uuid(),
  invoiceNumber: z.string(),
  invoicedOn: z.string(),
  amountPence: z.number().int(),
  recordedByName: z.string().nullable(),
})

export const asfApplicationSchema = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  childName: z.string(),
  familyId: z.uuid(),
  familyReference: z.string(),
  localAuthorityId: z.uuid(),
  planServiceId: z.uuid().nullable(),
  renewsApplicationId: z.uuid().nullable(),
  financialYear: z.number().int(),
  rules: asfRulesSchema,
  eligibility: asfEligibilitySchema,
  justification: z.string(),
  assessedOn: z.string(),
  dueOn: z.string(),
  /** `late`: past its due date before it was submitted; `soon`: within 5 working days of it. */
  deadline: z.enum(['late', 'soon', 'met', 'open']),
  /** Therapies that end after the financial year, or end it soon while therapy goes on. */
  warnings: z.array(z.string()),
  status: asfApplicationStatusSchema,
  totalPence: z.number().int(),
  matchFundingPence: z.number().int(),
  requestedPence: z.number().int(),
  approvedPence: z.number().int().nullable(),
  approvedInPart: z.boolean(),
  invoicedPence: z.number().int(),
  remainingPence: z.number().int().nullable(),
  fundReference: z.string().nullable(),
  submittedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  workerName: z.string().nullable(),
  lines: z.array(asfLineSchema),
  events: z.array(asfEventSchema),
  invoices: z.array(asfInvoiceSchema),
  allowedActions: z.array(z.enum([...asfActions, 'change', 'record_invoice', 'renew'])),
  version: z.number().int(),
})
export type AsfApplication = z.infer<typeof asfApplicationSchema>

export const asfApplicationSummarySchema = z.object({
  id: z.uuid(),
  childName: z.string(),
  familyReference: z.string(),
  financialYear: z.number().int(),
  status: asfApplicationStatusSchema,
  therapyTypes: z.array(asfTherapyTypeSchema),
  requestedPence: z.number().int(),
  approvedPence: z.number().int().nullable(),
  invoicedPence: z.number().int(),
  dueOn: z.string(),
  updatedAt: z.iso.datetime(),
})
export const asfApplicationListSchema = z.object({
  applications: z.array(asfApplicationSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
})

/** What a new application starts from: the child (or the plan service's family's children). */
export const asfNewApplicationSchema = z.object({
  children: z.array(z.object({ id: z.uuid(), name: z.string(), familyReference: z.string() })),
  planService: z
    .object({
      id: z.uuid(),
      description: z.string(),
      provider: z.string(),
      costPence: z.number().int(),
      endsOn: z.string().nullable(),
      assessedOn: z.string(),
    })
    .nullable(),
  financialYear: z.number().int(),
})

const figureRow = z.object({
  key: z.string(),
  name: z.string(),
  applications: z.number().int(),
  requestedPence: z.number().int(),
  approvedPence: z.number().int(),
  invoicedPence: z.number().int(),
})
export const asfFiguresSchema = z.object({
  financialYear: z.number().int(),
  localAuthorityId: z.uuid().nullable(),
  totals: z.object({
    applications: z.number().int(),
    children: z.number().int(),
    approved: z.number().int(),
    declined: z.number().int(),
    requestedPence: z.number().int(),
    approvedPence: z.number().int(),
    invoicedPence: z.number().int(),
  }),
  byTherapyType: z.array(figureRow),
  byProvider: z.array(figureRow),
})
export type AsfFigures = z.infer<typeof asfFiguresSchema>

/** What a family sees of their children's applications: no notes, no money, no justification. */
export const myAsfApplicationsSchema = z.object({
  applications: z.array(
    z.object({
      id: z.uuid(),
      childFirstName: z.string(),
      financialYear: z.number().int(),
      status: asfApplicationStatusSchema,
      therapies: z.array(
        z.object({
          therapyType: asfTherapyTypeSchema,
          providerName: z.string(),
          endsOn: z.string(),
        }),
      ),
      submittedOn: z.string().nullable(),
      decidedOn: z.string().nullable(),
    }),
  ),
})

// ---- Endpoints ---------------------------------------------------------------------------------

const tag = 'asf'
const staff = '/api/staff/asf'

export const asfEndpoints = {
  getMyAsfApplications: defineEndpoint({
    method: 'get',
    path: '/api/asf-applications',
    summary: 'The therapy applied for for the caller’s children: status, provider and dates',
    tag,
    response: myAsfApplicationsSchema,
  }),
  findAsfApplications: defineEndpoint({
    method: 'get',
    path: `${staff}/applications`,
    summary: 'Applications in the caller’s scope, by financial year, council, status or child',
    tag,
    query: asfApplicationsQuerySchema,
    response: asfApplicationListSchema,
  }),
  getAsfNewApplication: defineEndpoint({
    method: 'get',
    path: `${staff}/new-application`,
    summary: 'What a new application starts from: the child, or a support plan’s service',
    tag,
    query: asfNewApplicationQuerySchema,
    response: asfNewApplicationSchema,
  }),
  getAsfAllowance: defineEndpoint({
    method: 'get',
    path: `${staff}/allowance`,
    summary: 'What is left of the fund for a child in a financial year, by the rules for it',
    tag,
    query: asfAllowanceQuerySchema,
    response: asfAllowanceSchema,
  }),
  createAsfApplication: defineEndpoint({
    method: 'post',
    path: `${staff}/applications`,
    summary: 'Start an application for a child (a draft until it goes for approval)',
    tag,
    body: asfApplicationInputSchema,
    response: asfApplicationSchema,
    successStatus: 201,
  }),
  getAsfApplication: defineEndpoint({
    method: 'get',
    path: `${staff}/applications/:applicationId`,
    summary: 'An application: its lines, money, history, invoices and what the caller may do',
    tag,
    params: asfApplicationParamsSchema,
    response: asfApplicationSchema,
  }),
  changeAsfApplication: defineEndpoint({
    method: 'put',
    path: `${staff}/applications/:applicationId`,
    summary: 'Change a draft application, at the version it was read',
    tag,
    params: asfApplicationParamsSchema,
    body: changeAsfApplicationSchema,
    response: asfApplicationSchema,
  }),
  moveAsfApplication: defineEndpoint({
    method: 'post',
    path: `${staff}/applications/:applicationId/steps`,
    summary: 'Take an application a step on: approval, the fund, the therapy, or withdrawal',
    tag,
    params: asfApplicationParamsSchema,
    body: moveAsfApplicationSchema,
    response: asfApplicationSchema,
  }),
  renewAsfApplication: defineEndpoint({
    method: 'post',
    path: `${staff}/applications/:applicationId/renewal`,
    summary: 'Start next financial year’s application from this one, as a draft',
    tag,
    params: asfApplicationParamsSchema,
    response: asfApplicationSchema,
    successStatus: 201,
  }),
  recordAsfInvoice: defineEndpoint({
    method: 'post',
    path: `${staff}/applications/:applicationId/invoices`,
    summary: 'Record an invoice against an approved therapy; never over the approved amount',
    tag,
    params: asfApplicationParamsSchema,
    body: recordAsfInvoiceSchema,
    response: asfApplicationSchema,
    successStatus: 201,
  }),
  downloadAsfSummary: defineEndpoint({
    method: 'get',
    path: `${staff}/applications/:applicationId/summary`,
    summary: 'A de-identified summary for the fund’s portal: no names or addresses of the family',
    tag,
    params: asfApplicationParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
  findAsfProviders: defineEndpoint({
    method: 'get',
    path: `${staff}/providers`,
    summary: 'The register of therapy providers',
    tag,
    response: asfProvidersSchema,
  }),
  createAsfProvider: defineEndpoint({
    method: 'post',
    path: `${staff}/providers`,
    summary: 'Add a provider to the register',
    tag,
    body: asfProviderInputSchema,
    response: asfProviderSchema,
    successStatus: 201,
  }),
  changeAsfProvider: defineEndpoint({
    method: 'put',
    path: `${staff}/providers/:providerId`,
    summary: 'Change a provider in the register, at the version it was read',
    tag,
    params: asfProviderParamsSchema,
    body: changeAsfProviderSchema,
    response: asfProviderSchema,
  }),
  getAsfFigures: defineEndpoint({
    method: 'get',
    path: `${staff}/figures`,
    summary: 'A financial year’s applications and money, by therapy type and provider',
    tag,
    query: asfFiguresQuerySchema,
    response: asfFiguresSchema,
  }),
  downloadAsfFigures: defineEndpoint({
    method: 'get',
    path: `${staff}/figures.csv`,
    summary: 'A financial year’s applications, one row each, as CSV for finance',
    tag,
    query: asfFiguresQuerySchema,
    response: z.unknown(),
    fileResponse: true,
  }),
}
