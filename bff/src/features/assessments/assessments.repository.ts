import {
  and,
  asc,
  assessmentChildren,
  assessmentParents,
  assessmentSections,
  assessmentSectionVersions,
  birthRelatives,
  children,
  count,
  desc,
  eq,
  families,
  familyParents,
  inArray,
  isNull,
  localAuthorities,
  needsAssessments,
  not,
  organisations,
  planReviews,
  planServices,
  renderedOnce,
  sql,
  supportPlans,
  supportRequests,
  supportSettings,
  users,
  type Reader,
  type SQL,
  type Tx,
  writtenLimit,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { versioned } from '../../platform/versioned-update.ts'
import { staffBirthRelativeScope, staffFamilyScope } from '../families/index.ts'
import { staffRequestScope } from '../support-requests/index.ts'

// ---- Scopes ------------------------------------------------------------------------------------

/**
 * The assessments a member of staff may reach: their organisation's, in the councils they work
 * for, never of a family or birth relative they have a conflict of interest with.
 */
export function staffAssessmentScope(actor: Actor): SQL {
  const conditions: SQL[] = [
    eq(needsAssessments.organisationId, actor.organisationId),
    inArray(needsAssessments.localAuthorityId, actor.localAuthorityIds),
  ]
  if (actor.conflictedFamilyIds.length > 0) {
    conditions.push(
      sql`(${needsAssessments.familyId} is null or ${not(inArray(needsAssessments.familyId, actor.conflictedFamilyIds))})`,
    )
  }
  if (actor.conflictedBirthRelativeIds.length > 0) {
    conditions.push(
      sql`(${needsAssessments.birthRelativeId} is null or ${not(inArray(needsAssessments.birthRelativeId, actor.conflictedBirthRelativeIds))})`,
    )
  }
  return and(...conditions) as SQL
}

/** The plans a member of staff may reach, on the same terms as their assessments. */
export function staffPlanScope(actor: Actor): SQL {
  const conditions: SQL[] = [
    eq(supportPlans.organisationId, actor.organisationId),
    inArray(supportPlans.localAuthorityId, actor.localAuthorityIds),
  ]
  if (actor.conflictedFamilyIds.length > 0) {
    conditions.push(
      sql`(${supportPlans.familyId} is null or ${not(inArray(supportPlans.familyId, actor.conflictedFamilyIds))})`,
    )
  }
  if (actor.conflictedBirthRelativeIds.length > 0) {
    conditions.push(
      sql`(${supportPlans.birthRelativeId} is null or ${not(inArray(supportPlans.birthRelativeId, actor.conflictedBirthRelativeIds))})`,
    )
  }
  return and(...conditions) as SQL
}

// ---- Assessments -------------------------------------------------------------------------------

// Every query of needs assessments: staff reach them through `staffAssessmentScope`; a family
// through its family's id and a birth relative through their own record, each looked up by the
// caller's own account. A birth relative's queries read no family, child or council.

export type AssessmentRow = typeof needsAssessments.$inferSelect
export type NewAssessmentRow = typeof needsAssessments.$inferInsert
export type SectionRow = typeof assessmentSections.$inferSelect

/** A change to an assessment at the version the caller read; undefined when it moved. */
export const updateAssessmentAtVersion = versioned(needsAssessments)

/**
 * Past the agency's standard on `today` (a London date): not started by its start date, not
 * finished by its target, or a proposal whose time to respond has ended with no decision made.
 * `due_on` is the date it is next due by, for where it is (a generated column, migration 0016).
 */
const lateOn = (today: string) =>
  sql<boolean>`coalesce(${needsAssessments.dueOn} < ${today}::date, false)`

/**
 * Only the late ones, written so that `needs_assessments_due_idx` finds them by date: a null
 * `due_on` (nothing waits on a date) is never late. The date is an initplan, so that PostgreSQL
 * keeps one generic plan: with a plain parameter it guessed a third of the table late, less than
 * it guessed with the day known, and planned afresh on every call.
 */
const onlyLateOn = (today: string) => sql`${needsAssessments.dueOn} < (select ${today}::date)`

/**
 * Still being worked on: not decided or withdrawn. Written as the partial index
 * `needs_assessments_open_idx` is (migration 0014), so that the figures read only the few hundred
 * open assessments of years of them.
 */
const isOpen = renderedOnce(sql`${needsAssessments.status} not in ('decided', 'withdrawn')`)

const subjectName = renderedOnce(
  sql<string>`coalesce((select ${families.reference} from ${families} where ${families.id} = ${needsAssessments.familyId}), (select ${birthRelatives.fullName} from ${birthRelatives} where ${birthRelatives.id} = ${needsAssessments.birthRelativeId}), '')`,
)
const childNames = renderedOnce(
  sql<
    string[]
  >`coalesce((select json_agg(${children.firstName} || ' ' || ${children.lastName} order by ${children.dateOfBirth}, ${children.id}) from ${assessmentChildren} inner join ${children} on ${children.id} = ${assessmentChildren.childId} where ${assessmentChildren.assessmentId} = ${needsAssessments.id}), '[]'::json)`,
)
const parentNames = renderedOnce(
  sql<
    string[]
  >`coalesce((select json_agg(${familyParents.fullName} order by ${familyParents.createdAt}, ${familyParents.id}) from ${assessmentParents} inner join ${familyParents} on ${familyParents.id} = ${assessmentParents.parentId} where ${assessmentParents.assessmentId} = ${needsAssessments.id}), '[]'::json)`,
)
const localAuthorityName = renderedOnce(
  sql<string>`(select ${localAuthorities.name} from ${localAuthorities} where ${localAuthorities.id} = ${needsAssessments.localAuthorityId})`,
)
/** A user's name by the id in `userId`, a column of the row being read. */
const nameOf = (userId: Parameters<typeof eq>[0]) =>
  renderedOnce(
    sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${userId})`,
  )
const workerName = nameOf(needsAssessments.workerUserId)
const signedOffByName = nameOf(needsAssessments.signedOffByUserId)
const decidedByName = nameOf(needsAssessments.decidedByUserId)
const planId = renderedOnce(
  sql<
    string | null
  >`(select ${supportPlans.id} from ${supportPlans} where ${supportPlans.assessmentId} = ${needsAssessments.id})`,
)

/** What a staff list shows of an assessment, on `today`. */
const summaryFields = (today: string) => ({
  assessment: needsAssessments,
  subjectName,
  childNames,
  localAuthorityName,
  workerName,
  late: lateOn(today),
})

/**
 * What a row of a staff list shows, on `today`: the few columns of the assessment a summary needs,
 * not the whole record (its reasons, decision and responses are long text).
 */
const listFields = (today: string) => ({
  ...summaryFields(today),
  // From the join in `assessmentPageQuery`: one pass over the few hundred staff, not a look-up
  // per row.
  workerName: users.name,
  assessment: {
    id: needsAssessments.id,
    subject: needsAssessments.subject,
    status: needsAssessments.status,
    requestedOn: needsAssessments.requestedOn,
    startBy: needsAssessments.startBy,
    completeBy: needsAssessments.completeBy,
    responseDueOn: needsAssessments.responseDueOn,
  },
})

/** An assessment in `scope` with everything its staff page shows but the sections. */
export async function findAssessmentDetail(db: Reader, id: string, scope: SQL, today: string) {
  const [row] = await db
    .select({
      ...summaryFields(today),
      parentNames,
      signedOffByName,
      decidedByName,
      planId,
    })
    .from(needsAssessments)
    .where(and(eq(needsAssessments.id, id), scope))
  return row
}
export type AssessmentDetailRow = NonNullable<Awaited<ReturnType<typeof findAssessmentDetail>>>

/** How many assessments one page of a staff list shows. */
export const assessmentsPageSize = 25

interface AssessmentListFilters {
  workerUserId?: string
  lateOnly: boolean
  status?: string
  today: string
}

function listConditions(scope: SQL, filters: AssessmentListFilters) {
  return and(
    scope,
    // The worker as an initplan: PostgreSQL then plans every worker's list alike and keeps one
    // generic plan (as a plain parameter, it planned afresh on every call, ADR 0011).
    filters.workerUserId
      ? sql`${needsAssessments.workerUserId} = (select ${filters.workerUserId}::uuid)`
      : undefined,
    filters.lateOnly ? onlyLateOn(filters.today) : undefined,
    filters.status ? eq(needsAssessments.status, filters.status) : undefined,
  )!
}

/**
 * The statement behind a page of a staff list: the assessments in `scope`, the most overdue first
 * (the earliest missed date), then the rest in the order they were asked for, each row with the
 * number in the whole list (a window over every row in scope, counted before the page is cut), so
 * that a page is one statement. Its limit is written in (ADR 0011). The benchmark explains it as
 * the BFF sends it.
 */
export function assessmentPageQuery(
  db: Reader,
  scope: SQL,
  filters: AssessmentListFilters,
  page: number,
) {
  return db
    .select({ ...listFields(filters.today), total: sql<number>`(count(*) over ())::int` })
    .from(needsAssessments)
    .leftJoin(users, eq(users.id, needsAssessments.workerUserId))
    .where(listConditions(scope, filters))
    .orderBy(
      sql`case when ${lateOn(filters.today)} then ${needsAssessments.dueOn} end asc nulls last`,
      asc(needsAssessments.requestedOn),
      asc(needsAssessments.createdAt),
      asc(needsAssessments.id),
    )
    .limit(writtenLimit(assessmentsPageSize))
    .offset((page - 1) * assessmentsPageSize)
}

/** The statement counting a staff list's assessments, for a page past its end. */
export function assessmentCountQuery(db: Reader, scope: SQL, filters: AssessmentListFilters) {
  return db.select({ total: count() }).from(needsAssessments).where(listConditions(scope, filters))
}

/** A page of a staff list, and how many it holds in all. */
export async function findAssessmentPage(
  db: Reader,
  scope: SQL,
  filters: AssessmentListFilters,
  page: number,
) {
  const rows = await assessmentPageQuery(db, scope, filters, page)
  // A page past the end (or of an empty list) carries no total with it: it is counted on its own.
  const total = rows[0]?.total ?? (await assessmentCountQuery(db, scope, filters))[0]?.total ?? 0
  return { rows: rows.map(({ total: _, ...row }) => row), total }
}
export type AssessmentSummaryRow = Awaited<ReturnType<typeof findAssessmentPage>>['rows'][number]

/**
 * The manager's counts against the standards, in one statement: assessments in `scope` by where
 * they are and whether they are late on `today`, and active plans in `planScope` whose review is
 * overdue or due by `reviewsSoonBy`.
 */
export async function countTimeliness(
  db: Reader,
  scopes: { assessments: SQL; plans: SQL },
  dates: { today: string; reviewsSoonBy: string },
) {
  const [row] = await timelinessQuery(db, scopes, dates)
  return row!
}

/** The statement behind `countTimeliness`, for the benchmark to explain as the BFF sends it. */
export function timelinessQuery(
  db: Reader,
  scopes: { assessments: SQL; plans: SQL },
  dates: { today: string; reviewsSoonBy: string },
) {
  const a = needsAssessments
  const p = supportPlans
  const { today, reviewsSoonBy } = dates
  const counted = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`
  return (
    db
      .select({
        waitingToStart: counted(sql`${a.status} = 'waiting'`),
        waitingPastStandard: counted(
          sql`${a.status} = 'waiting' and ${a.startBy} < ${today}::date`,
        ),
        inProgress: counted(sql`${a.status} in ('in_progress', 'returned')`),
        inProgressPastTarget: counted(
          sql`${a.status} in ('in_progress', 'returned') and ${a.completeBy} < ${today}::date`,
        ),
        awaitingSignOff: counted(sql`${a.status} = 'awaiting_sign_off'`),
        awaitingResponse: counted(
          sql`${a.status} = 'proposal_sent' and ${a.responseDueOn} >= ${today}::date`,
        ),
        readyForDecision: counted(
          sql`${a.status} = 'response_received' or (${a.status} = 'proposal_sent' and ${a.responseDueOn} < ${today}::date)`,
        ),
        reviewsDueSoon: sql<number>`(select count(*)::int from ${p} where ${scopes.plans} and ${p.status} = 'active' and ${p.nextReviewOn} >= ${today}::date and ${p.nextReviewOn} <= ${reviewsSoonBy}::date)`,
        reviewsOverdue: sql<number>`(select count(*)::int from ${p} where ${scopes.plans} and ${p.status} = 'active' and ${p.nextReviewOn} < ${today}::date)`,
      })
      .from(a)
      // Every figure is of open assessments.
      .where(and(scopes.assessments, isOpen))
  )
}

