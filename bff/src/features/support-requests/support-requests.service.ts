import {
  and,
  eq,
  inArray,
  referenceCounters,
  sql,
  staffLocalAuthorities,
  supportRequestDrafts,
  supportRequestEvents,
  supportRequestMessages,
  supportRequests,
  users,
  caseNotes,
  children,
  contactLogs,
  families,
  not,
  type Db,
  type SupportRequestRow,
} from '@asp/db'
import type { z } from 'zod'
import type {
  AskForSupport,
  ContactClassification,
  StaffSupportRequest,
  SupportDraft,
  SupportStatus,
  TriageDecision,
  Urgency,
} from '../../contract/index.ts'
import {
  triageDecisionNames,
  type allocateSchema,
  type linkFamilySchema,
  type logContactSchema,
  type sendMessageSchema,
  type closeSchema,
  type triageSchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { AppError } from '../../platform/errors.ts'
import { staffFamilyScope } from '../families/index.ts'
import { attachToMessage } from '../../platform/files/files.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import {
  addWorkingDays,
  formatLondonDate,
  formatLondonDateTime,
  isWithinDutyHours,
  nextDutyOpening,
  toLondonDate,
  workingDaysBetween,
} from '../../platform/working-days/working-days.ts'
import {
  countByStatus,
  countRequests,
  crisisWithoutWorkerPast,
  findCaseloads,
  findTeamManagerEmails,
  longestWithoutWorker,
  overdueOn,
  findDraft,
  findQueuePage,
  findQueueRows,
  openRequests,
  saveDraft,
  findOwnBirthRelative,
  findOwnFamily,
  findRecipients,
  findRequest,
  findRequestParts,
  findRequestWithParts,
  findRequestsWithParts,
  ownRequestScope,
  staffRequestScope,
  type QueueFilters,
  type RequestParts,
} from './support-requests.repository.ts'
import { isOpen, nextStatus } from './status-machine.ts'
import { bankHolidays, defaultSupportSettings, findSupportSettings } from './support-settings.ts'
import { toMyRequest, toQueueItem, toStaffRequest } from './support-requests.views.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
type Writer = Db | Tx

export type Clock = () => Date
type SendMessage = z.output<typeof sendMessageSchema>

const notFound = () => new AppError('NOT_FOUND')
const changedBySomeoneElse = () =>
  new AppError('CONFLICT', {
    message: 'This request was changed by someone else. Check it and try again',
  })

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

/** The next reference in the agency's series for the year, e.g. ASR-2026-000123. */
async function nextReference(tx: Writer, organisationId: string, now: Date) {
  const year = Number(formatLondonDate(now).slice(-4))
  const [counter] = await tx
    .insert(referenceCounters)
    .values({ organisationId, prefix: 'ASR', year, last: 1 })
    .onConflictDoUpdate({
      target: [referenceCounters.organisationId, referenceCounters.prefix, referenceCounters.year],
      set: { last: sql`${referenceCounters.last} + 1` },
    })
    .returning({ last: referenceCounters.last })
  return `ASR-${year}-${String(counter!.last).padStart(6, '0')}`
}

class DuplicateSubmission extends Error {}

