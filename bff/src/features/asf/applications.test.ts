import {
  and,
  asc,
  asfApplications,
  auditEvents,
  children,
  conflictsOfInterest,
  demoEmail,
  eq,
  families,
  familyParents,
  planServices,
  sql,
  supportPlans,
  users,
  type Db,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import type { Actor } from '../../platform/actor.ts'
import { findFigureTotals, findFiguresByLine, staffAsfScope } from './asf.repository.ts'

// Adoption Support Fund applications through HTTP on the demo agency, with its seeded providers
// and two years of applications around the ones these tests make.

// The app's clock: Wednesday 25 November 2026, 10am in London: financial year 2026 to 2027.
const clock = () => new Date('2026-11-25T10:00:00Z')
const asf = '/api/staff/asf'

let t: TestApp
let db: Db
let worker: Browser
let manager: Browser
let finance: Browser
let workerWyvern: Browser
let adopter: Browser
let adopterB: Browser
/** A child of the second demo family (adopter-b), who has no application seeded. */
let child: { id: string; firstName: string; lastName: string; familyId: string }
let providerIds: string[]

interface Application {
  id: string
  status: string
  financialYear: number
  totalPence: number
  matchFundingPence: number
  requestedPence: number
  approvedPence: number | null
  approvedInPart: boolean
  invoicedPence: number
  remainingPence: number | null
  dueOn: string
  deadline: string
  warnings: string[]
  planServiceId: string | null
  renewsApplicationId: string | null
  rules: { name: string; matchFundingAllowed: boolean }
  lines: { id: string; therapyType: string; providerName: string; invoicedPence: number }[]
  events: { status: string; happenedOn: string; byName: string | null; note: string | null }[]
  invoices: { invoiceNumber: string; amountPence: number; recordedByName: string | null }[]
  allowedActions: string[]
  version: number
}

const line = (overrides: object = {}) => ({
  therapyType: 'ddp',
  providerId: providerIds[0],
  sessions: 10,
  costPence: 120_050,
  outcomeTool: 'sdq',
  baselineScore: 21,
  endsOn: '2027-03-15',
  ...overrides,
})

const input = (overrides: object = {}) => ({
  childId: child.id,
  financialYear: 2026,
  eligibility: 'adopted_from_care_england',
  assessedOn: '2026-11-16',
  justification: `${child.firstName} finds transitions very hard; DDP with both parents is recommended.`,
  lines: [line()],
  ...overrides,
})

async function create(body: object = input(), as: Browser = worker) {
  return expectStatus(await as.post(`${asf}/applications`, body), 201).body as Application
}

async function step(application: Application, body: object, as: Browser, status = 200) {
  const res = expectStatus(
    await as.post(`${asf}/applications/${application.id}/steps`, {
      version: application.version,
      ...body,
    }),
    status,
  )
  return res.body as Application
}

/** Takes a new application to the fund's approval of `approvedPence`. */
async function approved(approvedPence: number, body: object = input()) {
  let application = await create(body)
  application = await step(application, { action: 'submit_for_approval' }, worker)
  application = await step(application, { action: 'approve' }, manager)
  application = await step(
    application,
    { action: 'submit_to_fund', fundReference: 'ASGSF-77812', happenedOn: '2026-11-20' },
    finance,
  )
  return step(
    application,
    { action: 'record_decision', outcome: 'approved', approvedPence, happenedOn: '2026-11-24' },
    finance,
  )
}

async function withdraw(application: Application) {
  const current = expectStatus(await worker.get(`${asf}/applications/${application.id}`), 200)
    .body as Application
  if (current.allowedActions.includes('withdraw')) {
    await step(current, { action: 'withdraw', note: 'Tidying up after a test' }, worker)
  }
}

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock })
  db = t.database.db
  ;[worker, manager, finance, workerWyvern, adopter, adopterB] = await Promise.all([
    signInAs(t.app, db, demoEmail('worker'), 'totp'),
    signInAs(t.app, db, demoEmail('manager'), 'totp'),
    signInAs(t.app, db, demoEmail('finance'), 'totp'),
    signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp'),
    signInAs(t.app, db, demoEmail('adopter'), 'email'),
    signInAs(t.app, db, demoEmail('adopter-b'), 'email'),
  ])
  const [row] = await db
    .select({
      id: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
      familyId: children.familyId,
    })
    .from(users)
    .innerJoin(familyParents, eq(familyParents.userId, users.id))
    .innerJoin(children, eq(children.familyId, familyParents.familyId))
    .where(eq(users.email, demoEmail('adopter-b')))
    .orderBy(asc(children.dateOfBirth))
    .limit(1)
  child = row!
  const providers = expectStatus(await finance.get(`${asf}/providers`), 200).body as {
    providers: { id: string; therapies: string[] }[]
  }
  providerIds = providers.providers.map((p) => p.id)
})
afterAll(() => t.close())

