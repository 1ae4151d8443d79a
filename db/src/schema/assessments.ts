import { sql } from 'drizzle-orm'
import {
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
import { birthRelatives, children, families, familyParents, users } from './accounts.ts'
import { localAuthorities, organisations } from './organisations.ts'
import { supportRequests } from './support-requests.ts'

/**
 * An assessment of adoption support needs (Adoption Support Services Regulations 2005): of an
 * adoptive family (some of its children and parents) or of a birth relative, never both. A birth
 * relative's assessment names no family, so nothing of the family reaches it (ADR 0018). Written in
 * sections, signed off by a team manager, proposed to the family, who may agree or make
 * representations within the agency's period, and then decided.
 */
/**
 * The date an open assessment is next due by, for where it is: to start, to finish, or the
 * family's response; null once nothing waits on a date (a response received, decided, withdrawn).
 * Kept as a column so that the late list reads only the late ones by index.
 */
const dueOnSql = sql`case when status = 'waiting' then start_by when status in ('in_progress', 'returned', 'awaiting_sign_off') then complete_by when status = 'proposal_sent' then response_due_on end`

export const needsAssessments = pgTable(
  'needs_assessments',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The responsible council: staff reach the assessment through it. */
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
    /** `adoptive_family` or `birth_relative`: which of the next two is set. */
    subject: text('subject').notNull(),
    familyId: uuid('family_id').references(() => families.id),
    birthRelativeId: uuid('birth_relative_id').references(() => birthRelatives.id),
    /** The support request it started from, when it did. */
    supportRequestId: uuid('support_request_id').references(() => supportRequests.id),
    /** See `assessmentStatuses` in the contract. */
    status: text('status').notNull().default('waiting'),
    /** Why the assessment was asked for, in the family's or the agency's words. */
    reason: text('reason').notNull(),
    workerUserId: uuid('worker_user_id').references(() => users.id),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    /** The agency's standards, in working days, made into dates when it was asked for and started. */
    startBy: date('start_by', { mode: 'string' }).notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    completeBy: date('complete_by', { mode: 'string' }),
    /** The manager's comments when it was last returned: staff only. */
    managerComments: text('manager_comments'),
    submittedAt: instant('submitted_at'),
    signedOffAt: instant('signed_off_at'),
    signedOffByUserId: uuid('signed_off_by_user_id').references(() => users.id),
    /** The notice of the proposed decision: the needs, the services and any money, in words. */
    proposal: text('proposal'),
    proposalSentAt: instant('proposal_sent_at'),
    /** The family may respond up to the end of this London date. */
    responseDueOn: date('response_due_on', { mode: 'string' }),
    dueOn: date('due_on', { mode: 'string' }).generatedAlwaysAs(dueOnSql),
    /** `agreed` or `representations`. */
    response: text('response'),
    representations: text('representations'),
    respondedAt: instant('responded_at'),
    respondedByUserId: uuid('responded_by_user_id').references(() => users.id),
    decision: text('decision'),
    decidedAt: instant('decided_at'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    withdrawnReason: text('withdrawn_reason'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    ...timestamps,
    version: version(),
  },
  (table) => [
    check(
      'needs_assessments_one_subject',
      sql`(${table.subject} = 'adoptive_family' and ${table.familyId} is not null and ${table.birthRelativeId} is null) or (${table.subject} = 'birth_relative' and ${table.birthRelativeId} is not null and ${table.familyId} is null)`,
    ),
    index('needs_assessments_family_idx').on(table.familyId),
    index('needs_assessments_birth_relative_idx').on(table.birthRelativeId),
    index('needs_assessments_worker_idx').on(table.workerUserId, table.status),
    index('needs_assessments_org_status_idx').on(
      table.organisationId,
      table.status,
      table.localAuthorityId,
    ),
    // The open ones: a few hundred of years of assessments, read by the figures and the late list.
    // It holds every column the figures read, so that they come from the index alone.
    index('needs_assessments_open_idx')
      .on(
        table.organisationId,
        table.localAuthorityId,
        table.status,
        table.startBy,
        table.completeBy,
        table.responseDueOn,
      )
      .where(sql`${table.status} not in ('decided', 'withdrawn')`),
    // The late list: what is past its date, by date, for a few councils of the organisation.
    index('needs_assessments_due_idx')
      .on(table.organisationId, table.dueOn, table.localAuthorityId)
      .where(sql`${table.dueOn} is not null`),
  ],
)

/** The children of the family the assessment is about. */
export const assessmentChildren = pgTable(
  'assessment_children',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => needsAssessments.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
  },
  (table) => [
    primaryKey({ columns: [table.assessmentId, table.childId] }),
    index('assessment_children_child_idx').on(table.childId),
  ],
)

/** The adoptive parents assessed. */
export const assessmentParents = pgTable(
  'assessment_parents',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => needsAssessments.id),
    parentId: uuid('parent_id')
      .notNull()
      .references(() => familyParents.id),
  },
  (table) => [primaryKey({ columns: [table.assessmentId, table.parentId] })],
)

