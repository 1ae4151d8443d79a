import type { NewSupportRequestRow, SupportRequestRow, Tx, Writer } from '@asp/db'
import type { z } from 'zod'
import type { sendMessageSchema, Urgency } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit, type AuditAction } from '../../platform/audit.ts'
import { AppError } from '../../platform/errors.ts'
import { attachToMessage } from '../../platform/files/files.ts'
import { addWorkingDays, formatLondonDate } from '../../platform/working-days/working-days.ts'
import {
  createMessage,
  createRequest,
  createRequestEvent,
  nextReferenceNumber,
  updateRequestIfVersion,
} from './support-requests.repository.ts'
import { bankHolidays, findSupportSettings } from './support-settings.ts'

// The rules both sides share: families and birth relatives (family-requests.service.ts) and the
// support line (support-line.service.ts) make requests, send messages and change requests alike.

export type SendMessage = z.output<typeof sendMessageSchema>

export const notFound = () => new AppError('NOT_FOUND')

/** Records an action on a request in the audit log. */
export async function auditRequest(
  db: Writer,
  actor: Actor,
  request: Pick<SupportRequestRow, 'id' | 'localAuthorityId'>,
  action: AuditAction,
  details?: Record<string, unknown>,
) {
  await recordAudit(db, auditContextOf(actor), {
    action,
    recordType: 'support-request',
    recordId: request.id,
    localAuthorityId: request.localAuthorityId,
    details,
  })
}

/** Applies a versioned change; the loser of a race gets 409, never a silent overwrite. */
export async function updateOrConflict(
  tx: Writer,
  request: Pick<SupportRequestRow, 'id'>,
  version: number,
  changes: Partial<NewSupportRequestRow>,
  updatedAt: Date,
) {
  const updated = await updateRequestIfVersion(tx, { id: request.id, version }, changes, updatedAt)
  if (!updated) {
    throw new AppError('CONFLICT', {
      message: 'This request was changed by someone else. Check it and try again',
    })
  }
  return updated
}

/**
 * Adds a message from one side to a request's thread with the sender's attachments, once for each
 * idempotency key: the new message's id, or undefined if it was sent before.
 */
export async function addMessage(
  tx: Tx,
  actor: Actor,
  request: Pick<SupportRequestRow, 'id'>,
  fromSide: 'family' | 'team',
  body: SendMessage,
  sentAt: Date,
) {
  const sent = await createMessage(tx, {
    supportRequestId: request.id,
    authorUserId: actor.userId,
    fromSide,
    body: body.body,
    idempotencyKey: body.idempotencyKey,
    sentAt,
  })
  if (sent) await attachToMessage(tx, actor, sent.id, body.attachmentIds)
  return sent?.id
}

/** The next reference in the agency's series for the year, e.g. ASR-2026-000123. */
async function nextReference(tx: Writer, organisationId: string, now: Date) {
  const year = Number(formatLondonDate(now).slice(-4))
  const last = await nextReferenceNumber(tx, organisationId, 'ASR', year)
  return `ASR-${year}-${String(last).padStart(6, '0')}`
}

/** The request was made before with the same idempotency key. */
export class DuplicateSubmission extends Error {}

export interface NewRequest {
  organisationId: string
  localAuthorityId: string
  queue: 'family' | 'birth_relative'
  familyId: string | null
  birthRelativeId: string | null
  enquirerName?: string | null
  enquirerContact?: string | null
  channel: string
  categories: string[]
  childIds: string[]
  description: string
  urgency: Urgency
  contactMethod: string
  contactPhone?: string | null
  contactTimes?: string | null
  createdByUserId: string
  idempotencyKey: string | null
  createdSummary: { staff: string; family: string }
}

/**
 * Writes a new request with its reference, what is due on it, its first event and audit; inside
 * the caller's transaction. Throws DuplicateSubmission if its maker already made it.
 */
export async function recordNewRequest(tx: Tx, actor: Actor, input: NewRequest, now: Date) {
  const settings = await findSupportSettings(tx, input.organisationId)
  const responseDueOn = addWorkingDays(now, settings.responseDays[input.urgency], bankHolidays)
  const allocationDueOn = addWorkingDays(now, settings.crisisAllocationDays, bankHolidays)
  const reference = await nextReference(tx, input.organisationId, now)
  const created = await createRequest(tx, {
    organisationId: input.organisationId,
    localAuthorityId: input.localAuthorityId,
    reference,
    queue: input.queue,
    familyId: input.familyId,
    birthRelativeId: input.birthRelativeId,
    enquirerName: input.enquirerName ?? null,
    enquirerContact: input.enquirerContact ?? null,
    createdByUserId: input.createdByUserId,
    channel: input.channel,
    categories: input.categories,
    childIds: input.childIds,
    description: input.description,
    urgency: input.urgency,
    contactMethod: input.contactMethod,
    contactPhone: input.contactPhone ?? null,
    contactTimes: input.contactTimes ?? null,
    receivedAt: now,
    // The app's clock, not the database's: the status history dates the request by these.
    createdAt: now,
    updatedAt: now,
    responseDueOn,
    allocationDueOn,
    idempotencyKey: input.idempotencyKey,
  })
  if (!created) throw new DuplicateSubmission()
  await createRequestEvent(tx, {
    supportRequestId: created.id,
    occurredAt: now,
    actorUserId: actor.userId,
    kind: 'created',
    summary: input.createdSummary.staff,
    familySummary: input.createdSummary.family,
  })
  await auditRequest(tx, actor, created, 'create')
  return created
}
