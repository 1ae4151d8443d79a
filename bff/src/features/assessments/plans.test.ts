import {
  and,
  asc,
  assessmentChildren,
  assessmentParents,
  auditEvents,
  birthRelatives,
  children,
  demoEmail,
  eq,
  families,
  familyParents,
  needsAssessments,
  outboxMessages,
  planServices,
  supportPlans,
  users,
  type Db,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

// Support plans through HTTP on the demo agency. The decided assessments they are made from are
// written straight to the database, as the assessment endpoints would leave them.

// The app's clock: Wednesday 25 November 2026, 10am in London (GMT). Tests move it.
const start = new Date('2026-11-25T10:00:00Z')
let now = start
const clock = () => now

let t: TestApp
let db: Db
let worker: Browser
let manager: Browser
let duty: Browser
let administrator: Browser
let workerWyvern: Browser
let workerAdopter: Browser
let adopter: Browser

/** The demo adopter's family, in the worker's first council. */
interface Family {
  id: string
  reference: string
  organisationId: string
  localAuthorityId: string
  parents: { id: string; fullName: string; email: string | null }[]
  children: { id: string; firstName: string; lastName: string }[]
}
let family: Family
let ids: { worker: string; manager: string; duty: string; workerWyvern: string }

interface StaffPlanBody {
  id: string
  assessmentId: string
  subject: string
  subjectName: string
  status: string
  namedWorkerUserId: string | null
  namedWorkerName: string | null
  nextReviewOn: string
  reviewDue: boolean
  sharedAt: string | null
  outcome: string | null
  closedAt: string | null
  services: {
    id: string
    description: string
    provider: string
    frequency: string
    startsOn: string
    endsOn: string | null
    costPence: number
    fundingSource: string
  }[]
  reviews: {
    reviewedOn: string
    whatChanged: string
    nextReviewOn: string
    reviewedByName: string | null
  }[]
  allowedActions: string[]
  version: number
}

const staff = '/api/staff'

const therapy = {
  description: 'Therapeutic parenting course',
  provider: 'Shires Therapy Partnership',
  frequency: 'Weekly for 12 weeks',
  startsOn: '2027-01-11',
  endsOn: '2027-04-05',
  costPence: 123450,
  fundingSource: 'adoption_support_fund',
}
const respite = {
  description: 'Short breaks',
  provider: 'The agency',
  frequency: 'One weekend a month',
  startsOn: '2027-01-01',
  costPence: 9999,
  fundingSource: 'agency',
}

const planInput = (overrides: object = {}) => ({
  namedWorkerUserId: ids.worker,
  nextReviewOn: '2027-05-25',
  services: [therapy, respite],
  ...overrides,
})

/** A family with its parents and children. */
async function findFamilyById(familyId: string): Promise<Family> {
  const [row] = await db
    .select({
      id: families.id,
      reference: families.reference,
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
    })
    .from(families)
    .where(eq(families.id, familyId))
  const parents = await db
    .select({ id: familyParents.id, fullName: familyParents.fullName, email: familyParents.email })
    .from(familyParents)
    .where(eq(familyParents.familyId, familyId))
    .orderBy(asc(familyParents.createdAt), asc(familyParents.id))
  const kids = await db
    .select({ id: children.id, firstName: children.firstName, lastName: children.lastName })
    .from(children)
    .where(eq(children.familyId, familyId))
  return { ...row!, parents, children: kids }
}

/** The family of the parent who signs in with `email`. */
async function findFamily(email: string): Promise<Family> {
  const [row] = await db
    .select({ familyId: familyParents.familyId })
    .from(users)
    .innerJoin(familyParents, eq(familyParents.userId, users.id))
    .where(eq(users.email, email))
  return findFamilyById(row!.familyId)
}

async function userId(key: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoEmail(key)))
  return row!.id
}

/**
 * An assessment of a family, with all its parents and children, where the assessment endpoints
 * would leave it: decided unless told otherwise.
 */