interface NewRequest {
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

/** Writes a new request with its reference, first event and audit; inside the caller's transaction. */
async function insertRequest(tx: Tx, actor: Actor, input: NewRequest, now: Date) {
  const settings = await findSupportSettings(tx, input.organisationId)
  const responseDueOn = addWorkingDays(now, settings.responseDays[input.urgency], bankHolidays)
  const allocationDueOn = addWorkingDays(now, settings.crisisAllocationDays, bankHolidays)
  const reference = await nextReference(tx, input.organisationId, now)
  const [created] = await tx
    .insert(supportRequests)
    .values({
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
      responseDueOn,
      allocationDueOn,
      idempotencyKey: input.idempotencyKey,
    })
    .onConflictDoNothing({
      target: [supportRequests.createdByUserId, supportRequests.idempotencyKey],
    })
    .returning()
  if (!created) throw new DuplicateSubmission()
  await tx.insert(supportRequestEvents).values({
    supportRequestId: created.id,
    occurredAt: now,
    actorUserId: actor.userId,
    kind: 'created',
    summary: input.createdSummary.staff,
    familySummary: input.createdSummary.family,
  })
  await recordAudit(tx, auditContextOf(actor), {
    action: 'create',
    recordType: 'support-request',
    recordId: created.id,
    localAuthorityId: created.localAuthorityId,
  })
  return { created, settings }
}

// ---- Families and birth relatives ------------------------------------------------------------

export function familySupportService(db: Db, clock: Clock) {
  async function ownRequest(actor: Actor, id: string, tx: Writer = db) {
    const request = await findRequest(tx, id, ownRequestScope(actor))
    if (!request) throw notFound()
    return request
  }

  async function view(actor: Actor, request: SupportRequestRow, tx: Writer = db) {
    const parts = await findRequestParts(tx, request, 'family')
    return toMyRequest(request, parts)
  }

  return {
    async getDraft(actor: Actor) {
      const row = await findDraft(db, actor.userId)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'support-request-draft',
        recordId: actor.userId,
      })
      return {
        draft: (row?.draft as SupportDraft | undefined) ?? null,
        savedAt: row?.savedAt.toISOString() ?? null,
      }
    },

    async saveDraft(actor: Actor, draft: SupportDraft) {
      const savedAt = clock()
      await db.transaction(async (tx) => {
        await saveDraft(tx, actor.userId, draft, savedAt)
        await recordAudit(tx, auditContextOf(actor), {
          action: 'update',
          recordType: 'support-request-draft',
          recordId: actor.userId,
        })
      })
      return { draft, savedAt: savedAt.toISOString() }
    },

