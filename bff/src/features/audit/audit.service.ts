import type { Db } from '@asp/db'
import { roles, type AuditTrail, type Role } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { AppError } from '../../platform/errors.ts'
import { findAuditEvents, findRecordArea, type AuditedRecord } from './audit.repository.ts'

export function auditService(db: Db) {
  return {
    /**
     * A family's or support request's audit trail, for a team manager who may reach the record.
     * Another record answers 404, never 403, so that its existence does not leak. Reading the
     * trail is itself audited.
     */
    async getAuditTrail(actor: Actor, record: AuditedRecord): Promise<AuditTrail> {
      const found = await findRecordArea(db, actor, record)
      if (!found) throw new AppError('NOT_FOUND')
      const events = await findAuditEvents(db, actor.organisationId, record)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'audit-trail',
        recordId: record.recordId,
        localAuthorityId: found.localAuthorityId,
      })
      return {
        events: events.map(({ details, actorRole, ...event }) => ({
          ...event,
          actorRole: (roles as readonly string[]).includes(actorRole ?? '')
            ? (actorRole as Role)
            : null,
          occurredAt: event.occurredAt.toISOString(),
          changedFields: Array.isArray(details?.fields) ? details.fields.map(String) : [],
        })),
      }
    },
  }
}