async function seedFamilyAssessment(
  of: Pick<Family, 'id' | 'organisationId' | 'localAuthorityId' | 'parents' | 'children'>,
  status = 'decided',
) {
  const [row] = await db
    .insert(needsAssessments)
    .values({
      organisationId: of.organisationId,
      localAuthorityId: of.localAuthorityId,
      subject: 'adoptive_family',
      familyId: of.id,
      status,
      reason: 'Struggling with behaviour at home since the move to secondary school',
      workerUserId: ids.worker,
      requestedOn: '2026-06-01',
      startBy: '2026-06-15',
      startedOn: '2026-06-10',
      completeBy: '2026-08-05',
      ...(status === 'decided'
        ? {
            proposal: 'A therapeutic parenting course and short breaks',
            proposalSentAt: new Date('2026-09-01T09:00:00Z'),
            responseDueOn: '2026-09-29',
            response: 'agreed',
            respondedAt: new Date('2026-09-10T09:00:00Z'),
            decision: 'Support agreed as proposed',
            decidedAt: new Date('2026-10-01T09:00:00Z'),
            decidedByUserId: ids.manager,
          }
        : {}),
    })
    .returning({ id: needsAssessments.id })
  await db
    .insert(assessmentParents)
    .values(of.parents.map((parent) => ({ assessmentId: row!.id, parentId: parent.id })))
  await db
    .insert(assessmentChildren)
    .values(of.children.map((child) => ({ assessmentId: row!.id, childId: child.id })))
  return row!.id
}

/** A decided assessment of the demo birth relative, Jordan Pike. */
async function seedBirthRelativeAssessment() {
  const [relative] = await db
    .select({
      id: birthRelatives.id,
      organisationId: birthRelatives.organisationId,
      localAuthorityId: birthRelatives.localAuthorityId,
    })
    .from(birthRelatives)
    .innerJoin(users, eq(users.id, birthRelatives.userId))
    .where(eq(users.email, demoEmail('birth-relative')))
  const [row] = await db
    .insert(needsAssessments)
    .values({
      organisationId: relative!.organisationId,
      localAuthorityId: relative!.localAuthorityId,
      subject: 'birth_relative',
      birthRelativeId: relative!.id,
      status: 'decided',
      reason: 'Wants counselling about the adoption',
      requestedOn: '2026-06-01',
      startBy: '2026-06-15',
      decision: 'Counselling agreed',
      decidedAt: new Date('2026-10-01T09:00:00Z'),
    })
    .returning({ id: needsAssessments.id })
  return row!.id
}

async function makePlan(assessmentId: string, input: object = planInput(), as: Browser = worker) {
  const res = await as.post(`${staff}/assessments/${assessmentId}/plan`, input)
  return expectStatus(res, 201).body as StaffPlanBody
}

async function getPlan(planId: string, as: Browser = worker) {
  return expectStatus(await as.get(`${staff}/plans/${planId}`), 200).body as StaffPlanBody
}

async function auditOf(recordId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.recordType, 'support-plan'), eq(auditEvents.recordId, recordId)))
    .orderBy(asc(auditEvents.occurredAt))
}

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock })
  db = t.database.db
  ;[worker, manager, duty, administrator, workerWyvern, workerAdopter, adopter] = await Promise.all(
    [
      signInAs(t.app, db, demoEmail('worker'), 'totp'),
      signInAs(t.app, db, demoEmail('manager'), 'totp'),
      signInAs(t.app, db, demoEmail('duty'), 'totp'),
      signInAs(t.app, db, demoEmail('administrator'), 'totp'),
      signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp'),
      signInAs(t.app, db, demoEmail('worker-adopter'), 'totp'),
      signInAs(t.app, db, demoEmail('adopter'), 'email'),
    ],
  )
  ids = {
    worker: await userId('worker'),
    manager: await userId('manager'),
    duty: await userId('duty'),
    workerWyvern: await userId('worker-wyvern'),
  }
  family = await findFamily(demoEmail('adopter'))
  if (family.parents.filter((parent) => parent.email).length === 0 || !family.children.length) {
    throw new Error('The demo adopter’s family should have parents with emails, and children')
  }
})
afterAll(() => t.close())