/**
 * One section of the task list, saved and finished on its own: two workers editing two sections
 * never meet, and two editing one section meet at its version (409, their text kept).
 */
export const assessmentSections = pgTable(
  'assessment_sections',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => needsAssessments.id),
    /** See `assessmentSections` in the contract. */
    section: text('section').notNull(),
    content: text('content').notNull().default(''),
    finished: boolean('finished').notNull().default(false),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    version: version(),
  },
  (table) => [primaryKey({ columns: [table.assessmentId, table.section] })],
)

/** Every saved version of a section: who, when and what, for the comparison of two versions. */
export const assessmentSectionVersions = pgTable(
  'assessment_section_versions',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => needsAssessments.id),
    section: text('section').notNull(),
    /** The section's version this text became: 1 is the first save. */
    number: integer('number').notNull(),
    content: text('content').notNull(),
    finished: boolean('finished').notNull(),
    changedByUserId: uuid('changed_by_user_id').references(() => users.id),
    changedAt: instant('changed_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('assessment_section_versions_key').on(
      table.assessmentId,
      table.section,
      table.number,
    ),
  ],
)

/**
 * A support plan made from a decided assessment: the services, the named worker who monitors it
 * and the review date; shared with the family, reviewed, and closed with an outcome.
 */
export const supportPlans = pgTable(
  'support_plans',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => needsAssessments.id),
    /** Copied from the assessment, so a plan is scoped as it is. */
    subject: text('subject').notNull(),
    familyId: uuid('family_id').references(() => families.id),
    birthRelativeId: uuid('birth_relative_id').references(() => birthRelatives.id),
    /** `draft`, `active` (shared with the family) or `closed`. */
    status: text('status').notNull().default('draft'),
    namedWorkerUserId: uuid('named_worker_user_id').references(() => users.id),
    nextReviewOn: date('next_review_on', { mode: 'string' }).notNull(),
    sharedAt: instant('shared_at'),
    outcome: text('outcome'),
    closedAt: instant('closed_at'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    ...timestamps,
    version: version(),
  },
  (table) => [
    uniqueIndex('support_plans_assessment_key').on(table.assessmentId),
    index('support_plans_family_idx').on(table.familyId),
    index('support_plans_birth_relative_idx').on(table.birthRelativeId),
    // Active plans by review date, with their council: the figures' reviews due and overdue come
    // from the index alone.
    index('support_plans_active_review_idx')
      .on(table.organisationId, table.nextReviewOn, table.localAuthorityId)
      .where(sql`${table.status} = 'active'`),
  ],
)

/** One service of a plan: what, who provides it, how often, when, what it costs and who pays. */
export const planServices = pgTable(
  'plan_services',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => supportPlans.id),
    description: text('description').notNull(),
    provider: text('provider').notNull(),
    frequency: text('frequency').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    /** Money in pence, as a whole number. */
    costPence: integer('cost_pence').notNull().default(0),
    /** See `fundingSources` in the contract. */
    fundingSource: text('funding_source').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [index('plan_services_plan_idx').on(table.planId, table.position)],
)

/** A review of a plan: what changed, and when it is next reviewed. */
export const planReviews = pgTable(
  'plan_reviews',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => supportPlans.id),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    whatChanged: text('what_changed').notNull(),
    nextReviewOn: date('next_review_on', { mode: 'string' }).notNull(),
    reviewedByUserId: uuid('reviewed_by_user_id').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('plan_reviews_plan_idx').on(table.planId, table.reviewedOn)],
)
