import { auditEvents, type Db } from '@asp/db'
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
export async function recordAudit(
  db: Pick<Db, 'insert'>,
  context: AuditContext,
  entry: AuditEntry,
) {
  await db.insert(auditEvents).values({
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
    details: entry.details ?? null,
  })
}

export function auditContextOf(actor: Actor): AuditContext {
  return {
    actor,
    ipAddress: actor.ipAddress,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
  }
}
