import type { Db, Tx } from '@asp/db'
import type { z } from 'zod'
import type {
  PlanStatus,
  StaffRole,
  changePlanSchema,
  closePlanSchema,
  planInputSchema,
  planVersionSchema,
  recordPlanReviewSchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import { toLondonDate } from '../../platform/working-days/working-days.ts'
import { allowedPlanActions, nextPlanStatus } from './plan-states.ts'
import {
  countServices,
  deleteServices,
  findAssessmentForPlan,
  findPlan,
  findPlanRecipients,
  findReviews,
  findServices,
  insertPlan,
  insertReview,
  insertServices,
  isPlanWorker,
  lockPlan,
  staffAssessmentScope,
  staffPlanScope,
  updatePlanAtVersion,
  type PlanRow,
} from './plans.repository.ts'
import { toStaffPlan } from './plans.views.ts'

type PlanInput = z.output<typeof planInputSchema>
type ChangePlan = z.output<typeof changePlanSchema>
type PlanVersion = z.output<typeof planVersionSchema>
type RecordReview = z.output<typeof recordPlanReviewSchema>
type ClosePlan = z.output<typeof closePlanSchema>

const notFound = () => new AppError('NOT_FOUND')
const changedBySomeoneElse = () =>
  new AppError('CONFLICT', {
    message: 'This plan was changed by someone else. Check it and try again',
  })
const invalid = (fieldErrors: Record<string, string>) =>
  new AppError('VALIDATION_FAILED', { fieldErrors })

/**
 * Support plans, for staff: written from a decided assessment as a draft, shared with the family
 * (then active and reviewed), changed, and closed with an outcome. Every status change goes
 * through the plan's state machine; every read and write is audited.
 */
export function plansService(db: Db, clock: Clock, publicUrl: string) {
  async function audit(
    tx: Db | Tx,
    actor: Actor,
    plan: Pick<PlanRow, 'id' | 'localAuthorityId'>,
    action: 'read' | 'create' | 'update',
    details?: Record<string, unknown>,
  ) {
    await recordAudit(tx, auditContextOf(actor), {
      action,
      recordType: 'support-plan',
      recordId: plan.id,
      localAuthorityId: plan.localAuthorityId,
      ...(details ? { details } : {}),
    })
  }

  /** A plan in scope as staff see it, with its row; 404 outside the caller's scope. */
  async function load(actor: Actor, planId: string) {
    const row = await findPlan(db, planId, staffPlanScope(actor))
    if (!row) throw notFound()
    const plan = toStaffPlan(row, {
      services: await findServices(db, planId),
      reviews: await findReviews(db, planId),
      // Only case staff reach this far (the routes' access rules).
      allowedActions: allowedPlanActions(row.plan.status as PlanStatus, {
        role: actor.role as StaffRole,
      }),
      today: toLondonDate(clock()),
    })
    return { row: row.plan, plan }
  }

  const view = async (actor: Actor, planId: string) => (await load(actor, planId)).plan

  /** Locks a plan in scope at the version the caller read; 404 or 409 otherwise. */
  async function lockAtVersion(tx: Tx, actor: Actor, planId: string, version: number) {
    const plan = await lockPlan(tx, planId, staffPlanScope(actor))
    if (!plan) throw notFound()
    if (plan.version !== version) throw changedBySomeoneElse()
    return plan
  }

  /** Applies a versioned change to a locked plan: the version was checked under the lock. */
  async function update(
    tx: Tx,
    plan: PlanRow,
    changes: Parameters<typeof updatePlanAtVersion>[2],
    now: Date,
  ) {
    const updated = await updatePlanAtVersion(
      tx,
      { id: plan.id, version: plan.version },
      changes,
      now,
    )
    if (!updated) throw changedBySomeoneElse()
    return updated
  }

  /**
   * The named worker and the review date, checked where they are new: a plan whose review has
   * become due keeps its date while other things change.
   */
  async function checkTerms(
    reader: Db | Tx,
    organisationId: string,
    input: Pick<PlanInput, 'namedWorkerUserId' | 'nextReviewOn'>,
    now: Date,
    current?: Pick<PlanRow, 'namedWorkerUserId' | 'nextReviewOn'>,
  ) {
    const fieldErrors: Record<string, string> = {}
    if (
      input.namedWorkerUserId !== current?.namedWorkerUserId &&
      !(await isPlanWorker(reader, organisationId, input.namedWorkerUserId))
    ) {
      fieldErrors.namedWorkerUserId = 'Select the named worker'
    }
    if (input.nextReviewOn !== current?.nextReviewOn && input.nextReviewOn < toLondonDate(now)) {
      fieldErrors.nextReviewOn = 'The review date must be today or in the future'
    }
    if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors)
  }

  /** Emails the family (or birth relative) that their plan is ready: nothing of it, only a link. */
  async function tellFamily(tx: Tx, plan: PlanRow) {
    for (const recipient of await findPlanRecipients(tx, plan)) {
      await enqueueEmail(tx, {
        recipient,
        template: 'support-plan-shared',
        subject: 'Your support plan is ready',
        body: [
          'Your adoption support plan has been shared with you.',
          '',
          `Sign in to read it: ${publicUrl}/assessments`,
        ].join('\n'),
      })
    }
  }

  return {
    async get(actor: Actor, planId: string) {
      const { row, plan } = await load(actor, planId)
      await audit(db, actor, row, 'read')
      return plan
    },

    async make(actor: Actor, assessmentId: string, input: PlanInput) {
      const assessment = await findAssessmentForPlan(db, assessmentId, staffAssessmentScope(actor))
      if (!assessment) throw notFound()
      if (assessment.status !== 'decided') {
        throw new AppError('CONFLICT', {
          message: 'You can only write a plan once the assessment has been decided',
        })
      }
      const alreadyPlanned = () =>
        new AppError('CONFLICT', { message: 'This assessment already has a support plan' })
      if (assessment.planId) throw alreadyPlanned()
      const now = clock()
      await checkTerms(db, assessment.organisationId, input, now)

      const planId = await db.transaction(async (tx) => {
        const created = await insertPlan(tx, {
          organisationId: assessment.organisationId,
          localAuthorityId: assessment.localAuthorityId,
          assessmentId: assessment.id,
          subject: assessment.subject,
          familyId: assessment.familyId,
          birthRelativeId: assessment.birthRelativeId,
          status: 'draft',
          namedWorkerUserId: input.namedWorkerUserId,
          nextReviewOn: input.nextReviewOn,
          createdByUserId: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        // Another plan was made for the assessment since it was read.
        if (!created) throw alreadyPlanned()
        await insertServices(tx, created.id, input.services)
        await audit(tx, actor, created, 'create', {
          assessmentId: assessment.id,
          status: 'draft',
          services: input.services.length,
        })
        return created.id
      })
      return view(actor, planId)
    },

    async change(actor: Actor, planId: string, body: ChangePlan) {
      const now = clock()
      await db.transaction(async (tx) => {
        const plan = await lockAtVersion(tx, actor, planId, body.version)
        const status = nextPlanStatus(plan.status as PlanStatus, { kind: 'changeServices' })
        await checkTerms(tx, plan.organisationId, body, now, plan)
        const updated = await update(
          tx,
          plan,
          { status, namedWorkerUserId: body.namedWorkerUserId, nextReviewOn: body.nextReviewOn },
          now,
        )
        await deleteServices(tx, planId)
        await insertServices(tx, planId, body.services)
        await audit(tx, actor, updated, 'update', {
          change: 'services',
          services: body.services.length,
          ...(plan.namedWorkerUserId !== body.namedWorkerUserId
            ? { namedWorkerUserId: body.namedWorkerUserId }
            : {}),
          ...(plan.nextReviewOn !== body.nextReviewOn ? { nextReviewOn: body.nextReviewOn } : {}),
        })
      })
      return view(actor, planId)
    },

    async share(actor: Actor, planId: string, body: PlanVersion) {
      const now = clock()
      await db.transaction(async (tx) => {
        const plan = await lockAtVersion(tx, actor, planId, body.version)
        const status = nextPlanStatus(plan.status as PlanStatus, {
          kind: 'share',
          services: await countServices(tx, planId),
        })
        const updated = await update(tx, plan, { status, sharedAt: now }, now)
        await tellFamily(tx, updated)
        await audit(tx, actor, updated, 'update', { status, from: plan.status })
      })
      return view(actor, planId)
    },

    async recordReview(actor: Actor, planId: string, body: RecordReview) {
      const now = clock()
      await db.transaction(async (tx) => {
        const plan = await lockAtVersion(tx, actor, planId, body.version)
        const status = nextPlanStatus(plan.status as PlanStatus, { kind: 'review' })
        const fieldErrors: Record<string, string> = {}
        if (body.reviewedOn > toLondonDate(now)) {
          fieldErrors.reviewedOn = 'The date of the review must be today or in the past'
        }
        if (body.nextReviewOn <= body.reviewedOn) {
          fieldErrors.nextReviewOn = 'The next review must be after this review'
        }
        if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors)
        await insertReview(tx, {
          planId,
          reviewedOn: body.reviewedOn,
          whatChanged: body.whatChanged,
          nextReviewOn: body.nextReviewOn,
          reviewedByUserId: actor.userId,
          createdAt: now,
        })
        const updated = await update(tx, plan, { status, nextReviewOn: body.nextReviewOn }, now)
        await audit(tx, actor, updated, 'update', {
          change: 'review',
          reviewedOn: body.reviewedOn,
          nextReviewOn: body.nextReviewOn,
        })
      })
      return view(actor, planId)
    },

    async close(actor: Actor, planId: string, body: ClosePlan) {
      const now = clock()
      await db.transaction(async (tx) => {
        const plan = await lockAtVersion(tx, actor, planId, body.version)
        const status = nextPlanStatus(plan.status as PlanStatus, { kind: 'close' })
        const updated = await update(
          tx,
          plan,
          { status, outcome: body.outcome, closedAt: now },
          now,
        )
        await audit(tx, actor, updated, 'update', { status, from: plan.status })
      })
      return view(actor, planId)
    },
  }
}
