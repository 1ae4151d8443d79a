import type { Db, SupportRequestRow, Tx, Writer } from '@asp/db'
import type {
  AskForSupport,
  LeaveFeedback,
  SupportDraft,
  SupportStatus,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { isWithinDutyHours, nextDutyOpening } from '../../platform/working-days/working-days.ts'
import {
  createRequestEvent,
  deleteDraft,
  findDraft,
  findFamilyChildIds,
  findOwnBirthRelative,
  findOwnFamily,
  findRequest,
  findRequestByIdempotencyKey,
  findRequestParts,
  findRequestsWithParts,
  findRequestWithParts,
  insertFeedback,
  ownRequestScope,
  saveDraft,
  updateFamilyReadAt,
} from './support-requests.repository.ts'
import {
  addMessage,
  auditRequest,
  DuplicateSubmission,
  notFound,
  recordNewRequest,
  updateOrConflict,
  type SendMessage,
} from './support-requests.service.ts'
import { isOpen, nextStatus } from './status-machine.ts'
import { bankHolidays, findSupportSettings } from './support-settings.ts'
import { toMyRequest } from './support-requests.views.ts'

/** What families and birth relatives do: ask for support, follow their requests, write, withdraw. */
export function familyRequestsService(db: Db, clock: Clock) {
  async function ownRequest(actor: Actor, id: string, tx: Writer = db) {
    const request = await findRequest(tx, id, ownRequestScope(actor))
    if (!request) throw notFound()
    return request
  }

  async function view(actor: Actor, request: SupportRequestRow, tx: Writer = db) {
    const parts = await findRequestParts(tx, request, 'family')
    return toMyRequest(request, parts)
  }

  /**
   * Changes one of the caller's own requests in one transaction, then answers with its page, read
   * after the commit: a transaction's one connection runs one query at a time.
   */
  async function change(
    actor: Actor,
    id: string,
    work: (tx: Tx, request: SupportRequestRow) => Promise<SupportRequestRow>,
  ) {
    const saved = await db.transaction(async (tx) => work(tx, await ownRequest(actor, id, tx)))
    return view(actor, saved)
  }

  /** What the family is told of a request made: its reference and when to expect a reply. */
  async function answer(request: SupportRequestRow) {
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
      const existing = await findRequestByIdempotencyKey(db, actor.userId, body.idempotencyKey)
      if (existing) return answer(existing)

      const who =
        actor.role === 'adopter'
          ? await findOwnFamily(db, actor.userId)
          : await findOwnBirthRelative(db, actor.userId)
      if (!who) throw notFound()
      const childIds = actor.role === 'adopter' ? body.childIds : []
      if (childIds.length > 0) {
        const own = await findFamilyChildIds(db, who.id, childIds)
        if (own.length !== new Set(childIds).size) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { childIds: 'Select which of your children it is about' },
          })
        }
      }
      try {
        const created = await db.transaction(async (tx) => {
          const created = await recordNewRequest(
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
          await deleteDraft(tx, actor.userId)
          return created
        })
        return answer(created)
      } catch (error) {
        if (!(error instanceof DuplicateSubmission)) throw error
        const raced = await findRequestByIdempotencyKey(db, actor.userId, body.idempotencyKey)
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
      if (result.unreadMessages > 0) await updateFamilyReadAt(db, request.id, clock())
      await auditRequest(db, actor, request, 'read')
      return result
    },

    async sendMessage(actor: Actor, id: string, body: SendMessage) {
      return change(actor, id, async (tx, request) => {
        if (!isOpen(request.status as SupportStatus)) {
          throw new AppError('CONFLICT', {
            message:
              'You cannot send a message about a request that is closed. Ask for support again',
          })
        }
        const sent = await addMessage(tx, actor, request, 'family', body, clock())
        if (sent) await auditRequest(tx, actor, request, 'create', { message: sent })
        return request
      })
    },

    /** What they thought of the support, once the request is closed, and once only. */
    async leaveFeedback(actor: Actor, id: string, body: LeaveFeedback) {
      return change(actor, id, async (tx, request) => {
        if (request.status !== 'closed') {
          throw new AppError('CONFLICT', {
            message: 'You can say how satisfied you were once your request is closed',
          })
        }
        const left = await insertFeedback(tx, {
          supportRequestId: request.id,
          organisationId: request.organisationId,
          localAuthorityId: request.localAuthorityId,
          rating: body.rating,
          comment: body.comment || null,
          leftByUserId: actor.userId,
          leftAt: clock(),
        })
        if (!left) {
          throw new AppError('CONFLICT', {
            message: 'You have already said how satisfied you were with this support',
          })
        }
        await auditRequest(tx, actor, request, 'create', { feedback: body.rating })
        return request
      })
    },

    async withdraw(
      actor: Actor,
      id: string,
      body: { version: number; reason?: string | undefined },
    ) {
      return change(actor, id, async (tx, request) => {
        const status = nextStatus(request.status as SupportStatus, { kind: 'withdraw' })
        const now = clock()
        const updated = await updateOrConflict(
          tx,
          request,
          body.version,
          { status, closedAt: now },
          now,
        )
        await createRequestEvent(tx, {
          supportRequestId: request.id,
          occurredAt: now,
          actorUserId: actor.userId,
          kind: 'withdrawn',
          summary: 'Withdrawn by the family',
          familySummary: 'You withdrew your request',
          reason: body.reason || null,
        })
        await auditRequest(tx, actor, request, 'update', { status })
        return updated
      })
    },
  }
}