/** An assessment in `scope`: what its audit needs. */
export async function findAssessmentInScope(db: Reader, id: string, scope: SQL) {
  const [row] = await db
    .select({ id: needsAssessments.id, localAuthorityId: needsAssessments.localAuthorityId })
    .from(needsAssessments)
    .where(and(eq(needsAssessments.id, id), scope))
  return row
}

/** An assessment in `scope`, locked for the rest of the transaction. */
export async function lockAssessment(tx: Tx, id: string, scope: SQL) {
  const [row] = await tx
    .select()
    .from(needsAssessments)
    .where(and(eq(needsAssessments.id, id), scope))
    .for('update')
  return row
}

export async function insertAssessment(tx: Tx, values: NewAssessmentRow) {
  const [row] = await tx.insert(needsAssessments).values(values).returning()
  return row!
}

export async function insertAssessmentChildren(tx: Tx, assessmentId: string, childIds: string[]) {
  if (childIds.length === 0) return
  await tx.insert(assessmentChildren).values(childIds.map((childId) => ({ assessmentId, childId })))
}

export async function insertAssessmentParents(tx: Tx, assessmentId: string, parentIds: string[]) {
  if (parentIds.length === 0) return
  await tx
    .insert(assessmentParents)
    .values(parentIds.map((parentId) => ({ assessmentId, parentId })))
}

