import { and, auditEvents, desc, eq, families, supportRequests, users, type Reader } from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { staffFamilyScope } from '../families/index.ts'
import { staffRequestScope } from '../support-requests/index.ts'

/** The records an audit trail can be read for. */
export type AuditedRecord = { recordType: 'family' | 'support-request'; recordId: string }

/** The local authority of a record the member of staff may reach; none if they may not. */
export async function findRecordArea(db: Reader, actor: Actor, record: AuditedRecord) {
  const [row] =
    record.recordType === 'family'
      ? await db
          .select({ localAuthorityId: families.localAuthorityId })
          .from(families)
          .where(and(eq(families.id, record.recordId), staffFamilyScope(actor)))
      : await db
          .select({ localAuthorityId: supportRequests.localAuthorityId })
          .from(supportRequests)
          .where(and(eq(supportRequests.id, record.recordId), staffRequestScope(actor)))
  return row
}

/** A record's audit events within the organisation, newest first, at most 500. */
export function findAuditEvents(db: Reader, organisationId: string, record: AuditedRecord) {
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorName: users.name,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
      ipAddress: auditEvents.ipAddress,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.recordType, record.recordType),
        eq(auditEvents.recordId, record.recordId),
        eq(auditEvents.organisationId, organisationId),
      ),
    )
    .orderBy(desc(auditEvents.occurredAt))
    .limit(500)
}
