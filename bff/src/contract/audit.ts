import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'
import { roleSchema } from './session.ts'

export const auditQuerySchema = z.object({
  recordType: z.enum(['family', 'support-request'], { error: 'Select a record type' }),
  recordId: z.uuid({ error: 'Enter a valid record reference' }),
})
export const auditEventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.iso.datetime(),
  actorName: z.string().nullable(),
  actorRole: roleSchema.nullable(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  ipAddress: z.string().nullable(),
  /** For changes: the names of the fields that changed (never their values). */
  changedFields: z.array(z.string()),
})
export const auditTrailSchema = z.object({ events: z.array(auditEventSchema) })
export type AuditEvent = z.infer<typeof auditEventSchema>
export type AuditTrail = z.infer<typeof auditTrailSchema>

/** The endpoints of the audit trail. */
export const auditEndpoints = {
  getAuditTrail: defineEndpoint({
    method: 'get',
    path: '/api/audit-events',
    summary: 'Who read or changed a record, when and from where',
    tag: 'audit',
    query: auditQuerySchema,
    response: auditTrailSchema,
  }),
} as const