/**
 * Starts a waiting assessment without moving its version: saving a section starts it, and two
 * workers saving two sections must not meet. Undefined when it was not waiting.
 */
export async function startWaitingAssessment(
  tx: Tx,
  id: string,
  changes: { status: string; startedOn: string; completeBy: string },
  updatedAt: Date,
) {
  const [row] = await tx
    .update(needsAssessments)
    .set({ ...changes, updatedAt })
    .where(and(eq(needsAssessments.id, id), eq(needsAssessments.status, 'waiting')))
    .returning({ id: needsAssessments.id })
  return row
}

// ---- What starting an assessment checks --------------------------------------------------------

/** A family the member of staff may reach, with its agency and council. */
export async function findFamilyInScope(db: Reader, actor: Actor, familyId: string) {
  const [row] = await db
    .select({
      id: families.id,
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
    })
    .from(families)
    .where(and(eq(families.id, familyId), staffFamilyScope(actor)))
  return row
}

/** A birth relative the member of staff may reach, with their agency and council. */
export async function findBirthRelativeInScope(db: Reader, actor: Actor, birthRelativeId: string) {
  const [row] = await db
    .select({
      id: birthRelatives.id,
      organisationId: birthRelatives.organisationId,
      localAuthorityId: birthRelatives.localAuthorityId,
    })
    .from(birthRelatives)
    .where(and(eq(birthRelatives.id, birthRelativeId), staffBirthRelativeScope(actor)))
  return row
}