describe('making an application', () => {
  it('makes a draft for a child, judged by this year’s rules, due 20 working days after the assessment', async () => {
    const application = await create()
    expect(application).toMatchObject({
      status: 'draft',
      financialYear: 2026,
      totalPence: 120_050,
      matchFundingPence: 0,
      requestedPence: 120_050,
      approvedPence: null,
      // 16 November 2026 plus 20 working days: no bank holiday between.
      dueOn: '2026-12-14',
      deadline: 'open',
      rules: { name: 'Single fair access limit (from April 2025)', matchFundingAllowed: false },
    })
    expect(application.lines).toEqual([
      expect.objectContaining({ therapyType: 'ddp', invoicedPence: 0 }),
    ])
    expect(application.events).toEqual([
      expect.objectContaining({ status: 'draft', happenedOn: '2026-11-25', byName: 'Sam Okafor' }),
    ])
    expect(application.allowedActions).toEqual(['change', 'submit_for_approval', 'withdraw'])
    const audits = await db
      .select({ action: auditEvents.action, actorRole: auditEvents.actorRole })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.recordType, 'asf-application'),
          eq(auditEvents.recordId, application.id),
        ),
      )
    expect(audits).toEqual([{ action: 'create', actorRole: 'support_worker' }])
    await withdraw(application)
  })

  it('shows what is left for the child this year, less what their live applications hold', async () => {
    const before = expectStatus(
      await worker.get(`${asf}/allowance?childId=${child.id}&financialYear=2026`),
      200,
    ).body as { remainingPence: number; committedPence: number; endsOn: string }
    const application = await create(input({ lines: [line({ costPence: 50_000 })] }))
    const after = expectStatus(
      await worker.get(`${asf}/allowance?childId=${child.id}&financialYear=2026`),
      200,
    ).body as { remainingPence: number; committedPence: number }
    expect(before.endsOn).toBe('2027-03-31')
    expect(after.committedPence - before.committedPence).toBe(50_000)
    expect(before.remainingPence - after.remainingPence).toBe(50_000)
    // While it is changed, what it holds is left out: its change takes its place.
    const changing = expectStatus(
      await worker.get(
        `${asf}/allowance?childId=${child.id}&financialYear=2026&exceptApplicationId=${application.id}`,
      ),
      200,
    ).body as { remainingPence: number }
    expect(changing.remainingPence).toBe(before.remainingPence)
    // Withdrawn, its money is the child's again.
    await withdraw(application)
    const again = expectStatus(
      await worker.get(`${asf}/allowance?childId=${child.id}&financialYear=2026`),
      200,
    ).body as { remainingPence: number }
    expect(again.remainingPence).toBe(before.remainingPence)
  })

  it('refuses one over the £3,000 limit under the rules from April 2025, and any match funding', async () => {
    const over = expectStatus(
      await worker.post(
        `${asf}/applications`,
        input({ lines: [line({ costPence: 200_000 }), line({ costPence: 100_001 })] }),
      ),
      400,
    )
    expect(over.body.fieldErrors.lines).toBe(
      'The total must be £3,000 or less: what is left of the fund’s £3,000 limit for this child this financial year',
    )
    const matched = expectStatus(
      await worker.post(`${asf}/applications`, input({ matchFundingPence: 1_000 })),
      400,
    )
    expect(matched.body.fieldErrors.matchFundingPence).toBe(
      'The fund’s rules for this year do not allow match funding',
    )
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(asfApplications)
      .where(and(eq(asfApplications.childId, child.id), eq(asfApplications.status, 'draft')))
    expect(count!.n).toBe(0)
  })

  it('counts the child’s other specialist assessments this year against their £2,500', async () => {
    const first = await create(
      input({ lines: [line({ therapyType: 'specialist_assessment', costPence: 200_000 })] }),
    )
    const second = expectStatus(
      await worker.post(
        `${asf}/applications`,
        input({ lines: [line({ therapyType: 'specialist_assessment', costPence: 60_000 })] }),
      ),
      400,
    )
    expect(second.body.fieldErrors.lines).toMatch(/^Specialist assessments must be £500 or less/)
    await withdraw(first)
  })

  it('asks for match funding over the limit under the rules before April 2025', async () => {
    const earlier = input({
      financialYear: 2024,
      assessedOn: '2024-11-15',
      lines: [line({ costPence: 550_000, endsOn: '2025-03-15' })],
    })
    const unmatched = expectStatus(await worker.post(`${asf}/applications`, earlier), 400)
    expect(unmatched.body.fieldErrors.matchFundingPence).toBe(
      'Enter match funding of at least £500: the part over the fund’s limits for this child this financial year',
    )
    const application = await create({ ...earlier, matchFundingPence: 50_000 })
    expect(application).toMatchObject({
      financialYear: 2024,
      totalPence: 550_000,
      matchFundingPence: 50_000,
      requestedPence: 500_000,
      rules: { matchFundingAllowed: true },
      // Its due date has passed and it was never submitted.
      deadline: 'late',
    })
    await withdraw(application)
  })

  it('changes the demo’s draft from before April 2025 by its own rules, with match funding', async () => {
    const [seeded] = await db
      .select({ id: asfApplications.id, childId: asfApplications.childId })
      .from(asfApplications)
      .where(and(eq(asfApplications.financialYear, 2024), eq(asfApplications.status, 'draft')))
    const draft = expectStatus(await worker.get(`${asf}/applications/${seeded!.id}`), 200)
      .body as Application
    expect(draft.rules).toMatchObject({ matchFundingAllowed: true })
    const allowance = expectStatus(
      await worker.get(
        `${asf}/allowance?childId=${seeded!.childId}&financialYear=2024&exceptApplicationId=${draft.id}`,
      ),
      200,
    ).body as { rules: { fairAccessLimitPence: number }; remainingPence: number }
    expect(allowance).toMatchObject({
      rules: { fairAccessLimitPence: 500_000 },
      remainingPence: 500_000,
    })
    const changed = {
      financialYear: 2024,
      eligibility: 'adopted_from_care_england',
      assessedOn: '2025-01-20',
      justification: 'Therapeutic parenting support is recommended.',
      lines: [line({ costPence: 600_000, endsOn: '2025-03-28' })],
      version: draft.version,
    }
    const unmatched = expectStatus(
      await worker.put(`${asf}/applications/${draft.id}`, changed),
      400,
    )
    expect(unmatched.body.fieldErrors.matchFundingPence).toBe(
      'Enter match funding of at least £1,000: the part over the fund’s limits for this child this financial year',
    )
    const saved = expectStatus(
      await worker.put(`${asf}/applications/${draft.id}`, {
        ...changed,
        matchFundingPence: 100_000,
      }),
      200,
    ).body as Application
    expect(saved).toMatchObject({
      totalPence: 600_000,
      requestedPence: 500_000,
      matchFundingPence: 100_000,
    })
    const malformed = expectStatus(
      await worker.get(
        `${asf}/allowance?childId=${seeded!.childId}&financialYear=2024&exceptApplicationId=not-an-id`,
      ),
      400,
    )
    expect(malformed.body.fieldErrors).toEqual({ exceptApplicationId: 'Select the application' })
    // Another child's application is no reason to count differently: it is refused.
    expectStatus(
      await worker.get(
        `${asf}/allowance?childId=${child.id}&financialYear=2024&exceptApplicationId=${draft.id}`,
      ),
      404,
    )
  })

  it('starts from a support plan’s service, for a child of that family', async () => {
    const [service] = await db
      .select({ id: planServices.id, familyId: supportPlans.familyId })
      .from(planServices)
      .innerJoin(supportPlans, eq(supportPlans.id, planServices.planId))
      .innerJoin(families, eq(families.id, supportPlans.familyId))
      .where(
        and(
          eq(planServices.fundingSource, 'adoption_support_fund'),
          sql`${supportPlans.familyId} <> ${child.familyId}`,
          sql`${families.localAuthorityId} in (select local_authority_id from staff_local_authorities sla join users u on u.id = sla.user_id where u.email = ${demoEmail('worker')})`,
        ),
      )
      .limit(1)
    const start = expectStatus(
      await worker.get(`${asf}/new-application?planServiceId=${service!.id}`),
      200,
    ).body as { children: { id: string }[]; planService: { id: string; costPence: number } }
    expect(start.planService.id).toBe(service!.id)
    const [first] = await db
      .select({ id: children.id })
      .from(children)
      .where(eq(children.familyId, service!.familyId!))
      .orderBy(asc(children.dateOfBirth))
    expect(start.children.map((c) => c.id)).toContain(first!.id)
    const application = await create(
      input({
        childId: start.children[0]!.id,
        planServiceId: service!.id,
        lines: [line({ costPence: 10_000 })],
      }),
    )
    expect(application.planServiceId).toBe(service!.id)
    // Another family's service is refused for this child.
    const mismatch = expectStatus(
      await worker.post(`${asf}/applications`, input({ planServiceId: service!.id })),
      400,
    )
    expect(mismatch.body.fieldErrors.planServiceId).toBe(
      'Select a service of the child’s support plan',
    )
    await withdraw(application)
  })

  it('audits reading a child’s starting point and allowance, and audits nothing it refuses', async () => {
    const familyReads = () =>
      db
        .select({ details: auditEvents.details, actorRole: auditEvents.actorRole })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.action, 'read'),
            eq(auditEvents.recordType, 'family'),
            eq(auditEvents.recordId, child.familyId),
          ),
        )
    const before = (await familyReads()).length
    expectStatus(await worker.get(`${asf}/new-application?childId=${child.id}`), 200)
    expectStatus(await manager.get(`${asf}/allowance?childId=${child.id}&financialYear=2025`), 200)
    // Staff of another council are refused as if the child did not exist, and leave no read.
    expectStatus(await workerWyvern.get(`${asf}/new-application?childId=${child.id}`), 404)
    expectStatus(
      await workerWyvern.get(`${asf}/allowance?childId=${child.id}&financialYear=2025`),
      404,
    )
    const reads = (await familyReads()).slice(before)
    expect(reads).toEqual([
      {
        actorRole: 'support_worker',
        details: { for: 'asf-new-application', childId: child.id },
      },
      {
        actorRole: 'team_manager',
        details: { for: 'asf-allowance', childId: child.id, financialYear: 2025 },
      },
    ])
  })

  it('is out of reach of staff of another council, whose 404 says nothing of it', async () => {
    const application = await create(input({ lines: [line({ costPence: 1_000 })] }))
    expectStatus(await workerWyvern.get(`${asf}/applications/${application.id}`), 404)
    expectStatus(
      await workerWyvern.post(`${asf}/applications`, input({ lines: [line({ costPence: 1 })] })),
      400,
    )
    await withdraw(application)
  })
})

