import { customType, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { instant } from './_columns.ts'

/** Facts about this installation, such as when demo data was seeded. */
export const installationFacts = pgTable('installation_facts', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  recordedAt: instant('recorded_at').notNull().defaultNow(),
})

export type InstallationFactRow = typeof installationFacts.$inferSelect

/**
 * What happened to a case record, who did it, when and from where. Append-only: a trigger refuses
 * UPDATE and DELETE (see the migration `audit_events_append_only`).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
    organisationId: uuid('organisation_id'),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    localAuthorityId: uuid('local_authority_id'),
    outcome: text('outcome').notNull().default('success'),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (table) => [
    index('audit_events_record_idx').on(table.recordType, table.recordId, table.occurredAt),
    index('audit_events_actor_idx').on(table.actorUserId, table.occurredAt),
  ],
)

/** The durable outbox of messages to send: written in the business transaction, sent by a worker. */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel').notNull().default('email'),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lockedUntil: instant('locked_until'),
    sentAt: instant('sent_at'),
    lastError: text('last_error'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('outbox_messages_due_idx').on(table.status, table.nextAttemptAt)],
)

/** Counters for throttling, shared by every BFF process. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  resetAt: instant('reset_at').notNull(),
})

export type AuditEventRow = typeof auditEvents.$inferSelect
export type NewAuditEventRow = typeof auditEvents.$inferInsert
export type OutboxMessageRow = typeof outboxMessages.$inferSelect

/**
 * Authenticator codes already used, kept for as long as they could still be accepted, so that a
 * code cannot be used twice (ASVS 6.5.1). The key is the user and the code.
 */
export const usedCodes = pgTable('used_codes', {
  key: text('key').primaryKey(),
  expiresAt: instant('expires_at').notNull(),
})

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
})

/**
 * An uploaded file: its type is the one found in its bytes, never the name's. Kept in the
 * database so that it commits and is backed up with the records it belongs to (ADR 0009).
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('files_uploader_idx').on(table.uploadedByUserId, table.createdAt)],
)

export type FileRow = typeof files.$inferSelect
