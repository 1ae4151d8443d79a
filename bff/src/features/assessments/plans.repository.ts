import {
  and,
  asc,
  assessmentParents,
  birthRelatives,
  desc,
  eq,
  families,
  familyParents,
  inArray,
  isNotNull,
  isNull,
  needsAssessments,
  planReviews,
  planServices,
  sql,
  supportPlans,
  users,
  type Reader,
  type SQL,
  type Tx,
} from '@asp/db'
import { versioned } from '../../platform/versioned-update.ts'
import { staffAssessmentScope, staffPlanScope } from './assessments.repository.ts'

// Every query of support plans: the plan, its services and its reviews. Staff reach a plan on the
// same terms as its assessment (`staffPlanScope`): the plan carries the assessment's organisation,
// council, family or birth relative for that.

export { staffAssessmentScope, staffPlanScope }

export type PlanRow = typeof supportPlans.$inferSelect
export type NewPlanRow = typeof supportPlans.$inferInsert
export type PlanServiceRow = typeof planServices.$inferSelect

export const updatePlanAtVersion = versioned(supportPlans)

// ---- The assessment a plan is made from --------------------------------------------------------

/**
 * An assessment in scope, with what a plan copies from it and the plan it already has, if any. The
 * subquery names the outer row in full: Drizzle leaves columns unqualified in a one-table select.
 */
export async function findAssessmentForPlan(db: Reader, assessmentId: string, scope: SQL) {
  const [row] = await db
    .select({
      id: needsAssessments.id,
      organisationId: needsAssessments.organisationId,
      localAuthorityId: needsAssessments.localAuthorityId,
      subject: needsAssessments.subject,
      familyId: needsAssessments.familyId,
      birthRelativeId: needsAssessments.birthRelativeId,
      status: needsAssessments.status,
      planId: sql<
        string | null
      >`(select support_plans.id from support_plans where support_plans.assessment_id = needs_assessments.id)`,
    })
    .from(needsAssessments)
    .where(and(eq(needsAssessments.id, assessmentId), scope))
  return row
}
export type AssessmentForPlan = NonNullable<Awaited<ReturnType<typeof findAssessmentForPlan>>>

/** Whether the user is a support worker or team manager of the organisation, with a live account. */
export async function isPlanWorker(db: Reader, organisationId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.organisationId, organisationId),
        inArray(users.role, ['support_worker', 'team_manager']),
        isNull(users.disabledAt),
      ),
    )
  return row !== undefined
}

// ---- Plans -------------------------------------------------------------------------------------

/**
 * A new plan, unless its assessment has one already: the unique index on the assessment decides
 * between two made at once, so the second gets nothing back (the caller's 409), never an error.
 */
export async function insertPlan(tx: Tx, values: NewPlanRow) {
  const [row] = await tx
    .insert(supportPlans)
    .values(values)
    .onConflictDoNothing({ target: supportPlans.assessmentId })
    .returning()
  return row
}

/** A plan's row in scope, locked for a change. */
export async function lockPlan(tx: Tx, planId: string, scope: SQL) {
  const [row] = await tx
    .select()
    .from(supportPlans)
    .where(and(eq(supportPlans.id, planId), scope))
    .for('update')
  return row
}

/** One plan in scope, with whom it is about (the family's reference or the birth relative's name). */
export async function findPlan(db: Reader, planId: string, scope: SQL) {
  const [row] = await db
    .select({
      plan: supportPlans,
      familyReference: families.reference,
      birthRelativeName: birthRelatives.fullName,
      namedWorkerName: users.name,
    })
    .from(supportPlans)
    .leftJoin(families, eq(families.id, supportPlans.familyId))
    .leftJoin(birthRelatives, eq(birthRelatives.id, supportPlans.birthRelativeId))
    .leftJoin(users, eq(users.id, supportPlans.namedWorkerUserId))
    .where(and(eq(supportPlans.id, planId), scope))
  return row
}
export type PlanDetailRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>

// ---- Services ----------------------------------------------------------------------------------

export interface NewPlanService {
  description: string
  provider: string
  frequency: string
  startsOn: string
  endsOn?: string | undefined
  costPence: number
  fundingSource: string
}

/** A plan's services in the order given. */
export async function insertServices(tx: Tx, planId: string, services: NewPlanService[]) {
  if (services.length === 0) return
  await tx.insert(planServices).values(
    services.map((service, position) => ({
      planId,
      description: service.description,
      provider: service.provider,
      frequency: service.frequency,
      startsOn: service.startsOn,
      endsOn: service.endsOn ?? null,
      costPence: service.costPence,
      fundingSource: service.fundingSource,
      position,
    })),
  )
}

export async function deleteServices(tx: Tx, planId: string) {
  await tx.delete(planServices).where(eq(planServices.planId, planId))
}

/** A plan's services, in their order. */
export async function findServices(db: Reader, planId: string) {
  return db
    .select()
    .from(planServices)
    .where(eq(planServices.planId, planId))
    .orderBy(asc(planServices.position), asc(planServices.id))
}

export async function countServices(db: Reader, planId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(planServices)
    .where(eq(planServices.planId, planId))
  return row?.count ?? 0
}

// ---- Reviews -----------------------------------------------------------------------------------

export async function insertReview(tx: Tx, values: typeof planReviews.$inferInsert) {
  await tx.insert(planReviews).values(values)
}

/** A plan's reviews, newest first, with who reviewed it. */
export async function findReviews(db: Reader, planId: string) {
  return db
    .select({ review: planReviews, reviewedByName: users.name })
    .from(planReviews)
    .leftJoin(users, eq(users.id, planReviews.reviewedByUserId))
    .where(eq(planReviews.planId, planId))
    .orderBy(desc(planReviews.reviewedOn), desc(planReviews.createdAt), desc(planReviews.id))
}
export type PlanReviewRow = Awaited<ReturnType<typeof findReviews>>[number]

// ---- Who is told -------------------------------------------------------------------------------

/**
 * Where to tell the family a plan is shared: the email address of each parent assessed who has
 * one, or the birth relative's.
 */
export async function findPlanRecipients(
  db: Reader,
  plan: Pick<PlanRow, 'assessmentId' | 'birthRelativeId'>,
) {
  if (plan.birthRelativeId) {
    const rows = await db
      .select({ email: birthRelatives.email })
      .from(birthRelatives)
      .where(and(eq(birthRelatives.id, plan.birthRelativeId), isNotNull(birthRelatives.email)))
    return rows.map((row) => row.email!)
  }
  const rows = await db
    .select({ email: familyParents.email })
    .from(assessmentParents)
    .innerJoin(familyParents, eq(familyParents.id, assessmentParents.parentId))
    .where(
      and(eq(assessmentParents.assessmentId, plan.assessmentId), isNotNull(familyParents.email)),
    )
    .orderBy(asc(familyParents.createdAt), asc(familyParents.id))
  return rows.map((row) => row.email!)
}