/** Which of `childIds` are children of the family. */
export async function findChildIdsOfFamily(db: Reader, familyId: string, childIds: string[]) {
  const rows = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.familyId, familyId), inArray(children.id, childIds)))
  return rows.map((row) => row.id)
}

/** Which of `parentIds` are parents in the family. */
export async function findParentIdsOfFamily(db: Reader, familyId: string, parentIds: string[]) {
  const rows = await db
    .select({ id: familyParents.id })
    .from(familyParents)
    .where(and(eq(familyParents.familyId, familyId), inArray(familyParents.id, parentIds)))
  return rows.map((row) => row.id)
}

/** A support worker or team manager of the agency whose account is in use; undefined if not. */
export async function findAssessor(db: Reader, organisationId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.organisationId, organisationId),
        inArray(users.role, ['support_worker', 'team_manager']),
        isNull(users.disabledAt),
      ),
    )
  return row
}

/** Whose a support request in the caller's scope is: its family or birth relative. */
export async function findSupportRequestInScope(db: Reader, actor: Actor, id: string) {
  const [row] = await db
    .select({
      familyId: supportRequests.familyId,
      birthRelativeId: supportRequests.birthRelativeId,
    })
    .from(supportRequests)
    .where(and(eq(supportRequests.id, id), staffRequestScope(actor)))
  return row
}