describe('from approval to the fund’s decision', () => {
  it('goes through the manager, the fund and its decision in part, each step dated and by whom', async () => {
    let application = await create(input({ lines: [line({ costPence: 150_000 })] }))
    application = await step(application, { action: 'submit_for_approval' }, worker)
    expect(application.status).toBe('awaiting_approval')
    // Approval is a team manager's: a worker is refused whatever the status.
    await step(application, { action: 'approve' }, worker, 403)
    application = await step(application, { action: 'approve' }, manager)
    expect(application.status).toBe('ready_to_submit')
    application = await step(
      application,
      { action: 'submit_to_fund', fundReference: 'ASGSF-55120', happenedOn: '2026-11-23' },
      finance,
    )
    application = await step(
      application,
      { action: 'record_information_request', note: 'The SDQ baseline', happenedOn: '2026-11-24' },
      finance,
    )
    application = await step(
      application,
      { action: 'submit_to_fund', fundReference: 'ASGSF-55120', happenedOn: '2026-11-25' },
      finance,
    )
    const tooMuch = expectStatus(
      await finance.post(`${asf}/applications/${application.id}/steps`, {
        version: application.version,
        action: 'record_decision',
        outcome: 'approved',
        approvedPence: 150_001,
        happenedOn: '2026-11-25',
      }),
      400,
    )
    expect(tooMuch.body.fieldErrors.approvedPence).toBe(
      'The amount approved must be £1,500 or less: the amount asked for',
    )
    application = await step(
      application,
      {
        action: 'record_decision',
        outcome: 'approved',
        approvedPence: 100_000,
        happenedOn: '2026-11-25',
      },
      finance,
    )
    expect(application).toMatchObject({
      status: 'approved',
      approvedPence: 100_000,
      approvedInPart: true,
      remainingPence: 100_000,
      deadline: 'met',
    })
    expect(application.events.map((e) => [e.status, e.byName])).toEqual([
      ['draft', 'Sam Okafor'],
      ['awaiting_approval', 'Sam Okafor'],
      ['ready_to_submit', 'Priya Shah'],
      ['submitted', 'Dev Patel'],
      ['information_requested', 'Dev Patel'],
      ['submitted', 'Dev Patel'],
      ['approved', 'Dev Patel'],
    ])
    // The first submission's date stays the submission date.
    const [row] = await db
      .select({ submittedOn: asfApplications.submittedOn })
      .from(asfApplications)
      .where(eq(asfApplications.id, application.id))
    expect(row!.submittedOn).toBe('2026-11-23')
    // A step from a page read before this one is refused.
    const stale = expectStatus(
      await worker.post(`${asf}/applications/${application.id}/steps`, {
        version: application.version - 1,
        action: 'start_therapy',
        happenedOn: '2026-11-25',
      }),
      409,
    )
    expect(stale.body.message).toBe(
      'This application was changed by someone else. Check it and try again',
    )
    await withdraw(application)
  })

  it('refuses a step the status does not allow, saying why', async () => {
    const application = await create(input({ lines: [line({ costPence: 1_000 })] }))
    const res = expectStatus(
      await finance.post(`${asf}/applications/${application.id}/steps`, {
        version: application.version,
        action: 'record_decision',
        outcome: 'declined',
        happenedOn: '2026-11-25',
      }),
      409,
    )
    expect(res.body.message).toBe(
      'You cannot record the fund’s decision on an application that is a draft',
    )
    await withdraw(application)
  })
})

