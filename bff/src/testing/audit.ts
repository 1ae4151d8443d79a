import { and, asc, auditEvents, eq, type Db } from '@asp/db'

// The audit trail as tests read it: every feature's tests prove their reads and writes are in it.

/** The audit events recorded against one record, oldest first. */
export async function auditOf(db: Db, recordType: string, recordId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.recordType, recordType), eq(auditEvents.recordId, recordId)))
    .orderBy(asc(auditEvents.occurredAt))
}

/** The audit events one user recorded against a kind of record, oldest first. */
export async function auditBy(db: Db, userId: string, recordType: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUserId, userId), eq(auditEvents.recordType, recordType)))
    .orderBy(asc(auditEvents.occurredAt))
}