/** The agency's assessment standards; undefined while it keeps the product's defaults. */
export async function findAssessmentStandards(db: Reader, organisationId: string) {
  const [row] = await db
    .select({
      responseDays: supportSettings.assessmentResponseDays,
      startDays: supportSettings.assessmentStartDays,
      completeDays: supportSettings.assessmentCompleteDays,
    })
    .from(supportSettings)
    .where(eq(supportSettings.organisationId, organisationId))
  return row
}

// ---- Sections ----------------------------------------------------------------------------------

const sectionFields = {
  section: assessmentSections.section,
  content: assessmentSections.content,
  finished: assessmentSections.finished,
  version: assessmentSections.version,
  updatedAt: assessmentSections.updatedAt,
  updatedByName: nameOf(assessmentSections.updatedByUserId),
}
/** The sections of an assessment saved so far; a section never saved has no row. */
export async function findSections(db: Reader, assessmentId: string) {
  return db
    .select(sectionFields)
    .from(assessmentSections)
    .where(eq(assessmentSections.assessmentId, assessmentId))
}
export type SectionStateRow = Awaited<ReturnType<typeof findSections>>[number]

/** Whether each saved section is finished: for the check before sign-off. */
export async function findFinishedSections(db: Reader, assessmentId: string) {
  const rows = await db
    .select({ section: assessmentSections.section })
    .from(assessmentSections)
    .where(
      and(eq(assessmentSections.assessmentId, assessmentId), eq(assessmentSections.finished, true)),
    )
  return rows.map((row) => row.section)
}

/**
 * A section's first save. Undefined when someone else saved it first: the unique key decides, so
 * two first saves at once make one row and one 409, never a 500.
 */
export async function insertSection(
  tx: Tx,
  values: {
    assessmentId: string
    section: string
    content: string
    finished: boolean
    updatedByUserId: string
    updatedAt: Date
  },
) {
  const [row] = await tx
    .insert(assessmentSections)
    .values({ ...values, version: 1 })
    .onConflictDoNothing()
    .returning()
  return row
}

/** A later save, only while the section is at the version the caller read; undefined if moved. */
export async function updateSectionAtVersion(
  tx: Tx,
  target: { assessmentId: string; section: string; version: number },
  changes: { content: string; finished: boolean; updatedByUserId: string; updatedAt: Date },
) {
  const [row] = await tx
    .update(assessmentSections)
    .set({ ...changes, version: sql`${assessmentSections.version} + 1` })
    .where(
      and(
        eq(assessmentSections.assessmentId, target.assessmentId),
        eq(assessmentSections.section, target.section),
        eq(assessmentSections.version, target.version),
      ),
    )
    .returning()
  return row
}

