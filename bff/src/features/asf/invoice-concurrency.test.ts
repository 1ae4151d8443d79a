// No spend over the approved amount under load: many invoices recorded against one application at
// once, on PGlite and on PostgreSQL (TEST_DATABASE_URL), over HTTP.
import {
  asc,
  asfApplications,
  asfInvoices,
  children,
  demoEmail,
  eq,
  familyParents,
  sql,
  users,
  type Db,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

const clock = () => new Date('2026-11-25T10:00:00Z')
const asf = '/api/staff/asf'

let t: TestApp
let db: Db
let worker: Browser
let manager: Browser
let finance: Browser

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock })
  db = t.database.db
  // One session of each: the invoices below go at once all the same, each request on its own
  // database connection, as from several tabs. (Three sessions of one authenticator user needed
  // three codes within its window, which failed when signing in crossed a 30-second boundary.)
  ;[worker, manager, finance] = await Promise.all([
    signInAs(t.app, db, demoEmail('worker'), 'totp'),
    signInAs(t.app, db, demoEmail('manager'), 'totp'),
    signInAs(t.app, db, demoEmail('finance'), 'totp'),
  ])
})
afterAll(() => t.close())

/** An application approved for `approvedPence` and in therapy, for the adopter-b family's child. */
async function approvedApplication(approvedPence: number) {
  const [child] = await db
    .select({ id: children.id })
    .from(users)
    .innerJoin(familyParents, eq(familyParents.userId, users.id))
    .innerJoin(children, eq(children.familyId, familyParents.familyId))
    .where(eq(users.email, demoEmail('adopter-b')))
    .orderBy(asc(children.dateOfBirth))
    .limit(1)
  const providers = expectStatus(await worker.get(`${asf}/providers`), 200).body.providers
  let application = expectStatus(
    await worker.post(`${asf}/applications`, {
      childId: child!.id,
      financialYear: 2026,
      eligibility: 'adopted_from_care_england',
      assessedOn: '2026-11-16',
      justification: 'Theraplay for the child and both parents.',
      lines: [
        {
          therapyType: 'theraplay',
          providerId: providers[0].id,
          sessions: 12,
          costPence: approvedPence,
          outcomeTool: 'bac',
          endsOn: '2027-03-15',
        },
      ],
    }),
    201,
  ).body
  const move = async (as: Browser, body: object) =>
    (application = expectStatus(
      await as.post(`${asf}/applications/${application.id}/steps`, {
        version: application.version,
        ...body,
      }),
      200,
    ).body)
  await move(worker, { action: 'submit_for_approval' })
  await move(manager, { action: 'approve' })
  await move(finance, {
    action: 'submit_to_fund',
    fundReference: 'ASGSF-90001',
    happenedOn: '2026-11-20',
  })
  await move(finance, {
    action: 'record_decision',
    outcome: 'approved',
    approvedPence,
    happenedOn: '2026-11-24',
  })
  await move(worker, { action: 'start_therapy', happenedOn: '2026-11-25' })
  return application as { id: string; lines: { id: string }[] }
}

describe('invoices recorded at once', () => {
  it('never take the spend over the approved amount', async () => {
    const application = await approvedApplication(100_000)
    // Twelve invoices of £150 against £1,000: six fit, whichever arrive first.
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        finance.post(`${asf}/applications/${application.id}/invoices`, {
          lineId: application.lines[0]!.id,
          invoiceNumber: `C-${index + 1}`,
          invoicedOn: '2026-11-25',
          amountPence: 15_000,
        }),
      ),
    )
    const statuses = responses.map((res) => res.status).sort()
    expect(statuses).toEqual([...Array(6).fill(201), ...Array(6).fill(400)])
    for (const refused of responses.filter((res) => res.status === 400)) {
      expect(refused.body.fieldErrors.amountPence).toBe(
        'The amount must be £100 or less: what is left of the approved amount',
      )
    }
    const [row] = await db
      .select({ invoicedPence: asfApplications.invoicedPence })
      .from(asfApplications)
      .where(eq(asfApplications.id, application.id))
    const [sum] = await db
      .select({
        total: sql<number>`sum(${asfInvoices.amountPence})::int`,
        n: sql<number>`count(*)::int`,
      })
      .from(asfInvoices)
      .where(eq(asfInvoices.applicationId, application.id))
    expect(row!.invoicedPence).toBe(90_000)
    expect(sum).toEqual({ total: 90_000, n: 6 })
  })

  it('are refused by the database itself past the approved amount', async () => {
    const application = await approvedApplication(10_000)
    // A write that skipped the service's check still cannot record more than was approved.
    await expect(
      db
        .update(asfApplications)
        .set({ invoicedPence: 10_001 })
        .where(eq(asfApplications.id, application.id)),
    ).rejects.toThrow()
  })
})