describe('invoices', () => {
  it('are the finance officer’s, never over the approved amount, and each number once', async () => {
    let application = await approved(100_000, input({ lines: [line({ costPence: 120_000 })] }))
    application = await step(
      application,
      { action: 'start_therapy', happenedOn: '2026-11-25' },
      worker,
    )
    const lineId = application.lines[0]!.id
    const invoice = (amountPence: number, invoiceNumber: string) => ({
      lineId,
      invoiceNumber,
      invoicedOn: '2026-11-25',
      amountPence,
    })
    expectStatus(
      await worker.post(`${asf}/applications/${application.id}/invoices`, invoice(10_000, 'A1')),
      403,
    )
    application = expectStatus(
      await finance.post(`${asf}/applications/${application.id}/invoices`, invoice(60_000, 'A1')),
      201,
    ).body as Application
    expect(application).toMatchObject({ invoicedPence: 60_000, remainingPence: 40_000 })
    expect(application.lines[0]!.invoicedPence).toBe(60_000)
    expect(application.invoices).toEqual([
      expect.objectContaining({
        invoiceNumber: 'A1',
        amountPence: 60_000,
        recordedByName: 'Dev Patel',
      }),
    ])
    const over = expectStatus(
      await finance.post(`${asf}/applications/${application.id}/invoices`, invoice(40_001, 'A2')),
      400,
    )
    expect(over.body.fieldErrors.amountPence).toBe(
      'The amount must be £400 or less: what is left of the approved amount',
    )
    const again = expectStatus(
      await finance.post(`${asf}/applications/${application.id}/invoices`, invoice(1_000, 'A1')),
      400,
    )
    expect(again.body.fieldErrors.invoiceNumber).toBe(
      'An invoice with this number is already recorded',
    )
    application = expectStatus(
      await finance.post(`${asf}/applications/${application.id}/invoices`, invoice(40_000, 'A2')),
      201,
    ).body as Application
    expect(application).toMatchObject({ invoicedPence: 100_000, remainingPence: 0 })
  })
})

