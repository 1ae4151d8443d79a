import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  smallint,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, instant, timestamps, version } from './_columns.ts'
import { birthRelatives, families, users } from './accounts.ts'
import { localAuthorities, organisations } from './organisations.ts'
import { files } from './platform.ts'

/**
 * How an agency runs its support line: duty hours, response standards in working days, and its
 * support tiers. Data, not constants, because agencies differ.
 */
export const supportSettings = pgTable('support_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  /** ISO weekdays the duty line is staffed: 1 is Monday. */
  dutyDays: integer('duty_days').array().notNull(),
  /** London wall-clock times, 'HH:mm'. */
  dutyOpens: text('duty_opens').notNull(),
  dutyCloses: text('duty_closes').notNull(),
  /** Working days to a first reply, by urgency: { urgent, soon, routine }. */
  responseDays: jsonb('response_days').$type<Record<string, number>>().notNull(),
  /** Working days within which a crisis or safeguarding concern must have a named worker. */
  crisisAllocationDays: integer('crisis_allocation_days').notNull().default(1),
  tiers: jsonb('tiers').$type<{ level: number; name: string }[]>().notNull(),
  /**
   * Needs assessments: calendar days the family has to respond to a proposed decision, and the
   * agency's standards in working days to start an assessment once asked and to finish it once
   * started (ADR 0018).
   */
  assessmentResponseDays: integer('assessment_response_days').notNull().default(28),
  assessmentStartDays: integer('assessment_start_days').notNull().default(10),
  assessmentCompleteDays: integer('assessment_complete_days').notNull().default(40),
  ...timestamps,
  version: version(),
})

/**
 * How many requests each council has in each queue and status, kept by triggers on
 * support_requests in the same transaction as the change (migration 0009), so the triage queue's
 * total is a sum of a few rows rather than a count of thousands (ADR 0012). Written only by those
 * triggers.
 */
export const supportRequestTallies = pgTable(
  'support_request_tallies',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
    queue: text('queue').notNull(),
    status: text('status').notNull(),
    requests: integer('requests').notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.organisationId, table.localAuthorityId, table.queue, table.status],
    }),
  ],
)

/** Each agency's running number for request references, ASR-2026-000123, per year. */
export const referenceCounters = pgTable(
  'reference_counters',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (table) => [
    uniqueIndex('reference_counters_key').on(table.organisationId, table.prefix, table.year),
  ],
)

// What the queue orders by, worked out by the database from each row's own columns (generated
// columns), so that the order is indexed and can never disagree with the row (ADR 0013).
// A crisis: a safeguarding concern, or the crisis category.
const isCrisis = sql`(safeguarding or categories @> array['crisis_or_child_to_parent_violence']::text[])`
/** 0 a crisis waiting for triage, 1 an urgent request waiting for triage, 2 the rest. */
const queueRankSql = sql`case when status = 'new' and ${isCrisis} then 0 when status = 'new' and urgency = 'urgent' then 1 else 2 end`
/**
 * The London date the support line must act by on an open request, or null: the first reply or
 * triage (while the request is new or has no reply) by the response standard, and for a crisis
 * with no worker a named worker by the agency's standard, whichever is sooner.
 */
const actionDueOnSql = sql`case when status not in ('closed', 'withdrawn') then least(case when status = 'new' or first_responded_at is null then response_due_on end, case when worker_id is null and ${isCrisis} then allocation_due_on end) end`

/**
 * A request for support, from a family, a birth relative or an enquirer not yet known to the
 * service. Family and birth relative requests are kept apart: a birth relative's request never
 * names the adoptive family.
 */