describe('making a plan', () => {
  it('writes a draft plan of a decided assessment, with its services in order and pence exact', async () => {
    now = start
    const assessmentId = await seedFamilyAssessment(family)
    const made = await makePlan(assessmentId)
    expect(made).toMatchObject({
      assessmentId,
      subject: 'adoptive_family',
      subjectName: family.reference,
      status: 'draft',
      namedWorkerUserId: ids.worker,
      namedWorkerName: 'Sam Okafor',
      nextReviewOn: '2027-05-25',
      reviewDue: false,
      sharedAt: null,
      outcome: null,
      closedAt: null,
      reviews: [],
      allowedActions: ['share', 'change', 'close'],
      version: 1,
    })
    expect(made.services.map(({ id: _id, ...service }) => service)).toEqual([
      { ...therapy },
      { ...respite, endsOn: null },
    ])
    expect(made.services[0]!.costPence).toBe(123450)

    // Read back: the same plan, still a draft; the plan carries the assessment's scope.
    const read = await getPlan(made.id)
    expect(read).toEqual(made)
    const [row] = await db.select().from(supportPlans).where(eq(supportPlans.id, made.id))
    expect(row).toMatchObject({
      organisationId: family.organisationId,
      localAuthorityId: family.localAuthorityId,
      familyId: family.id,
      birthRelativeId: null,
      subject: 'adoptive_family',
      createdByUserId: ids.worker,
    })
    const stored = await db
      .select()
      .from(planServices)
      .where(eq(planServices.planId, made.id))
      .orderBy(asc(planServices.position))
    expect(stored.map((service) => [service.position, service.costPence])).toEqual([
      [0, 123450],
      [1, 9999],
    ])
  })

  it('refuses a second plan for the same assessment, even two made at once', async () => {
    const assessmentId = await seedFamilyAssessment(family)
    const [first, second] = await Promise.all([
      worker.post(`${staff}/assessments/${assessmentId}/plan`, planInput()),
      manager.post(`${staff}/assessments/${assessmentId}/plan`, planInput()),
    ])
    expect([first.status, second.status].sort()).toEqual([201, 409])
    const refused = first.status === 409 ? first : second
    expect(refused.body).toMatchObject({
      code: 'CONFLICT',
      message: 'This assessment already has a support plan',
    })
    const again = await worker.post(`${staff}/assessments/${assessmentId}/plan`, planInput())
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('This assessment already has a support plan')
    const plans = await db
      .select({ id: supportPlans.id })
      .from(supportPlans)
      .where(eq(supportPlans.assessmentId, assessmentId))
    expect(plans).toHaveLength(1)
  })

  it('refuses a plan before the assessment is decided', async () => {
    for (const status of ['in_progress', 'signed_off', 'response_received', 'withdrawn']) {
      const assessmentId = await seedFamilyAssessment(family, status)
      const res = await worker.post(`${staff}/assessments/${assessmentId}/plan`, planInput())
      expect(res.status).toBe(409)
      expect(res.body.message).toBe(
        'You can only write a plan once the assessment has been decided',
      )
    }
  })

  it('finds no assessment outside the caller’s councils, or of a family they have a conflict with', async () => {
    const assessmentId = await seedFamilyAssessment(family)
    const outside = await workerWyvern.post(
      `${staff}/assessments/${assessmentId}/plan`,
      planInput({ namedWorkerUserId: ids.workerWyvern }),
    )
    expect(outside.status).toBe(404)
    expect(outside.body).toMatchObject({ code: 'NOT_FOUND', message: 'Page not found' })

    // The worker who is also an adopter never reaches their own family (CSA-01003).
    const [own] = await db
      .select({ id: families.id })
      .from(families)
      .where(eq(families.reference, 'CSA-01003'))
    const ownFamily = await findFamilyById(own!.id)
    const ownAssessment = await seedFamilyAssessment(ownFamily)
    const conflicted = await workerAdopter.post(
      `${staff}/assessments/${ownAssessment}/plan`,
      planInput(),
    )
    expect(conflicted.status).toBe(404)
    // Their colleague may: the refusal was the conflict, not the assessment.
    await makePlan(ownAssessment)
    const missing = await worker.post(
      `${staff}/assessments/00000000-0000-4000-8000-000000000000/plan`,
      planInput(),
    )
    expect(missing.status).toBe(404)
  })

  it('lets only support workers and team managers write plans; administrators and families have no part', async () => {
    const assessmentId = await seedFamilyAssessment(family)
    for (const as of [duty, administrator, adopter]) {
      const res = await as.post(`${staff}/assessments/${assessmentId}/plan`, planInput())
      expect(res.status).toBe(403)
    }
    const made = await makePlan(
      assessmentId,
      planInput({ namedWorkerUserId: ids.manager }),
      manager,
    )
    expect(made).toMatchObject({ namedWorkerName: 'Priya Shah', status: 'draft' })

    // A duty officer reads the plan but is offered nothing; others get 403.
    const read = await getPlan(made.id, duty)
    expect(read.allowedActions).toEqual([])
    for (const as of [administrator, adopter]) {
      expect((await as.get(`${staff}/plans/${made.id}`)).status).toBe(403)
    }
    expect((await workerWyvern.get(`${staff}/plans/${made.id}`)).status).toBe(404)
    expect(
      (await workerWyvern.post(`${staff}/plans/${made.id}/close`, { version: 1, outcome: 'x' }))
        .status,
    ).toBe(404)
    expect((await duty.post(`${staff}/plans/${made.id}/share`, { version: 1 })).status).toBe(403)
  })

  it('takes as named worker only a support worker or team manager of the agency', async () => {
    const assessmentId = await seedFamilyAssessment(family)
    for (const namedWorkerUserId of [ids.duty, '00000000-0000-4000-8000-000000000000']) {
      const res = await worker.post(
        `${staff}/assessments/${assessmentId}/plan`,
        planInput({ namedWorkerUserId }),
      )
      expect(res.status).toBe(400)
      expect(res.body.fieldErrors).toEqual({ namedWorkerUserId: 'Select the named worker' })
    }
  })

  it('takes a review date of today or later', async () => {
    const assessmentId = await seedFamilyAssessment(family)
    const past = await worker.post(
      `${staff}/assessments/${assessmentId}/plan`,
      planInput({ nextReviewOn: '2026-11-24' }),
    )
    expect(past.status).toBe(400)
    expect(past.body.fieldErrors).toEqual({
      nextReviewOn: 'The review date must be today or in the future',
    })
    const today = await makePlan(assessmentId, planInput({ nextReviewOn: '2026-11-25' }))
    // Due today, but only an active plan has a review due.
    expect(today).toMatchObject({ nextReviewOn: '2026-11-25', reviewDue: false })
  })

  it('answers invalid services in GOV.UK words, and keeps money in whole pence', async () => {
    const assessmentId = await seedFamilyAssessment(family)
    const res = await worker.post(
      `${staff}/assessments/${assessmentId}/plan`,
      planInput({
        services: [{ ...therapy, costPence: 12.5, endsOn: '2027-01-01', fundingSource: 'lottery' }],
      }),
    )
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toMatchObject({
      'services.0.costPence': 'Enter the cost in pounds and pence',
      'services.0.fundingSource': 'Select who pays for the service',
    })
    const none = await db
      .select({ id: supportPlans.id })
      .from(supportPlans)
      .where(eq(supportPlans.assessmentId, assessmentId))
    expect(none).toEqual([])
  })
})