describe('renewal', () => {
  it('starts next year’s draft from an approved application, its lines kept', async () => {
    const application = await approved(20_000, input({ lines: [line({ costPence: 20_000 })] }))
    const renewed = expectStatus(
      await worker.post(`${asf}/applications/${application.id}/renewal`),
      201,
    ).body as Application
    expect(renewed).toMatchObject({
      status: 'draft',
      financialYear: 2027,
      renewsApplicationId: application.id,
      totalPence: 20_000,
    })
    expect(renewed.lines.map((l) => l.therapyType)).toEqual(['ddp'])
    await withdraw(renewed)
    await withdraw(application)
  })
})

describe('what the family sees', () => {
  it('shows the therapy applied for their children, its status, provider and dates, and nothing else', async () => {
    const res = expectStatus(await adopter.get('/api/asf-applications'), 200)
    const applications = res.body.applications as { status: string; therapies: unknown[] }[]
    // The demo adopter's child: this year's in progress, last year's completed.
    expect(applications.map((a) => a.status).sort()).toEqual(['completed', 'in_progress'])
    expect(applications[0]!.therapies.length).toBeGreaterThan(0)
    expect(JSON.stringify(res.body)).not.toMatch(/justification|Pence|note|reference/i)
  })

  it('does not show a draft, and shows it once it is with the manager', async () => {
    const application = await create(input({ lines: [line({ costPence: 1_000 })] }))
    const mine = async () =>
      (
        expectStatus(await adopterB.get('/api/asf-applications'), 200).body.applications as {
          id: string
        }[]
      ).map((a) => a.id)
    expect(await mine()).not.toContain(application.id)
    await step(application, { action: 'submit_for_approval' }, worker)
    expect(await mine()).toContain(application.id)
    expect(
      await (async () =>
        (
          expectStatus(await adopter.get('/api/asf-applications'), 200).body.applications as {
            id: string
          }[]
        ).map((a) => a.id))(),
    ).not.toContain(application.id)
    await withdraw(application)
  })
})