export const supportRequests = pgTable(
  'support_requests',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
    reference: text('reference').notNull(),
    /** `family` or `birth_relative`: which queue it is in. */
    queue: text('queue').notNull(),
    familyId: uuid('family_id').references(() => families.id),
    birthRelativeId: uuid('birth_relative_id').references(() => birthRelatives.id),
    /** Someone not yet a portal user, until linked to a family record. */
    enquirerName: text('enquirer_name'),
    enquirerContact: text('enquirer_contact'),
    /** The portal user who asked, or the member of staff who logged the contact. */
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    channel: text('channel').notNull(),
    categories: text('categories').array().notNull(),
    childIds: uuid('child_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    description: text('description').notNull(),
    urgency: text('urgency').notNull(),
    contactMethod: text('contact_method').notNull(),
    contactPhone: text('contact_phone'),
    contactTimes: text('contact_times'),
    status: text('status').notNull().default('new'),
    tier: integer('tier'),
    safeguarding: boolean('safeguarding').notNull().default(false),
    workerId: uuid('worker_id').references(() => users.id),
    receivedAt: instant('received_at').notNull().defaultNow(),
    /** The London date a first reply is due by, from the response standards. */
    responseDueOn: date('response_due_on', { mode: 'string' }).notNull(),
    /**
     * The London date a crisis or safeguarding concern must have a named worker by, from the
     * agency's standard; set for every request, since a request may become one at triage.
     */
    allocationDueOn: date('allocation_due_on', { mode: 'string' }).notNull(),
    /** When team managers were told that a crisis had no worker past the standard: once only. */
    crisisAlertedAt: instant('crisis_alerted_at'),
    queueRank: smallint('queue_rank').notNull().generatedAlwaysAs(queueRankSql),
    actionDueOn: date('action_due_on', { mode: 'string' }).generatedAlwaysAs(actionDueOnSql),
    firstRespondedAt: instant('first_responded_at'),
    adviceCallAt: instant('advice_call_at'),
    /** Working days from enquiry to the booked call, kept for reports. */
    daysToAdviceCall: integer('days_to_advice_call'),
    outcome: text('outcome'),
    closedAt: instant('closed_at'),
    /** The client's key for the create: retried submissions make one request. */
    idempotencyKey: uuid('idempotency_key'),
    /** When the family last read the thread, for "unread messages". */
    familyReadAt: instant('family_read_at'),
    ...timestamps,
    version: version(),
  },
  (table) => [
    uniqueIndex('support_requests_reference_key').on(table.organisationId, table.reference),
    uniqueIndex('support_requests_idempotency_key').on(table.createdByUserId, table.idempotencyKey),
    // The triage queue in its order (ADR 0013): open requests, crises and urgent requests waiting
    // for triage, then what is due soonest, then the next advice call, then the oldest.
    index('support_requests_queue_order_idx')
      .on(
        table.organisationId,
        table.queueRank,
        table.actionDueOn,
        table.adviceCallAt,
        table.receivedAt,
        table.id,
      )
      .where(sql`${table.status} not in ('closed', 'withdrawn')`),
    // One council's queue in the same order, and counting the queue from the index alone: every
    // column its filters read, so the count need not visit the table (ADR 0011, 0013).
    index('support_requests_open_scope_idx')
      .on(
        table.organisationId,
        table.localAuthorityId,
        table.queueRank,
        table.actionDueOn,
        table.adviceCallAt,
        table.receivedAt,
        table.id,
        table.status,
        table.queue,
        table.workerId,
      )
      .where(sql`${table.status} not in ('closed', 'withdrawn')`),
    index('support_requests_organisation_idx').on(table.organisationId, table.receivedAt),
    index('support_requests_family_idx').on(table.familyId, table.receivedAt),
    index('support_requests_birth_relative_idx').on(table.birthRelativeId, table.receivedAt),
    index('support_requests_worker_idx').on(table.workerId, table.status),
  ],
)

/**
 * Each request's status, tier and worker over time, so that figures "as at" a past date come from
 * what was true then, not from today's row: a row when the request is made and another whenever
 * one of them changes, written by triggers on support_requests in the same transaction as the
 * change (migration 0020). The council, queue and family are copied in (and a change to them is a
 * row too), so that such a report reads this table alone. Append-only: the database refuses to
 * change a row, or to remove one except with its request.
 */