export async function insertSectionVersion(
  tx: Tx,
  values: typeof assessmentSectionVersions.$inferInsert,
) {
  await tx.insert(assessmentSectionVersions).values(values)
}

const versionFields = {
  number: assessmentSectionVersions.number,
  finished: assessmentSectionVersions.finished,
  changedAt: assessmentSectionVersions.changedAt,
  changedByName: nameOf(assessmentSectionVersions.changedByUserId),
}

/** Every saved version of a section, newest first: who and when, not the text. */
export async function findSectionVersions(db: Reader, assessmentId: string, section: string) {
  return db
    .select(versionFields)
    .from(assessmentSectionVersions)
    .where(
      and(
        eq(assessmentSectionVersions.assessmentId, assessmentId),
        eq(assessmentSectionVersions.section, section),
      ),
    )
    .orderBy(desc(assessmentSectionVersions.number))
}
export type SectionVersionRow = Awaited<ReturnType<typeof findSectionVersions>>[number]

/** Two versions of a section with their text, in the order asked; missing ones are left out. */
export async function findSectionVersionTexts(
  db: Reader,
  assessmentId: string,
  section: string,
  numbers: number[],
) {
  return db
    .select({ ...versionFields, content: assessmentSectionVersions.content })
    .from(assessmentSectionVersions)
    .where(
      and(
        eq(assessmentSectionVersions.assessmentId, assessmentId),
        eq(assessmentSectionVersions.section, section),
        inArray(assessmentSectionVersions.number, numbers),
      ),
    )
}

// ---- The proposal's email ----------------------------------------------------------------------

/** The family's parents' email addresses: their account's, or else the one on their record. */
export async function findParentEmails(db: Reader, familyId: string) {
  const rows = await db
    .select({ email: sql<string | null>`coalesce(${users.email}, ${familyParents.email})` })
    .from(familyParents)
    .leftJoin(users, eq(users.id, familyParents.userId))
    .where(and(eq(familyParents.familyId, familyId), isNull(users.disabledAt)))
  return [...new Set(rows.flatMap((row) => (row.email ? [row.email] : [])))]
}

/** A birth relative's email address: their account's, or else the one on their record. */
export async function findBirthRelativeEmail(db: Reader, birthRelativeId: string) {
  const [row] = await db
    .select({ email: sql<string | null>`coalesce(${users.email}, ${birthRelatives.email})` })
    .from(birthRelatives)
    .leftJoin(users, eq(users.id, birthRelatives.userId))
    .where(and(eq(birthRelatives.id, birthRelativeId), isNull(users.disabledAt)))
  return row?.email ?? undefined
}

// ---- The family's and birth relative's own -----------------------------------------------------

/** Whose assessments a signed-in family member or birth relative may reach. */
export type OwnSubject = { familyId: string } | { birthRelativeId: string }

/** The caller's own birth relative record, by their account. */
export async function findOwnBirthRelative(db: Reader, userId: string) {
  const [row] = await db
    .select({ id: birthRelatives.id, localAuthorityId: birthRelatives.localAuthorityId })
    .from(birthRelatives)
    .where(eq(birthRelatives.userId, userId))
  return row
}

function ownScope(own: OwnSubject): SQL {
  return 'familyId' in own
    ? eq(needsAssessments.familyId, own.familyId)
    : eq(needsAssessments.birthRelativeId, own.birthRelativeId)
}

/**
 * What a family or birth relative is shown of their assessments, newest first. Never the
 * sections or the manager's comments. A birth relative's reads no child (their assessment names
 * none) and nothing of a family.
 */
