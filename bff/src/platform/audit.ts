import { auditEvents, sql, type Writer } from '@asp/db'
import type { Actor } from './actor.ts'

export type AuditAction =
  | 'read'
  | 'create'
  | 'update'
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'second-factor-set-up'
  | 'password-changed'
  | 'password-reset'
  | 'invitation-created'
  | 'invitation-accepted'
  | 'access-refused'

export interface AuditEntry {
  action: AuditAction
  recordType: string
  recordId?: string | null
  localAuthorityId?: string | null
  outcome?: 'success' | 'refused' | 'failed'
  details?: Record<string, unknown>
}

export interface AuditContext {
  actor?: Pick<Actor, 'userId' | 'role' | 'organisationId'> | undefined
  organisationId?: string | undefined
  ipAddress?: string | undefined
  userAgent?: string | undefined
  requestId?: string | undefined
}

/**
 * Writes an audit event: who, what, when and from where (ASVS 16.2.1). Pass the transaction of
 * the business operation so that the change and its record commit together.
 */
export async function recordAudit(db: Writer, context: AuditContext, entry: AuditEntry) {
  await preparedInsert(db).execute({
    organisationId: context.actor?.organisationId ?? context.organisationId ?? null,
    actorUserId: context.actor?.userId ?? null,
    actorRole: context.actor?.role ?? null,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId ?? null,
    localAuthorityId: entry.localAuthorityId ?? null,
    outcome: entry.outcome ?? 'success',
    ipAddress: context.ipAddress ?? null,
    userAgent: context.userAgent?.slice(0, 300) ?? null,
    requestId: context.requestId ?? null,
    // Written as JSON here so that no details stay SQL NULL (the column's encoder would write 'null').
    details: entry.details ? JSON.stringify(entry.details) : null,
  })
}

type AuditValues = Omit<typeof auditEvents.$inferInsert, 'id' | 'occurredAt'>

const columns = [
  'organisationId',
  'actorUserId',
  'actorRole',
  'action',
  'recordType',
  'recordId',
  'localAuthorityId',
  'outcome',
  'ipAddress',
  'userAgent',
  'requestId',
] as const satisfies readonly (keyof AuditValues)[]

/**
 * The insert, built once for each database or transaction and then only filled in: every read of
 * a case record writes one, and building it afresh cost more than sending it (ADR 0011). Values
 * still go as bound parameters through each column's encoder; `details` comes already written as
 * JSON, or SQL NULL, from `recordAudit`.
 */
const prepared = new WeakMap<Writer, ReturnType<typeof prepareInsert>>()

function prepareInsert(db: Writer) {
  const values = {
    ...Object.fromEntries(columns.map((column) => [column, sql.placeholder(column)])),
    details: sql`${sql.placeholder('details')}::jsonb`,
  } as unknown as AuditValues
  return db.insert(auditEvents).values(values).prepare('asp_audit_insert')
}

function preparedInsert(db: Writer) {
  let insert = prepared.get(db)
  if (!insert) {
    insert = prepareInsert(db)
    prepared.set(db, insert)
  }
  return insert
}

export function auditContextOf(actor: Actor): AuditContext {
  return {
    actor,
    ipAddress: actor.ipAddress,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
  }
}