export const supportRequestStatusHistory = pgTable(
  'support_request_status_history',
  {
    /** Write order, so that changes at the same instant keep the order they happened in. */
    position: bigint('position', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    supportRequestId: uuid('support_request_id')
      .notNull()
      .references(() => supportRequests.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    localAuthorityId: uuid('local_authority_id').notNull(),
    queue: text('queue').notNull(),
    familyId: uuid('family_id'),
    birthRelativeId: uuid('birth_relative_id'),
    status: text('status').notNull(),
    tier: integer('tier'),
    workerId: uuid('worker_id'),
    /** When the request took these values: its `updated_at` as the change wrote it. */
    changedAt: instant('changed_at').notNull(),
  },
  (table) => [
    index('support_request_status_history_organisation_idx').on(
      table.organisationId,
      table.changedAt,
    ),
    index('support_request_status_history_request_idx').on(table.supportRequestId, table.changedAt),
    // "As at": each request's latest row before a date, read in the index's order with no sort,
    // and what the caseload counts without visiting the table (bench:reports).
    index('support_request_status_history_as_at_idx').on(
      table.organisationId,
      table.queue,
      table.supportRequestId,
      table.changedAt.desc(),
      table.position.desc(),
      table.localAuthorityId,
      table.familyId,
      table.status,
    ),
  ],
)

/** What happened to a request, in order; `visibleToFamily` marks what the family's timeline shows. */
export const supportRequestEvents = pgTable(
  'support_request_events',
  {
    id: id(),
    supportRequestId: uuid('support_request_id')
      .notNull()
      .references(() => supportRequests.id),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
    /** Write order, so that events at the same instant keep the order they happened in. */
    position: integer('position').generatedAlwaysAsIdentity(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    kind: text('kind').notNull(),
    /** Staff words. */
    summary: text('summary').notNull(),
    /** Family words, when the family's timeline shows it. */
    familySummary: text('family_summary'),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (table) => [
    index('support_request_events_request_idx').on(table.supportRequestId, table.occurredAt),
  ],
)

/** A message between the family (or birth relative) and the team. */
export const supportRequestMessages = pgTable(
  'support_request_messages',
  {
    id: id(),
    supportRequestId: uuid('support_request_id')
      .notNull()
      .references(() => supportRequests.id),
    authorUserId: uuid('author_user_id').references(() => users.id),
    /** `family` or `team`. */
    fromSide: text('from_side').notNull(),
    body: text('body').notNull(),
    idempotencyKey: uuid('idempotency_key'),
    sentAt: instant('sent_at').notNull().defaultNow(),
    /** Write order, for messages sent at the same instant. */
    position: integer('position').generatedAlwaysAsIdentity(),
  },
  (table) => [
    index('support_request_messages_request_idx').on(table.supportRequestId, table.sentAt),
    uniqueIndex('support_request_messages_idempotency_key').on(
      table.authorUserId,
      table.idempotencyKey,
    ),
  ],
)

/** Files sent with a message; each file belongs to one message. */
export const messageAttachments = pgTable(
  'message_attachments',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => supportRequestMessages.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
  },
  (table) => [
    primaryKey({ columns: [table.messageId, table.fileId] }),
    uniqueIndex('message_attachments_file_key').on(table.fileId),
  ],
)

/** An internal case note: staff only, never shown to the family. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: id(),
    supportRequestId: uuid('support_request_id')
      .notNull()
      .references(() => supportRequests.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    writtenAt: instant('written_at').notNull().defaultNow(),
    position: integer('position').generatedAlwaysAsIdentity(),
  },
  (table) => [index('case_notes_request_idx').on(table.supportRequestId, table.writtenAt)],
)

/**
 * Every contact the duty line takes, so that every call is counted, including those that make no
 * request (wrong numbers, people seeking information).
 */
export const contactLogs = pgTable(
  'contact_logs',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    localAuthorityId: uuid('local_authority_id').references(() => localAuthorities.id),
    receivedAt: instant('received_at').notNull().defaultNow(),
    channel: text('channel').notNull(),
    referralSource: text('referral_source'),
    classification: text('classification').notNull(),
    familyId: uuid('family_id').references(() => families.id),
    enquirerName: text('enquirer_name'),
    enquirerContact: text('enquirer_contact'),
    supportRequestId: uuid('support_request_id').references(() => supportRequests.id),
    summary: text('summary').notNull(),
    loggedByUserId: uuid('logged_by_user_id')
      .notNull()
      .references(() => users.id),
    idempotencyKey: uuid('idempotency_key'),
  },
  (table) => [
    index('contact_logs_organisation_idx').on(table.organisationId, table.receivedAt),
    uniqueIndex('contact_logs_idempotency_key').on(table.loggedByUserId, table.idempotencyKey),
  ],
)

/**
 * What a family or birth relative thought of the support, left once a request is closed: one
 * each, never changed. It carries the request's organisation and council so that reports count
 * it by area (DOMAIN.md §9: feedback returns).
 */
export const supportRequestFeedback = pgTable(
  'support_request_feedback',
  {
    supportRequestId: uuid('support_request_id')
      .primaryKey()
      .references(() => supportRequests.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
    /** very_satisfied, satisfied, neither, dissatisfied or very_dissatisfied. */
    rating: text('rating').notNull(),
    comment: text('comment'),
    leftByUserId: uuid('left_by_user_id').references(() => users.id),
    leftAt: instant('left_at').notNull().defaultNow(),
  },
  (table) => [index('support_request_feedback_org_idx').on(table.organisationId, table.leftAt)],
)

/** A half-finished "Ask for support", one per person. */
export const supportRequestDrafts = pgTable('support_request_drafts', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  draft: jsonb('draft').$type<Record<string, unknown>>().notNull(),
  savedAt: instant('saved_at').notNull().defaultNow(),
})

export type SupportSettingsRow = typeof supportSettings.$inferSelect
export type SupportRequestRow = typeof supportRequests.$inferSelect
export type NewSupportRequestRow = typeof supportRequests.$inferInsert
export type SupportRequestStatusHistoryRow = typeof supportRequestStatusHistory.$inferSelect
export type SupportRequestEventRow = typeof supportRequestEvents.$inferSelect
export type SupportRequestMessageRow = typeof supportRequestMessages.$inferSelect
export type CaseNoteRow = typeof caseNotes.$inferSelect
export type ContactLogRow = typeof contactLogs.$inferSelect
export type SupportRequestFeedbackRow = typeof supportRequestFeedback.$inferSelect