describe('the summary for the fund’s portal', () => {
  it('names no one of the family and gives no address', async () => {
    const [family] = await db
      .select({ postcode: families.postcode, town: families.town, reference: families.reference })
      .from(families)
      .where(eq(families.id, child.familyId))
    const parents = await db
      .select({ fullName: familyParents.fullName })
      .from(familyParents)
      .where(eq(familyParents.familyId, child.familyId))
    const application = await create(
      input({
        lines: [line({ costPence: 1_000 })],
        justification: `${child.firstName} ${child.lastName} lives in ${family!.town} (${family!.postcode}) with ${parents[0]!.fullName}. ${child.firstName.toUpperCase()} needs DDP.`,
      }),
    )
    const res = expectStatus(await worker.get(`${asf}/applications/${application.id}/summary`), 200)
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
    const text = res.text
    expect(text).toContain('Financial year: 2026 to 2027')
    expect(text).toContain('Dyadic developmental psychotherapy (DDP)')
    expect(text).toContain(
      '[child] lives in [place] ([postcode]) with [parent]. [child] needs DDP.',
    )
    for (const word of [
      child.firstName,
      child.lastName,
      family!.postcode,
      family!.reference,
      ...parents.map((p) => p.fullName),
    ]) {
      expect(text.toLowerCase()).not.toContain(word.toLowerCase())
    }
    await withdraw(application)
  })
})