    async askForSupport(actor: Actor, body: AskForSupport) {
      const now = clock()
      const existing = await db
        .select()
        .from(supportRequests)
        .where(
          and(
            eq(supportRequests.createdByUserId, actor.userId),
            eq(supportRequests.idempotencyKey, body.idempotencyKey),
          ),
        )
      const answer = async (request: SupportRequestRow) => {
        const settings = await findSupportSettings(db, request.organisationId)
        const open = isWithinDutyHours(request.receivedAt, settings.dutyHours, bankHolidays)
        return {
          id: request.id,
          reference: request.reference,
          outsideDutyHours: !open,
          dutyOpensAt: open
            ? null
            : nextDutyOpening(request.receivedAt, settings.dutyHours, bankHolidays).toISOString(),
          expectedReplyBy: request.responseDueOn,
        }
      }
      if (existing[0]) return answer(existing[0])

      const who =
        actor.role === 'adopter'
          ? await findOwnFamily(db, actor.userId)
          : await findOwnBirthRelative(db, actor.userId)
      if (!who) throw notFound()
      const childIds = actor.role === 'adopter' ? body.childIds : []
      if (childIds.length > 0) {
        const own = await db
          .select({ id: children.id })
          .from(children)
          .where(and(eq(children.familyId, who.id), inArray(children.id, childIds)))
        if (own.length !== new Set(childIds).size) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { childIds: 'Select which of your children it is about' },
          })
        }
      }
      try {
        const created = await db.transaction(async (tx) => {
          const { created } = await insertRequest(
            tx,
            actor,
            {
              organisationId: who.organisationId,
              localAuthorityId: who.localAuthorityId,
              queue: actor.role === 'adopter' ? 'family' : 'birth_relative',
              familyId: actor.role === 'adopter' ? who.id : null,
              birthRelativeId: actor.role === 'birth_relative' ? who.id : null,
              channel: 'portal',
              categories: body.categories,
              childIds,
              description: body.description,
              urgency: body.urgency,
              contactMethod: body.contactMethod,
              contactPhone: body.contactMethod === 'phone' ? body.contactPhone || null : null,
              contactTimes: body.contactTimes || null,
              createdByUserId: actor.userId,
              idempotencyKey: body.idempotencyKey,
              createdSummary: {
                staff: 'Request made in the portal',
                family: 'You asked for support',
              },
            },
            now,
          )
          await tx.delete(supportRequestDrafts).where(eq(supportRequestDrafts.userId, actor.userId))
          return created
        })
        return answer(created)
      } catch (error) {
        if (!(error instanceof DuplicateSubmission)) throw error
        const [raced] = await db
          .select()
          .from(supportRequests)
          .where(
            and(
              eq(supportRequests.createdByUserId, actor.userId),
              eq(supportRequests.idempotencyKey, body.idempotencyKey),
            ),
          )
        if (!raced) throw error
        return answer(raced)
      }
    },

    async findMine(actor: Actor) {
      const rows = await findRequestsWithParts(db, ownRequestScope(actor), 'family', 200)
      const requests = rows.map(({ request, parts }) => toMyRequest(request, parts))
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'support-request',
        details: { list: true, results: rows.length },
      })
      return {
        requests: requests.map((r) => ({
          id: r.id,
          reference: r.reference,
          categories: r.categories,
          status: r.status,
          statusText: r.statusText,
          receivedAt: r.receivedAt,
          workerName: r.workerName,
          unreadMessages: r.unreadMessages,
        })),
      }
    },

    async getMine(actor: Actor, id: string) {
      const found = await findRequestWithParts(db, id, ownRequestScope(actor), 'family')
      if (!found) throw notFound()
      const { request, parts } = found
      const result = toMyRequest(request, parts)
      // The thread is read now; nothing to write when nothing was unread.
      if (result.unreadMessages > 0) {
        await db
          .update(supportRequests)
          .set({ familyReadAt: clock() })
          .where(eq(supportRequests.id, request.id))
      }
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'support-request',
        recordId: request.id,
        localAuthorityId: request.localAuthorityId,
      })
      return result
    },

    async sendMessage(actor: Actor, id: string, body: SendMessage) {
      const saved = await db.transaction(async (tx) => {
        const request = await ownRequest(actor, id, tx)
        if (!isOpen(request.status as SupportStatus)) {
          throw new AppError('CONFLICT', {
            message:
              'You cannot send a message about a request that is closed. Ask for support again',
          })
        }
        const [sent] = await tx
          .insert(supportRequestMessages)
          .values({
            supportRequestId: request.id,
            authorUserId: actor.userId,
            fromSide: 'family',
            body: body.body,
            idempotencyKey: body.idempotencyKey,
            sentAt: clock(),
          })
          .onConflictDoNothing()
          .returning({ id: supportRequestMessages.id })
        if (sent) {
          await attachToMessage(tx, actor, sent.id, body.attachmentIds)
          await recordAudit(tx, auditContextOf(actor), {
            action: 'create',
            recordType: 'support-request',
            recordId: request.id,
            localAuthorityId: request.localAuthorityId,
            details: { message: sent.id },
          })
        }
        return request
      })
      // The page is read after the commit: a transaction's one connection runs one query at a time.
      return view(actor, saved)
    },

    async withdraw(
      actor: Actor,
      id: string,
      body: { version: number; reason?: string | undefined },
    ) {
      const saved = await db.transaction(async (tx) => {
        const request = await ownRequest(actor, id, tx)
        const status = nextStatus(request.status as SupportStatus, { kind: 'withdraw' })
        const now = clock()
        const [updated] = await tx
          .update(supportRequests)
          .set({
            status,
            closedAt: now,
            version: sql`${supportRequests.version} + 1`,
            updatedAt: now,
          })
          .where(and(eq(supportRequests.id, request.id), eq(supportRequests.version, body.version)))
          .returning()
        if (!updated) throw changedBySomeoneElse()
        await tx.insert(supportRequestEvents).values({
          supportRequestId: request.id,
          occurredAt: now,
          actorUserId: actor.userId,
          kind: 'withdrawn',
          summary: 'Withdrawn by the family',
          familySummary: 'You withdrew your request',
          reason: body.reason || null,
        })
        await recordAudit(tx, auditContextOf(actor), {
          action: 'update',
          recordType: 'support-request',
          recordId: request.id,
          localAuthorityId: request.localAuthorityId,
          details: { status },
        })
        return updated
      })
      // The page is read after the commit: a transaction's one connection runs one query at a time.
      return view(actor, saved)
    },
  }
}