describe('a plan’s life', () => {
  let planId = ''
  let version = 0

  it('refuses to share a plan with no services', async () => {
    now = start
    const assessmentId = await seedFamilyAssessment(family)
    const empty = await makePlan(assessmentId, planInput({ services: [] }))
    expect(empty.services).toEqual([])
    const res = await worker.post(`${staff}/plans/${empty.id}/share`, { version: empty.version })
    expect(res.status).toBe(409)
    expect(res.body.message).toBe('Add at least one service before you share the plan')
    expect((await getPlan(empty.id)).status).toBe('draft')
  })

  it('shares a draft: it becomes active and the parents are told by email, with no case details', async () => {
    now = start
    const assessmentId = await seedFamilyAssessment(family)
    const made = await makePlan(assessmentId)
    planId = made.id
    const before = await db.select({ id: outboxMessages.id }).from(outboxMessages)

    now = new Date('2026-11-26T14:30:00Z')
    const shared = expectStatus(
      await worker.post(`${staff}/plans/${planId}/share`, { version: made.version }),
      200,
    ).body as StaffPlanBody
    expect(shared).toMatchObject({
      status: 'active',
      sharedAt: '2026-11-26T14:30:00.000Z',
      allowedActions: ['review', 'change', 'close'],
      version: made.version + 1,
    })
    version = shared.version

    const sent = (await db.select().from(outboxMessages)).filter(
      (message) => !before.some((old) => old.id === message.id),
    )
    const emails = family.parents.flatMap((parent) => (parent.email ? [parent.email] : []))
    expect(sent.map((message) => message.recipient).sort()).toEqual([...emails].sort())
    for (const message of sent) {
      expect(message).toMatchObject({
        channel: 'email',
        template: 'support-plan-shared',
        subject: 'Your support plan is ready',
      })
      expect(message.body).toContain(`${t.config.publicUrl}/assessments`)
      const text = `${message.subject}\n${message.body}`
      for (const child of family.children) {
        expect(text).not.toContain(child.firstName)
        expect(text).not.toContain(child.lastName)
      }
      expect(text).not.toContain(family.reference)
      expect(text).not.toContain(therapy.description)
    }

    const again = await worker.post(`${staff}/plans/${planId}/share`, { version })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('You cannot share a plan that is active')
  })

  it('tells a birth relative by their own email, and names them as the plan’s subject', async () => {
    const made = await makePlan(await seedBirthRelativeAssessment())
    expect(made).toMatchObject({ subject: 'birth_relative', subjectName: 'Jordan Pike' })
    const res = await worker.post(`${staff}/plans/${made.id}/share`, { version: made.version })
    expectStatus(res, 200)
    const [message] = await db
      .select()
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.recipient, demoEmail('birth-relative')),
          eq(outboxMessages.template, 'support-plan-shared'),
        ),
      )
    expect(message?.subject).toBe('Your support plan is ready')
  })

  it('changes the services at the version read, and refuses a stale version', async () => {
    const stale = await worker.put(`${staff}/plans/${planId}`, {
      ...planInput({ services: [respite] }),
      version: version - 1,
    })
    expect(stale.status).toBe(409)
    expect(stale.body.message).toBe('This plan was changed by someone else. Check it and try again')
    expect((await getPlan(planId)).services).toHaveLength(2)

    const counselling = {
      description: 'Life story work',
      provider: 'Central Shires Adoption',
      frequency: 'Fortnightly',
      startsOn: '2027-02-01',
      costPence: 50001,
      fundingSource: 'adoption_support_fund',
    }
    const changed = expectStatus(
      await worker.put(`${staff}/plans/${planId}`, {
        ...planInput({ services: [counselling, respite], namedWorkerUserId: ids.manager }),
        version,
      }),
      200,
    ).body as StaffPlanBody
    expect(changed).toMatchObject({
      status: 'active',
      namedWorkerName: 'Priya Shah',
      version: version + 1,
    })
    expect(changed.services.map((service) => [service.description, service.costPence])).toEqual([
      ['Life story work', 50001],
      ['Short breaks', 9999],
    ])
    const stored = await db.select().from(planServices).where(eq(planServices.planId, planId))
    expect(stored).toHaveLength(2)
    version = changed.version
  })

  it('records reviews, moves the next review date and lists them newest first', async () => {
    now = new Date('2027-02-10T11:00:00Z')
    const first = expectStatus(
      await worker.post(`${staff}/plans/${planId}/reviews`, {
        version,
        reviewedOn: '2027-02-09',
        whatChanged: 'Short breaks started; school reports fewer incidents',
        nextReviewOn: '2027-08-09',
      }),
      200,
    ).body as StaffPlanBody
    expect(first).toMatchObject({ nextReviewOn: '2027-08-09', reviewDue: false })
    expect(first.reviews).toEqual([
      {
        reviewedOn: '2027-02-09',
        whatChanged: 'Short breaks started; school reports fewer incidents',
        nextReviewOn: '2027-08-09',
        reviewedByName: 'Sam Okafor',
      },
    ])

    now = new Date('2027-08-10T09:00:00Z')
    const second = expectStatus(
      await manager.post(`${staff}/plans/${planId}/reviews`, {
        version: first.version,
        reviewedOn: '2027-08-10',
        whatChanged: 'Therapy ended',
        nextReviewOn: '2028-02-10',
      }),
      200,
    ).body as StaffPlanBody
    expect(second.nextReviewOn).toBe('2028-02-10')
    expect(second.reviews.map((review) => [review.reviewedOn, review.reviewedByName])).toEqual([
      ['2027-08-10', 'Priya Shah'],
      ['2027-02-09', 'Sam Okafor'],
    ])
    version = second.version
  })

  it('refuses a review dated in the future, or a next review not after it', async () => {
    const future = await worker.post(`${staff}/plans/${planId}/reviews`, {
      version,
      reviewedOn: '2027-08-11',
      whatChanged: 'Nothing',
      nextReviewOn: '2028-01-01',
    })
    expect(future.status).toBe(400)
    expect(future.body.fieldErrors).toEqual({
      reviewedOn: 'The date of the review must be today or in the past',
    })
    for (const nextReviewOn of ['2027-08-10', '2027-08-01']) {
      const res = await worker.post(`${staff}/plans/${planId}/reviews`, {
        version,
        reviewedOn: '2027-08-10',
        whatChanged: 'Nothing',
        nextReviewOn,
      })
      expect(res.status).toBe(400)
      expect(res.body.fieldErrors).toEqual({
        nextReviewOn: 'The next review must be after this review',
      })
    }
    expect((await getPlan(planId)).reviews).toHaveLength(2)
  })

  it('refuses a review of a draft', async () => {
    const draft = await makePlan(
      await seedFamilyAssessment(family),
      planInput({ nextReviewOn: '2027-12-01' }),
    )
    const res = await worker.post(`${staff}/plans/${draft.id}/reviews`, {
      version: draft.version,
      reviewedOn: '2027-08-10',
      whatChanged: 'Nothing',
      nextReviewOn: '2028-01-01',
    })
    expect(res.status).toBe(409)
    expect(res.body.message).toBe('You cannot record a review of a plan that is a draft')
  })

  it('shows the review as due once the clock reaches its date, and keeps the date while other things change', async () => {
    now = new Date('2028-02-09T23:59:00Z')
    expect((await getPlan(planId)).reviewDue).toBe(false)
    now = new Date('2028-02-10T00:00:00Z')
    expect((await getPlan(planId)).reviewDue).toBe(true)
    now = new Date('2028-03-01T10:00:00Z')
    const overdue = await getPlan(planId)
    expect(overdue.reviewDue).toBe(true)

    // The date now past may stay as it is; a new date must not be in the past.
    const kept = await worker.put(`${staff}/plans/${planId}`, {
      namedWorkerUserId: ids.manager,
      nextReviewOn: '2028-02-10',
      services: [respite],
      version,
    })
    expectStatus(kept, 200)
    version = (kept.body as StaffPlanBody).version
    const moved = await worker.put(`${staff}/plans/${planId}`, {
      namedWorkerUserId: ids.manager,
      nextReviewOn: '2028-02-29',
      services: [respite],
      version,
    })
    expect(moved.status).toBe(400)
    expect(moved.body.fieldErrors).toEqual({
      nextReviewOn: 'The review date must be today or in the future',
    })
  })

  it('closes with an outcome, and then refuses any change', async () => {
    now = new Date('2028-03-02T10:00:00Z')
    const closed = expectStatus(
      await worker.post(`${staff}/plans/${planId}/close`, {
        version,
        outcome: 'Needs met: the family no longer needs support',
      }),
      200,
    ).body as StaffPlanBody
    expect(closed).toMatchObject({
      status: 'closed',
      outcome: 'Needs met: the family no longer needs support',
      closedAt: '2028-03-02T10:00:00.000Z',
      reviewDue: false,
      allowedActions: [],
    })
    version = closed.version

    const change = await worker.put(`${staff}/plans/${planId}`, {
      ...planInput({ nextReviewOn: '2028-09-01' }),
      version,
    })
    expect(change.status).toBe(409)
    expect(change.body.message).toBe('You cannot change the services in a plan that is closed')
    const review = await worker.post(`${staff}/plans/${planId}/reviews`, {
      version,
      reviewedOn: '2028-03-02',
      whatChanged: 'x',
      nextReviewOn: '2028-09-01',
    })
    expect(review.status).toBe(409)
    const share = await worker.post(`${staff}/plans/${planId}/share`, { version })
    expect(share.status).toBe(409)
    const again = await worker.post(`${staff}/plans/${planId}/close`, { version, outcome: 'x' })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('You cannot close a plan that is closed')
    expect((await getPlan(planId)).version).toBe(version)
  })

  it('audits every read and write of the plan', async () => {
    const events = await auditOf(planId)
    const actions = events.map((event) => event.action)
    expect(actions[0]).toBe('create')
    expect(actions.filter((action) => action === 'update')).toHaveLength(6)
    expect(actions).toContain('read')
    expect(events.every((event) => event.localAuthorityId === family.localAuthorityId)).toBe(true)
    expect(events.find((event) => event.action === 'create')).toMatchObject({
      actorUserId: ids.worker,
      outcome: 'success',
    })
    // The share and the close record where the plan moved from and to.
    const moves = events
      .map((event) => event.details as { status?: string; from?: string } | null)
      .filter((details) => details?.from)
    expect(moves).toEqual([
      { status: 'active', from: 'draft' },
      { status: 'closed', from: 'active' },
    ])
  })
})
