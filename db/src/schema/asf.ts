import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, instant, timestamps, version } from './_columns.ts'
import { children, families, users } from './accounts.ts'
import { needsAssessments, planServices } from './assessments.ts'
import { localAuthorities, organisations } from './organisations.ts'

// Adoption Support Fund applications (ADR 0020): the fund's rules as dated data, the agency's
// register of therapy providers, and each child's applications with their therapy lines, their
// history and the invoices paid against them. Money is in pence, as whole numbers.

/**
 * The fund's rules from a date: national, the same for every agency. The rules that judge an
 * application are those in force on the later of its financial year's first day and the day it
 * was made, so a change of rules is a new row, never a release.
 */
export const asfRuleSets = pgTable(
  'asf_rule_sets',
  {
    id: id(),
    name: text('name').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** The fair access limit per child per financial year. */
    fairAccessLimitPence: integer('fair_access_limit_pence').notNull(),
    /** The most for specialist assessments per child per financial year. */
    assessmentLimitPence: integer('assessment_limit_pence').notNull(),
    /** Whether specialist assessments count within the fair access limit (from April 2025). */
    assessmentsWithinLimit: boolean('assessments_within_limit').notNull(),
    /** Whether the council may pay the part over the limit (match funding). */
    matchFundingAllowed: boolean('match_funding_allowed').notNull(),
    /** Working days after the assessment by which the application is due. */
    applicationDueWorkingDays: integer('application_due_working_days').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('asf_rule_sets_effective_from_key').on(table.effectiveFrom)],
)

/** A therapy provider the agency commissions, in its register. */
export const asfProviders = pgTable(
  'asf_providers',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    registrationBody: text('registration_body').notNull(),
    registrationNumber: text('registration_number').notNull(),
    /** Therapy types (the contract's `asfTherapyTypes`) the provider offers. */
    therapies: text('therapies').array().notNull(),
    /** The usual rate for a session. */
    sessionRatePence: integer('session_rate_pence').notNull(),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    ...timestamps,
    version: version(),
  },
  (table) => [
    uniqueIndex('asf_providers_name_key').on(table.organisationId, sql`lower(${table.name})`),
  ],
)

/**
 * One application to the fund for one child and one financial year. The council is the family's,
 * copied so that an application is scoped as the family is. `invoicedPence` is kept with the row,
 * changed only under its lock, and never more than the approved amount (the check).
 */
export const asfApplications = pgTable(
  'asf_applications',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    /** The support plan's service it was made from, if any, and that plan's assessment. */
    planServiceId: uuid('plan_service_id').references(() => planServices.id),
    assessmentId: uuid('assessment_id').references(() => needsAssessments.id),
    /** The application it renews, for the next year. */
    renewsApplicationId: uuid('renews_application_id'),
    /** The year the financial year starts in: 2026 is 1 April 2026 to 31 March 2027. */
    financialYear: integer('financial_year').notNull(),
    ruleSetId: uuid('rule_set_id')
      .notNull()
      .references(() => asfRuleSets.id),
    /** See `asfEligibilities` in the contract. */
    eligibility: text('eligibility').notNull(),
    justification: text('justification').notNull(),
    /** The day the needs assessment was finished: the application is due after it. */
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** See `asfApplicationStatuses` in the contract. */
    status: text('status').notNull().default('draft'),
    /** The total of the lines, the part the council pays over the limit, and what is asked. */
    totalPence: integer('total_pence').notNull(),
    matchFundingPence: integer('match_funding_pence').notNull().default(0),
    requestedPence: integer('requested_pence').notNull(),
    approvedPence: integer('approved_pence'),
    invoicedPence: integer('invoiced_pence').notNull().default(0),
    fundReference: text('fund_reference'),
    submittedOn: date('submitted_on', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    workerUserId: uuid('worker_user_id').references(() => users.id),
    ...timestamps,
    version: version(),
  },
  (table) => [
    index('asf_applications_child_year_idx').on(table.childId, table.financialYear),
    index('asf_applications_year_idx').on(
      table.organisationId,
      table.financialYear,
      table.localAuthorityId,
    ),
    index('asf_applications_family_idx').on(table.familyId),
    check(
      'asf_applications_money_check',
      sql`${table.totalPence} >= 0 and ${table.matchFundingPence} >= 0 and ${table.requestedPence} = ${table.totalPence} - ${table.matchFundingPence} and ${table.invoicedPence} >= 0 and ${table.invoicedPence} <= coalesce(${table.approvedPence}, 0)`,
    ),
  ],
)