// ---- Staff ---------------------------------------------------------------------------------------

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

  /** Applies a versioned change; the loser of a race gets 409, never a silent overwrite. */
  async function update(
    tx: Tx,
    request: SupportRequestRow,
    version: number,
    changes: Partial<typeof supportRequests.$inferInsert>,
  ) {
    const [updated] = await tx
      .update(supportRequests)
      .set({ ...changes, version: sql`${supportRequests.version} + 1`, updatedAt: clock() })
      .where(and(eq(supportRequests.id, request.id), eq(supportRequests.version, version)))
      .returning()
    if (!updated) throw changedBySomeoneElse()
    return updated
  }

  async function audit(tx: Writer, actor: Actor, request: SupportRequestRow, details?: object) {
    await recordAudit(tx, auditContextOf(actor), {
      action: 'update',
      recordType: 'support-request',
      recordId: request.id,
      localAuthorityId: request.localAuthorityId,
      details: details as Record<string, unknown>,
    })
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
    view,
    scoped,

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
      const mine = and(staffRequestScope(actor), eq(supportRequests.workerId, actor.userId))!
      const counts = await countByStatus(db, mine)
      const rows = await findQueueRows(db, and(mine, openRequests)!)
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
      const scope = staffRequestScope(actor)
      const now = clock()
      const today = toLondonDate(now)
      const crisis = and(scope, crisisWithoutWorkerPast(today))!
      const [countsByStatus, unallocated, overdue, crisisCount, crises, alerts, workers] =
        await Promise.all([
          countByStatus(db, scope),
          countRequests(db, and(scope, eq(supportRequests.status, 'awaiting_allocation'))!),
          countRequests(db, and(scope, overdueOn(today))!),
          countRequests(db, crisis),
          findQueueRows(db, crisis, 50, longestWithoutWorker),
          findQueueRows(db, and(scope, openRequests, eq(supportRequests.safeguarding, true))!, 50),
          findCaseloads(db, actor),
        ])
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'support-request',
        details: { teamView: true },
      })
      return {
        countsByStatus,
        overdue,
        unallocated,
        crisisOverdueCount: crisisCount,
        crisisOverdue: crises.map((row) => toQueueItem(row, now)),
        safeguardingAlerts: alerts.map((row) => toQueueItem(row, now)),
        workers,
      }
    },

    async get(actor: Actor, id: string) {
      // The row and its parts in one statement: the page is read more than anything else.
      const found = await findRequestWithParts(db, id, staffRequestScope(actor), 'staff')
      if (!found) throw notFound()
      const { request, parts } = found
      const result = staffView(actor, request, parts)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'support-request',
        recordId: request.id,
        localAuthorityId: request.localAuthorityId,
      })
      return result
    },

    async triage(actor: Actor, id: string, body: z.output<typeof triageSchema>) {
      const saved = await db.transaction(async (tx) => {
        const request = await scoped(actor, id, tx)
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
        await tx.insert(supportRequestEvents).values({
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
          await tx.insert(supportRequestEvents).values({
            supportRequestId: request.id,
            occurredAt: now,
            actorUserId: actor.userId,
            kind: 'safeguarding',
            summary: 'Safeguarding concern flagged: team managers alerted',
          })
          await alertManagers(tx, request)
        }
        await audit(tx, actor, request, { decision: body.decision, status })
        if (status !== request.status) {
          await emailFamily(tx, updated, publicUrl, 'There is an update')
        }
        return updated
      })
      // The page is read after the commit: a transaction's one connection runs one query at a time.
      return view(actor, saved)
    },

    async allocate(actor: Actor, id: string, body: z.output<typeof allocateSchema>) {
      const saved = await db.transaction(async (tx) => {
        const request = await scoped(actor, id, tx)
        const status = nextStatus(request.status as SupportStatus, { kind: 'allocate' })
        const [worker] = await tx
          .select({ id: users.id, name: users.name })
          .from(users)
          .innerJoin(staffLocalAuthorities, eq(staffLocalAuthorities.userId, users.id))
          .where(
            and(
              eq(users.id, body.workerId),
              eq(users.organisationId, actor.organisationId),
              inArray(users.role, ['support_worker', 'team_manager']),
              eq(staffLocalAuthorities.localAuthorityId, request.localAuthorityId),
              sql`${users.disabledAt} is null`,
              // Never to someone with a conflict of interest with this family or relative.
              sql`not exists (select 1 from conflicts_of_interest c where c.staff_user_id = ${users.id} and (c.family_id = ${request.familyId} or c.birth_relative_id = ${request.birthRelativeId}))`,
            ),
          )
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
        await tx.insert(supportRequestEvents).values({
          supportRequestId: request.id,
          occurredAt: now,
          actorUserId: actor.userId,
          kind: 'allocated',
          summary: `${reallocated ? 'Re-allocated' : 'Allocated'} to ${worker.name}`,
          familySummary: `${worker.name} is your support worker`,
          reason: body.reason || null,
          details: { workerId: worker.id },
        })
        await audit(tx, actor, request, { workerId: worker.id })
        await emailFamily(tx, updated, publicUrl, 'A support worker has been named')
        return updated
      })
      // The page is read after the commit: a transaction's one connection runs one query at a time.
      return view(actor, saved)
    },

    async close(actor: Actor, id: string, body: z.output<typeof closeSchema>) {
      const saved = await db.transaction(async (tx) => {
        const request = await scoped(actor, id, tx)
        const status = nextStatus(request.status as SupportStatus, { kind: 'close' })
        const now = clock()
        const updated = await update(tx, request, body.version, {
          status,
          outcome: body.outcome,
          closedAt: now,
        })
        await tx.insert(supportRequestEvents).values({
          supportRequestId: request.id,
          occurredAt: now,
          actorUserId: actor.userId,
          kind: 'closed',
          summary: 'Closed',
          familySummary: 'Your request was closed',
          reason: body.reason || null,
          details: { outcome: body.outcome },
        })
        await audit(tx, actor, request, { status, outcome: body.outcome })
        await emailFamily(tx, updated, publicUrl, 'There is an update')
        return updated
      })
      // The page is read after the commit: a transaction's one connection runs one query at a time.
      return view(actor, saved)
    },

    async linkFamily(actor: Actor, id: string, body: z.output<typeof linkFamilySchema>) {
      const saved = await db.transaction(async (tx) => {
        const request = await scoped(actor, id, tx)
        if (request.queue !== 'family' || request.familyId) {
          throw new AppError('CONFLICT', {
            message: 'This request is already linked to a family record',
          })
        }
        const [family] = await tx
          .select({
            id: families.id,
            reference: families.reference,
            localAuthorityId: families.localAuthorityId,
          })
          .from(families)
          .where(and(eq(families.id, body.familyId), staffFamilyScope(actor)))
        if (!family) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { familyId: 'Select the family' },
          })
        }
        const updated = await update(tx, request, body.version, {
          familyId: family.id,
          localAuthorityId: family.localAuthorityId,
        })
        await tx.insert(supportRequestEvents).values({
          supportRequestId: request.id,
          occurredAt: clock(),
          actorUserId: actor.userId,
          kind: 'linked',
          summary: `Linked to family record ${family.reference}`,
        })
        await audit(tx, actor, request, { familyId: family.id })
        return updated
      })
      return view(actor, saved)
    },

    async addNote(actor: Actor, id: string, body: string) {
      const saved = await db.transaction(async (tx) => {
        const request = await scoped(actor, id, tx)
        const [note] = await tx
          .insert(caseNotes)
          .values({
            supportRequestId: request.id,
            authorUserId: actor.userId,
            body,
            writtenAt: clock(),
          })
          .returning({ id: caseNotes.id })
        await recordAudit(tx, auditContextOf(actor), {
          action: 'create',
          recordType: 'support-request',
          recordId: request.id,
          localAuthorityId: request.localAuthorityId,
          details: { note: note?.id },
        })
        return request
      })
      // The page is read after the commit: a transaction's one connection runs one query at a time.
      return view(actor, saved)
    },

    async sendMessage(actor: Actor, id: string, body: SendMessage) {
      const saved = await db.transaction(async (tx) => {
        let request = await scoped(actor, id, tx)
        if (!isOpen(request.status as SupportStatus)) {
          throw new AppError('CONFLICT', {
            message: 'You cannot send a message about a request that is closed',
          })
        }
        const now = clock()
        const [sent] = await tx
          .insert(supportRequestMessages)
          .values({
            supportRequestId: request.id,
            authorUserId: actor.userId,
            fromSide: 'team',
            body: body.body,
            idempotencyKey: body.idempotencyKey,
            sentAt: now,
          })
          .onConflictDoNothing()
          .returning({ id: supportRequestMessages.id })
        if (sent) {
          await attachToMessage(tx, actor, sent.id, body.attachmentIds)
          if (!request.firstRespondedAt) {
            const [responded] = await tx
              .update(supportRequests)
              .set({ firstRespondedAt: now })
              .where(eq(supportRequests.id, request.id))
              .returning()
            request = responded ?? request
          }
          await recordAudit(tx, auditContextOf(actor), {
            action: 'create',
            recordType: 'support-request',
            recordId: request.id,
            localAuthorityId: request.localAuthorityId,
            details: { message: sent.id },
          })
          await emailFamily(tx, request, publicUrl, 'You have a new message')
        }
        return request
      })
      // The page is read after the commit: a transaction's one connection runs one query at a time.
      return view(actor, saved)
    },

    async logContact(actor: Actor, body: z.output<typeof logContactSchema>) {
      const [existing] = await db
        .select({ id: contactLogs.id, supportRequestId: contactLogs.supportRequestId })
        .from(contactLogs)
        .where(
          and(
            eq(contactLogs.loggedByUserId, actor.userId),
            eq(contactLogs.idempotencyKey, body.idempotencyKey),
          ),
        )
      if (existing) return contactAnswer(db, existing)
      const now = clock()
      return db.transaction(async (tx) => {
        let family: { id: string; localAuthorityId: string } | undefined
        if (body.familyId) {
          const [found] = await tx
            .select({ id: families.id, localAuthorityId: families.localAuthorityId })
            .from(families)
            .where(
              and(
                eq(families.id, body.familyId),
                eq(families.organisationId, actor.organisationId),
                inArray(families.localAuthorityId, actor.localAuthorityIds),
                actor.conflictedFamilyIds.length > 0
                  ? not(inArray(families.id, actor.conflictedFamilyIds))
                  : undefined,
              ),
            )
          if (!found) {
            throw new AppError('VALIDATION_FAILED', {
              fieldErrors: { familyId: 'Select a family' },
            })
          }
          family = found
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
          await tx.insert(supportRequestEvents).values({
            supportRequestId: request.id,
            occurredAt: now,
            actorUserId: actor.userId,
            kind: 'contact',
            summary: `Update by ${body.channel}: ${body.summary}`,
          })
          await audit(tx, actor, request, { contact: body.channel })
        }
        if (classification === 'new_request_action' || classification === 'new_request_advice') {
          const { created } = await insertRequest(
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
          request = created
        }
        const [logged] = await tx
          .insert(contactLogs)
          .values({
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
          .returning({ id: contactLogs.id, supportRequestId: contactLogs.supportRequestId })
        await recordAudit(tx, auditContextOf(actor), {
          action: 'create',
          recordType: 'contact',
          recordId: logged!.id,
          localAuthorityId,
          details: { classification },
        })
        return contactAnswer(tx, logged!)
      })
    },
  }
}

async function contactAnswer(db: Writer, logged: { id: string; supportRequestId: string | null }) {
  if (!logged.supportRequestId) return { id: logged.id, supportRequest: null }
  const [request] = await db
    .select({ id: supportRequests.id, reference: supportRequests.reference })
    .from(supportRequests)
    .where(eq(supportRequests.id, logged.supportRequestId))
  return { id: logged.id, supportRequest: request ?? null }
}

export type SupportLineService = ReturnType<typeof supportLineService>
export type { StaffSupportRequest }
