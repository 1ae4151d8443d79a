// Test-only helpers for the assessments suite: the demo people it uses, and what it reads or
// writes straight to the database (the outbox, audit events, a plan as the plans feature makes
// one). Imported by `*.test.ts` files only, never by the app.
import {
  asc,
  birthRelatives,
  children,
  demoEmail,
  eq,
  families,
  familyParents,
  localAuthorities,
  needsAssessments,
  outboxMessages,
  planServices,
  supportPlans,
  supportRequests,
  users,
  type Db,
} from '@asp/db'

export interface DemoFamilyForAssessment {
  id: string
  reference: string
  localAuthorityName: string
  surname: string
  childIds: string[]
  childFirstNames: string[]
  parentIds: string[]
  parentEmails: string[]
}

/** A demo family, by the email of its parent who has a sign-in ('adopter', 'adopter-b'). */
export async function findDemoFamily(db: Db, adopterKey: string): Promise<DemoFamilyForAssessment> {
  const [family] = await db
    .select({
      id: families.id,
      reference: families.reference,
      localAuthorityName: localAuthorities.name,
    })
    .from(users)
    .innerJoin(familyParents, eq(familyParents.userId, users.id))
    .innerJoin(families, eq(families.id, familyParents.familyId))
    .innerJoin(localAuthorities, eq(localAuthorities.id, families.localAuthorityId))
    .where(eq(users.email, demoEmail(adopterKey)))
  const kids = await db
    .select({ id: children.id, firstName: children.firstName, lastName: children.lastName })
    .from(children)
    .where(eq(children.familyId, family!.id))
    .orderBy(asc(children.dateOfBirth))
  const parents = await db
    .select({ id: familyParents.id, email: familyParents.email })
    .from(familyParents)
    .where(eq(familyParents.familyId, family!.id))
  return {
    ...family!,
    surname: kids[0]!.lastName,
    childIds: kids.map((kid) => kid.id),
    childFirstNames: kids.map((kid) => kid.firstName),
    parentIds: parents.map((parent) => parent.id),
    parentEmails: parents.flatMap((parent) => (parent.email ? [parent.email] : [])),
  }
}

/** The demo birth relative with a sign-in, Jordan Pike. */
export async function findDemoBirthRelative(db: Db) {
  const [relative] = await db
    .select({ id: birthRelatives.id, fullName: birthRelatives.fullName })
    .from(birthRelatives)
    .innerJoin(users, eq(users.id, birthRelatives.userId))
    .where(eq(users.email, demoEmail('birth-relative')))
  return relative!
}

export async function findUserId(db: Db, key: string) {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoEmail(key)))
  return user!.id
}

/** The emails queued with a template, oldest first. */
export async function findQueuedEmails(db: Db, template: string) {
  return db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.template, template))
    .orderBy(asc(outboxMessages.createdAt))
}

export async function findAssessmentRow(db: Db, id: string) {
  const [row] = await db.select().from(needsAssessments).where(eq(needsAssessments.id, id))
  return row!
}

/**
 * A support plan for an assessment, as the plans feature writes one: copied from the assessment,
 * with one service.
 */
export async function seedPlan(
  db: Db,
  assessmentId: string,
  plan: { status: 'draft' | 'active' | 'closed'; nextReviewOn: string },
) {
  const assessment = await findAssessmentRow(db, assessmentId)
  const [row] = await db
    .insert(supportPlans)
    .values({
      organisationId: assessment.organisationId,
      localAuthorityId: assessment.localAuthorityId,
      assessmentId,
      subject: assessment.subject,
      familyId: assessment.familyId,
      birthRelativeId: assessment.birthRelativeId,
      status: plan.status,
      nextReviewOn: plan.nextReviewOn,
      sharedAt: plan.status === 'draft' ? null : new Date('2026-12-01T10:00:00Z'),
    })
    .returning({ id: supportPlans.id })
  await db.insert(planServices).values({
    planId: row!.id,
    description: 'Therapeutic parenting course',
    provider: 'Central Shires Adoption Support',
    frequency: 'Weekly for 10 weeks',
    startsOn: '2027-01-11',
    costPence: 123450,
    fundingSource: 'adoption_support_fund',
    position: 0,
  })
  return row!.id
}

/** Moves a plan, as the plans feature would when it is shared, reviewed or closed. */
export async function setPlan(
  db: Db,
  planId: string,
  changes: { status?: 'draft' | 'active' | 'closed'; nextReviewOn?: string },
) {
  await db.update(supportPlans).set(changes).where(eq(supportPlans.id, planId))
}

/** A support request of a family, from the demo data. */
export async function findSupportRequestOf(db: Db, familyId: string) {
  const [row] = await db
    .select({ id: supportRequests.id })
    .from(supportRequests)
    .where(eq(supportRequests.familyId, familyId))
    .limit(1)
  return row?.id
}

export { auditBy, auditOf } from '../../testing/audit.ts'