/** One therapy of an application: what, by whom, how many sessions, the cost and its measure. */
export const asfApplicationLines = pgTable(
  'asf_application_lines',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => asfApplications.id),
    position: integer('position').notNull(),
    /** See `asfTherapyTypes` in the contract; `specialist_assessment` counts to its own limit. */
    therapyType: text('therapy_type').notNull(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => asfProviders.id),
    sessions: integer('sessions').notNull(),
    costPence: integer('cost_pence').notNull(),
    /** The outcome measure the fund asks for (AC, BAC, GBO, SDQ, TAYC-R) and its scores. */
    outcomeTool: text('outcome_tool').notNull(),
    baselineScore: integer('baseline_score'),
    endScore: integer('end_score'),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
  },
  (table) => [index('asf_application_lines_application_idx').on(table.applicationId)],
)

/** Each step of an application: to which status, when, by whom, with what was recorded. */
export const asfApplicationEvents = pgTable(
  'asf_application_events',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => asfApplications.id),
    status: text('status').notNull(),
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    note: text('note'),
    byUserId: uuid('by_user_id').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('asf_application_events_application_idx').on(table.applicationId)],
)

/** An invoice paid from the fund's money against one line of an approved application. */
export const asfInvoices = pgTable(
  'asf_invoices',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => asfApplications.id),
    lineId: uuid('line_id')
      .notNull()
      .references(() => asfApplicationLines.id),
    invoiceNumber: text('invoice_number').notNull(),
    invoicedOn: date('invoiced_on', { mode: 'string' }).notNull(),
    amountPence: integer('amount_pence').notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [
    index('asf_invoices_application_idx').on(table.applicationId),
    // What is invoiced on each line, from the index alone: the application's page and the
    // year's figures sum it for every line.
    index('asf_invoices_line_idx').on(table.lineId, table.amountPence),
    uniqueIndex('asf_invoices_number_key').on(table.applicationId, table.invoiceNumber),
    check('asf_invoices_amount_check', sql`${table.amountPence} > 0`),
  ],
)

// ---- Figures kept by the database (migration 0019, ADR 0020) ----------------------------------

/** What a tally counts, for one application or summed over many. */
const figureCounts = () => ({
  applications: integer('applications').notNull(),
  /** Applications the fund has decided to pay, in full or in part. */
  approved: integer('approved').notNull(),
  declined: integer('declined').notNull(),
  requestedPence: bigint('requested_pence', { mode: 'number' }).notNull(),
  approvedPence: bigint('approved_pence', { mode: 'number' }).notNull(),
  invoicedPence: bigint('invoiced_pence', { mode: 'number' }).notNull(),
})

/**
 * What each application adds to the figures: one row for the application as a whole (`all`),
 * one for its child (`child`), and one for each therapy type and provider among its lines. The
 * triggers take an application's old rows out of the tallies before counting its new ones.
 */
export const asfFigureParts = pgTable(
  'asf_figure_parts',
  {
    applicationId: uuid('application_id').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    localAuthorityId: uuid('local_authority_id').notNull(),
    financialYear: integer('financial_year').notNull(),
    ...figureCounts(),
  },
  (table) => [
    primaryKey({
      name: 'asf_figure_parts_pk',
      columns: [table.applicationId, table.dimension, table.key],
    }),
  ],
)

/** The figures of a year for one council, summed from the parts: what the figures page reads. */
export const asfFigureTallies = pgTable(
  'asf_figure_tallies',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
    financialYear: integer('financial_year').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    ...figureCounts(),
  },
  (table) => [
    primaryKey({
      name: 'asf_figure_tallies_pk',
      columns: [
        table.organisationId,
        table.localAuthorityId,
        table.financialYear,
        table.dimension,
        table.key,
      ],
    }),
  ],
)