export async function findOwnAssessments(db: Reader, own: OwnSubject, id?: string) {
  return db
    .select({
      id: needsAssessments.id,
      localAuthorityId: needsAssessments.localAuthorityId,
      status: needsAssessments.status,
      requestedOn: needsAssessments.requestedOn,
      proposal: needsAssessments.proposal,
      proposalSentAt: needsAssessments.proposalSentAt,
      responseDueOn: needsAssessments.responseDueOn,
      response: needsAssessments.response,
      representations: needsAssessments.representations,
      respondedAt: needsAssessments.respondedAt,
      decision: needsAssessments.decision,
      decidedAt: needsAssessments.decidedAt,
      workerName,
      childNames: 'familyId' in own ? childNames : sql<string[]>`'[]'::json`,
    })
    .from(needsAssessments)
    .where(and(ownScope(own), id ? eq(needsAssessments.id, id) : undefined))
    .orderBy(desc(needsAssessments.requestedOn), desc(needsAssessments.createdAt))
}
export type OwnAssessmentRow = Awaited<ReturnType<typeof findOwnAssessments>>[number]

/** One of the caller's own assessments, locked for the rest of the transaction. */
export async function lockOwnAssessment(tx: Tx, id: string, own: OwnSubject) {
  const [row] = await tx
    .select()
    .from(needsAssessments)
    .where(and(eq(needsAssessments.id, id), ownScope(own)))
    .for('update')
  return row
}

/** The plans of these assessments the family has been given: active or closed, never a draft. */
export async function findSharedPlans(db: Reader, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return []
  const plans = await db
    .select({
      id: supportPlans.id,
      assessmentId: supportPlans.assessmentId,
      status: supportPlans.status,
      nextReviewOn: supportPlans.nextReviewOn,
      outcome: supportPlans.outcome,
      namedWorkerName: nameOf(supportPlans.namedWorkerUserId),
    })
    .from(supportPlans)
    .where(
      and(
        inArray(supportPlans.assessmentId, assessmentIds),
        inArray(supportPlans.status, ['active', 'closed']),
      ),
    )
  const planIds = plans.map((plan) => plan.id)
  if (planIds.length === 0) return []
  const services = await db
    .select()
    .from(planServices)
    .where(inArray(planServices.planId, planIds))
    .orderBy(asc(planServices.position), asc(planServices.id))
  const reviews = await db
    .select({
      planId: planReviews.planId,
      reviewedOn: planReviews.reviewedOn,
      whatChanged: planReviews.whatChanged,
      nextReviewOn: planReviews.nextReviewOn,
    })
    .from(planReviews)
    .where(inArray(planReviews.planId, planIds))
    .orderBy(desc(planReviews.reviewedOn), desc(planReviews.createdAt))
  return plans.map((plan) => ({
    ...plan,
    services: services.filter((service) => service.planId === plan.id),
    reviews: reviews.filter((review) => review.planId === plan.id),
  }))
}
export type SharedPlanRow = Awaited<ReturnType<typeof findSharedPlans>>[number]

// ---- What the PDFs add -------------------------------------------------------------------------

/** The agency's name, at the top of every PDF it prints. */
export async function findAgencyName(db: Reader, organisationId: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
  return row?.name ?? ''
}

/**
 * Who one of the caller's own assessments is for, as its decision notice and plan name them: the
 * parents assessed, or the birth relative themself; and the agency's name. A birth relative's
 * reads nothing of a family.
 */
export async function findOwnAddressees(db: Reader, own: OwnSubject, id: string) {
  const [row] = await db
    .select({
      agencyName: sql<string>`coalesce((select ${organisations.name} from ${organisations} where ${organisations.id} = ${needsAssessments.organisationId}), '')`,
      parentNames: 'familyId' in own ? parentNames : sql<string[]>`'[]'::json`,
      birthRelativeName:
        'birthRelativeId' in own
          ? sql<
              string | null
            >`(select ${birthRelatives.fullName} from ${birthRelatives} where ${birthRelatives.id} = ${needsAssessments.birthRelativeId})`
          : sql<string | null>`null`,
    })
    .from(needsAssessments)
    .where(and(eq(needsAssessments.id, id), ownScope(own)))
  return row
}