describe('the year’s figures', () => {
  it('count every application of the year in the caller’s councils, and the CSV has one row each', async () => {
    const figures = expectStatus(await finance.get(`${asf}/figures?financialYear=2026`), 200)
      .body as {
      totals: { applications: number; requestedPence: number; invoicedPence: number }
      byTherapyType: { requestedPence: number; invoicedPence: number }[]
    }
    const [expected] = await db
      .select({
        applications: sql<number>`count(*)::int`,
        requestedPence: sql<number>`sum(requested_pence)::int`,
        invoicedPence: sql<number>`sum(invoiced_pence)::int`,
      })
      .from(asfApplications)
      .where(eq(asfApplications.financialYear, 2026))
    expect(figures.totals).toMatchObject(expected!)
    // Every invoice is against one line: the lines' invoices add up to the applications'.
    expect(figures.byTherapyType.reduce((sum, r) => sum + r.invoicedPence, 0)).toBe(
      expected!.invoicedPence,
    )
    const csv = expectStatus(await finance.get(`${asf}/figures.csv?financialYear=2026`), 200)
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    const rows = csv.text.trim().split('\r\n')
    // supertest reads the text without its byte order mark.
    expect(rows[0]).toMatch(/^Application,Family reference,Local authority/)
    expect(rows).toHaveLength(expected!.applications + 1)
  })

  it('are for one council when asked, and refuse a council out of reach', async () => {
    const [la] = await db
      .select({ id: sql<string>`local_authority_id` })
      .from(sql`staff_local_authorities sla join users u on u.id = sla.user_id`)
      .where(sql`u.email = ${demoEmail('worker-wyvern')}`)
    const one = expectStatus(
      await manager.get(`${asf}/figures?financialYear=2026&localAuthorityId=${la!.id}`),
      200,
    ).body as { totals: { applications: number } }
    const [expected] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(asfApplications)
      .where(
        and(eq(asfApplications.financialYear, 2026), eq(asfApplications.localAuthorityId, la!.id)),
      )
    expect(one.totals.applications).toBe(expected!.n)
    expectStatus(
      await manager.get(
        `${asf}/figures?financialYear=2026&localAuthorityId=00000000-0000-4000-8000-000000000000`,
      ),
      404,
    )
  })
})

