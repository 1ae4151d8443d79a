import type { Db, NewSupportRequestRow, SupportRequestRow, Tx, Writer } from '@asp/db'
import type { z } from 'zod'
import type { ContactClassification, SupportStatus, TriageDecision } from '../../contract/index.ts'
import {
  triageDecisionNames,
  type allocateSchema,
  type closeSchema,
  type linkFamilySchema,
  type logContactSchema,
  type triageSchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import {
  formatLondonDateTime,
  toLondonDate,
  workingDaysBetween,
} from '../../platform/working-days/working-days.ts'
import {
  createCaseNote,
  createContactLog,
  findAllocatableWorker,
  findCaseloads,
  findContactFamily,
  findContactLog,
  findMyWork,
  findQueuePage,
  findRequestReference,
  findStaffFamily,
  findTeamFigures,
  findTeamManagerEmails,
  updateFirstRespondedAt,
  type QueueFilters,
} from './support-line.repository.ts'
import {
  createRequestEvent,
  findRecipients,
  findRequest,
  findRequestParts,
  findRequestWithParts,
  staffRequestScope,
  type RequestParts,
} from './support-requests.repository.ts'
import {
  addMessage,
  auditRequest,
  notFound,
  recordNewRequest,
  updateOrConflict,
  type SendMessage,
} from './support-requests.service.ts'
import { isOpen, nextStatus } from './status-machine.ts'
import { bankHolidays, defaultSupportSettings, findSupportSettings } from './support-settings.ts'
import { toQueueItem, toStaffRequest } from './support-requests.views.ts'

const familyWordsForDecision: Record<TriageDecision, (call: Date | null) => string> = {
  advice_and_close: () => 'We gave you advice and closed your request',
  offer_group_or_training: () => 'We suggested a support group or training and closed your request',
  duty_support: () => 'The duty team will support you',
  book_advice_call: (call) =>
    `We booked a support and advice call for ${call ? formatLondonDateTime(call) : 'you'}`,
  allocate_for_assessment: () =>
    'Your request will be given to a support worker for an assessment of your needs',
  refer_on: () => 'We passed your request to another service',
}

const defaultTier: Record<TriageDecision, number> = {
  advice_and_close: 1,
  offer_group_or_training: 1,
  duty_support: 2,
  book_advice_call: 2,
  allocate_for_assessment: 3,
  refer_on: 1,
}

const outcomeOfDecision: Partial<Record<TriageDecision, string>> = {
  advice_and_close: 'advice_given',
  offer_group_or_training: 'signposted',
  refer_on: 'referred_on',
}

/** A family's emails say what changed and ask them to sign in; never what the request is about. */
async function emailFamily(
  db: Writer,
  request: SupportRequestRow,
  publicUrl: string,
  what: string,
) {
  for (const recipient of await findRecipients(db, request)) {
    await enqueueEmail(db, {
      recipient,
      template: 'support-request-updated',
      subject: `Your request ${request.reference} has been updated`,
      body: [
        `${what} on your request ${request.reference}.`,
        '',
        `Sign in to read it: ${publicUrl}/support/requests/${request.id}`,
      ].join('\n'),
    })
  }
}

/** What logging a contact answers: the contact, and the request it made or updated if any. */
async function contactAnswer(db: Writer, logged: { id: string; supportRequestId: string | null }) {
  if (!logged.supportRequestId) return { id: logged.id, supportRequest: null }
  const request = await findRequestReference(db, logged.supportRequestId)
  return { id: logged.id, supportRequest: request ?? null }
}

/**
 * What the support line does: the triage queue, triage, allocation, linking a family, case notes,
 * messages, closing, logging contacts, My work, the team view and the agency's settings.
 */
export function supportLineService(db: Db, clock: Clock, publicUrl: string) {
  async function scoped(actor: Actor, id: string, tx: Writer = db) {
    const request = await findRequest(tx, id, staffRequestScope(actor))
    if (!request) throw notFound()
    return request
  }

  function staffView(actor: Actor, request: SupportRequestRow, parts: RequestParts) {
    return toStaffRequest(
      request,
      parts,
      parts.tiers ?? defaultSupportSettings.tiers,
      clock(),
      actor.role === 'team_manager',
    )
  }

  async function view(actor: Actor, request: SupportRequestRow, tx: Writer = db) {
    return staffView(actor, request, await findRequestParts(tx, request, 'staff'))
  }

  /**
   * Changes a request in the caller's scope in one transaction, then answers with its page, read
   * after the commit: a transaction's one connection runs one query at a time.
   */
  async function change(
    actor: Actor,
    id: string,
    work: (tx: Tx, request: SupportRequestRow) => Promise<SupportRequestRow>,
  ) {
    const saved = await db.transaction(async (tx) => work(tx, await scoped(actor, id, tx)))
    return view(actor, saved)
  }

  /** Applies a versioned change; the loser of a race gets 409, never a silent overwrite. */
  function update(
    tx: Tx,
    request: SupportRequestRow,
    version: number,
    changes: Partial<NewSupportRequestRow>,
  ) {
    return updateOrConflict(tx, request, version, changes, clock())
  }

  /**
   * Team managers of the request's local authority, but any with a conflict of interest, hear of a
   * safeguarding concern at once.
   */
  async function alertManagers(tx: Writer, request: SupportRequestRow) {
    const managers = await findTeamManagerEmails(tx, request)
    for (const recipient of managers) {
      await enqueueEmail(tx, {
        recipient,
        template: 'safeguarding-alert',
        subject: `Safeguarding concern flagged on ${request.reference}`,
        body: [
          `A safeguarding concern has been flagged on request ${request.reference}.`,
          '',
          `Sign in to read it: ${publicUrl}/support-line/requests/${request.id}`,
        ].join('\n'),
      })
    }
  }

  return {
    /** One page of the triage queue in its order, with the total and each view's count. */
    async queue(actor: Actor, filters: QueueFilters, pageSize: number) {
      const { rows, total, views } = await findQueuePage(db, actor, filters, pageSize)
      const now = clock()
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'support-request',
        details: { queue: true, page: filters.page, results: rows.length },
      })
      return {
        items: rows.map((row) => toQueueItem(row, now)),
        page: filters.page,
        pageSize,
        total,
        views,
      }
    },

    /** A worker's own open requests, with counts by status and how many are overdue. */
    async myWork(actor: Actor) {
      const { counts, rows } = await findMyWork(db, actor)
      const now = clock()
      const items = rows.map((row) => toQueueItem(row, now))
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'support-request',
        details: { myWork: true, results: items.length },
      })
      return { counts, overdue: items.filter((i) => i.due?.overdue).length, items }
    },

    /**
     * The team's figures for managers: by status, overdue, unallocated, crises without a worker
     * past the standard, and safeguarding alerts.
     */
    async teamView(actor: Actor) {
      const now = clock()
      const figures = await findTeamFigures(db, actor, toLondonDate(now))
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'support-request',
        details: { teamView: true },
      })
      return {
        countsByStatus: figures.countsByStatus,
        overdue: figures.overdue,
        unallocated: figures.unallocated,
        crisisOverdueCount: figures.crisisCount,
        crisisOverdue: figures.crises.map((row) => toQueueItem(row, now)),
        safeguardingAlerts: figures.alerts.map((row) => toQueueItem(row, now)),
        workers: figures.workers,
      }
    },

    /** Workers who may take requests in the caller's local authorities, with their caseloads. */
    async findWorkers(actor: Actor) {
      return { workers: await findCaseloads(db, actor) }
    },

    /** The agency's duty hours, response standards and tiers, or the product's defaults. */
    async getSettings(actor: Actor) {
      const settings = await findSupportSettings(db, actor.organisationId)
      return {
        dutyHours: settings.dutyHours,
        responseStandards: settings.responseDays,
        crisisAllocationDays: settings.crisisAllocationDays,
        tiers: settings.tiers,
      }
    },

    async get(actor: Actor, id: string) {
      // The row and its parts in one statement: the page is read more than anything else.
      const found = await findRequestWithParts(db, id, staffRequestScope(actor), 'staff')
      if (!found) throw notFound()
      const { request, parts } = found
      const result = staffView(actor, request, parts)
      await auditRequest(db, actor, request, 'read')
      return result
    },

    async triage(actor: Actor, id: string, body: z.output<typeof triageSchema>) {
      return change(actor, id, async (tx, request) => {
        const status = nextStatus(request.status as SupportStatus, {
          kind: 'triage',
          decision: body.decision,
        })
        const settings = await findSupportSettings(tx, request.organisationId)
        const tier = body.tier ?? defaultTier[body.decision]
        if (!settings.tiers.some((t) => t.level === tier)) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { tier: 'Select a support tier' },
          })
        }
        const now = clock()
        const call =
          body.decision === 'book_advice_call' && body.adviceCallAt
            ? new Date(body.adviceCallAt)
            : null
        if (call && call.getTime() < now.getTime()) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { adviceCallAt: 'The date of the call must be in the future' },
          })
        }
        const outcome = outcomeOfDecision[body.decision]
        const updated = await update(tx, request, body.version, {
          status,
          tier,
          safeguarding: request.safeguarding || body.safeguarding,
          firstRespondedAt: request.firstRespondedAt ?? now,
          ...(call
            ? {
                adviceCallAt: call,
                daysToAdviceCall: workingDaysBetween(request.receivedAt, call, bankHolidays),
              }
            : {}),
          ...(status === 'closed' ? { closedAt: now, outcome: outcome ?? 'advice_given' } : {}),
        })
        await createRequestEvent(tx, {
          supportRequestId: request.id,
          occurredAt: now,
          actorUserId: actor.userId,
          kind: 'triaged',
          summary: `Triage: ${triageDecisionNames[body.decision]}${
            body.referredTo ? ` (${body.referredTo})` : ''
          }`,
          familySummary: familyWordsForDecision[body.decision](call),
          reason: body.reason,
          details: { decision: body.decision, tier, safeguarding: body.safeguarding },
        })
        if (body.safeguarding && !request.safeguarding) {
          await createRequestEvent(tx, {
            supportRequestId: request.id,
            occurredAt: now,
            actorUserId: actor.userId,
            kind: 'safeguarding',
            summary: 'Safeguarding concern flagged: team managers alerted',
          })
          await alertManagers(tx, request)
        }
        await auditRequest(tx, actor, request, 'update', { decision: body.decision, status })
        if (status !== request.status) {
          await emailFamily(tx, updated, publicUrl, 'There is an update')
        }
        return updated
      })
    },

    async allocate(actor: Actor, id: string, body: z.output<typeof allocateSchema>) {
      return change(actor, id, async (tx, request) => {
        const status = nextStatus(request.status as SupportStatus, { kind: 'allocate' })
        const worker = await findAllocatableWorker(tx, actor, request, body.workerId)
        if (!worker) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { workerId: 'Select a worker who works for this local authority' },
          })
        }
        const now = clock()
        const reallocated = request.workerId !== null
        const updated = await update(tx, request, body.version, {
          status,
          workerId: worker.id,
          tier: request.tier ?? 3,
          firstRespondedAt: request.firstRespondedAt ?? now,
        })
        await createRequestEvent(tx, {
          supportRequestId: request.id,
          occurredAt: now,
          actorUserId: actor.userId,
          kind: 'allocated',
          summary: `${reallocated ? 'Re-allocated' : 'Allocated'} to ${worker.name}`,
          familySummary: `${worker.name} is your support worker`,
          reason: body.reason || null,
          details: { workerId: worker.id },
        })
        await auditRequest(tx, actor, request, 'update', { workerId: worker.id })
        await emailFamily(tx, updated, publicUrl, 'A support worker has been named')
        return updated
      })
    },

    async close(actor: Actor, id: string, body: z.output<typeof closeSchema>) {
      return change(actor, id, async (tx, request) => {
        const status = nextStatus(request.status as SupportStatus, { kind: 'close' })
        const now = clock()
        const updated = await update(tx, request, body.version, {
          status,
          outcome: body.outcome,
          closedAt: now,
        })
        await createRequestEvent(tx, {
          supportRequestId: request.id,
          occurredAt: now,
          actorUserId: actor.userId,
          kind: 'closed',
          summary: 'Closed',
          familySummary: 'Your request was closed',
          reason: body.reason || null,
          details: { outcome: body.outcome },
        })
        await auditRequest(tx, actor, request, 'update', { status, outcome: body.outcome })
        await emailFamily(tx, updated, publicUrl, 'There is an update')
        return updated
      })
    },

    async linkFamily(actor: Actor, id: string, body: z.output<typeof linkFamilySchema>) {
      return change(actor, id, async (tx, request) => {
        if (request.queue !== 'family' || request.familyId) {
          throw new AppError('CONFLICT', {
            message: 'This request is already linked to a family record',
          })
        }
        const family = await findStaffFamily(tx, actor, body.familyId)
        if (!family) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { familyId: 'Select the family' },
          })
        }
        const updated = await update(tx, request, body.version, {
          familyId: family.id,
          localAuthorityId: family.localAuthorityId,
        })
        await createRequestEvent(tx, {
          supportRequestId: request.id,
          occurredAt: clock(),
          actorUserId: actor.userId,
          kind: 'linked',
          summary: `Linked to family record ${family.reference}`,
        })
        await auditRequest(tx, actor, request, 'update', { familyId: family.id })
        return updated
      })
    },

    async addNote(actor: Actor, id: string, body: string) {
      return change(actor, id, async (tx, request) => {
        const note = await createCaseNote(tx, {
          supportRequestId: request.id,
          authorUserId: actor.userId,
          body,
          writtenAt: clock(),
        })
        await auditRequest(tx, actor, request, 'create', { note: note?.id })
        return request
      })
    },

    async sendMessage(actor: Actor, id: string, body: SendMessage) {
      return change(actor, id, async (tx, request) => {
        if (!isOpen(request.status as SupportStatus)) {
          throw new AppError('CONFLICT', {
            message: 'You cannot send a message about a request that is closed',
          })
        }
        const now = clock()
        const sent = await addMessage(tx, actor, request, 'team', body, now)
        if (!sent) return request
        // The team's first message is its first response.
        const responded = request.firstRespondedAt
          ? request
          : ((await updateFirstRespondedAt(tx, request.id, now)) ?? request)
        await auditRequest(tx, actor, responded, 'create', { message: sent })
        await emailFamily(tx, responded, publicUrl, 'You have a new message')
        return responded
      })
    },

    async logContact(actor: Actor, body: z.output<typeof logContactSchema>) {
      const existing = await findContactLog(db, actor.userId, body.idempotencyKey)
      if (existing) return contactAnswer(db, existing)
      const now = clock()
      return db.transaction(async (tx) => {
        let family: { id: string; localAuthorityId: string } | undefined
        if (body.familyId) {
          family = await findContactFamily(tx, actor, body.familyId)
          if (!family) {
            throw new AppError('VALIDATION_FAILED', {
              fieldErrors: { familyId: 'Select a family' },
            })
          }
        }
        const localAuthorityId = family?.localAuthorityId ?? body.localAuthorityId ?? null
        if (localAuthorityId && !actor.localAuthorityIds.includes(localAuthorityId)) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { localAuthorityId: 'Select a local authority you work for' },
          })
        }
        let request: SupportRequestRow | undefined
        const classification: ContactClassification = body.classification
        if (classification === 'update_on_open_request' && body.supportRequestId) {
          request = await scoped(actor, body.supportRequestId, tx)
          await createRequestEvent(tx, {
            supportRequestId: request.id,
            occurredAt: now,
            actorUserId: actor.userId,
            kind: 'contact',
            summary: `Update by ${body.channel}: ${body.summary}`,
          })
          await auditRequest(tx, actor, request, 'update', { contact: body.channel })
        }
        if (classification === 'new_request_action' || classification === 'new_request_advice') {
          request = await recordNewRequest(
            tx,
            actor,
            {
              organisationId: actor.organisationId,
              localAuthorityId: localAuthorityId!,
              queue: 'family',
              familyId: family?.id ?? null,
              birthRelativeId: null,
              enquirerName: family ? null : (body.enquirerName ?? null),
              enquirerContact: family ? null : (body.enquirerContact ?? null),
              channel: body.channel === 'referral' ? 'referral' : body.channel,
              categories:
                classification === 'new_request_advice' && body.categories.length === 0
                  ? ['advice']
                  : body.categories,
              childIds: [],
              description: body.summary,
              urgency: body.urgency,
              contactMethod: 'phone',
              contactPhone: null,
              createdByUserId: actor.userId,
              idempotencyKey: null,
              createdSummary: {
                staff: `Contact by ${body.channel}${body.referralSource ? ` (referral from ${body.referralSource.replace('_', ' ')})` : ''} logged`,
                family: `We recorded your ${body.channel === 'referral' ? 'referral' : body.channel === 'phone' ? 'call' : body.channel}`,
              },
            },
            now,
          )
        }
        const logged = await createContactLog(tx, {
          organisationId: actor.organisationId,
          localAuthorityId,
          receivedAt: now,
          channel: body.channel,
          referralSource: body.referralSource ?? null,
          classification,
          familyId: family?.id ?? null,
          enquirerName: body.enquirerName ?? null,
          enquirerContact: body.enquirerContact ?? null,
          supportRequestId: request?.id ?? null,
          summary: body.summary,
          loggedByUserId: actor.userId,
          idempotencyKey: body.idempotencyKey,
        })
        await recordAudit(tx, auditContextOf(actor), {
          action: 'create',
          recordType: 'contact',
          recordId: logged.id,
          localAuthorityId,
          details: { classification },
        })
        return contactAnswer(tx, logged)
      })
    },
  }
}