describe('the year’s figures from the tallies', () => {
  const byKey = (rows: { key: string }[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : 1))

  /** The figures counted from the applications themselves, as the caller may see them. */
  async function countedFor(email: string, conflictedFamilyIds: string[] = []) {
    const [user] = await db
      .select({ organisationId: users.organisationId })
      .from(users)
      .where(eq(users.email, email))
    const las = await db
      .select({ id: sql<string>`local_authority_id` })
      .from(sql`staff_local_authorities sla join users u on u.id = sla.user_id`)
      .where(sql`u.email = ${email}`)
    const scope = staffAsfScope({
      organisationId: user!.organisationId!,
      localAuthorityIds: las.map((la) => la.id),
      conflictedFamilyIds,
    } as Actor)
    const [totals, byTherapy, byProvider] = await Promise.all([
      findFigureTotals(db, scope, 2026),
      findFiguresByLine(db, scope, 2026, 'therapy'),
      findFiguresByLine(db, scope, 2026, 'provider'),
    ])
    const money = ({
      key,
      applications,
      requestedPence,
      approvedPence,
      invoicedPence,
    }: Figure) => ({
      key,
      applications,
      requestedPence,
      approvedPence,
      invoicedPence,
    })
    return {
      totals,
      byTherapyType: byKey(byTherapy.map(money)),
      byProvider: byKey(byProvider.map(money)),
    }
  }

  interface Figure {
    key: string
    applications: number
    requestedPence: number
    approvedPence: number
    invoicedPence: number
  }
  interface Figures {
    totals: Record<string, number>
    byTherapyType: (Figure & { name: string })[]
    byProvider: (Figure & { name: string })[]
  }
  const withoutNames = (figures: Figures) => ({
    totals: figures.totals,
    byTherapyType: byKey(figures.byTherapyType.map(({ name: _, ...rest }) => rest)),
    byProvider: byKey(figures.byProvider.map(({ name: _, ...rest }) => rest)),
  })

  it('equal the figures counted from the applications, after this file’s changes', async () => {
    const figures = expectStatus(await finance.get(`${asf}/figures?financialYear=2026`), 200)
      .body as Figures
    expect(figures.byTherapyType.length).toBeGreaterThan(2)
    expect(withoutNames(figures)).toEqual(await countedFor(demoEmail('finance')))
  })

  it('leave out a family the reader has a conflict of interest with', async () => {
    const [application] = await db
      .select({ familyId: asfApplications.familyId })
      .from(asfApplications)
      .innerJoin(
        sql`staff_local_authorities sla`,
        sql`sla.local_authority_id = ${asfApplications.localAuthorityId}`,
      )
      .innerJoin(users, sql`${users.id} = sla.user_id`)
      .where(and(eq(asfApplications.financialYear, 2026), eq(users.email, demoEmail('manager'))))
      .limit(1)
    const [managerUser] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoEmail('manager')))
    const before = expectStatus(await manager.get(`${asf}/figures?financialYear=2026`), 200)
      .body as Figures
    const [conflict] = await db
      .insert(conflictsOfInterest)
      .values({ staffUserId: managerUser!.id, familyId: application!.familyId, reason: 'Test' })
      .returning({ id: conflictsOfInterest.id })
    try {
      const after = expectStatus(await manager.get(`${asf}/figures?financialYear=2026`), 200)
        .body as Figures
      expect(after.totals.applications).toBeLessThan(before.totals.applications!)
      expect(withoutNames(after)).toEqual(
        await countedFor(demoEmail('manager'), [application!.familyId]),
      )
    } finally {
      await db.delete(conflictsOfInterest).where(eq(conflictsOfInterest.id, conflict!.id))
    }
  })
})

describe('the provider register', () => {
  it('is kept by the finance officer, one entry a name', async () => {
    const provider = {
      name: 'Lowfield Attachment Therapy',
      registrationBody: 'HCPC',
      registrationNumber: 'PYL55555',
      therapies: ['ddp', 'theraplay'],
      sessionRatePence: 9_000,
      contactEmail: 'hello@lowfield.invalid',
    }
    expectStatus(await worker.post(`${asf}/providers`, provider), 403)
    const created = expectStatus(await finance.post(`${asf}/providers`, provider), 201).body as {
      id: string
      version: number
    }
    const same = expectStatus(
      await finance.post(`${asf}/providers`, { ...provider, name: 'LOWFIELD attachment therapy' }),
      400,
    )
    expect(same.body.fieldErrors.name).toBe('A provider with this name is already in the register')
    const changed = expectStatus(
      await finance.put(`${asf}/providers/${created.id}`, {
        ...provider,
        sessionRatePence: 9_500,
        version: created.version,
      }),
      200,
    ).body as { sessionRatePence: number }
    expect(changed.sessionRatePence).toBe(9_500)
    const list = expectStatus(await worker.get(`${asf}/providers`), 200).body as {
      providers: { name: string }[]
    }
    expect(list.providers.map((p) => p.name)).toContain('Lowfield Attachment Therapy')
  })
})
