import {
  auditEvents,
  contactLogs,
  demoEmail,
  demoOrganisation,
  eq,
  families,
  localAuthorities,
  organisations,
  supportRequestFeedback,
  supportRequests,
  users,
  type Db,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

// Hand-made records in the financial year 2028 to 2029, far from the demo's, each figure below
// worked out from them. The app's clock reads 15 January 2029.
const now = new Date('2029-01-15T10:00:00Z')
let t: TestApp
let db: Db
let manager: Browser
let analyst: Browser
let duty: Browser
let organisationId = ''
let dutyUserId = ''
let workerId = ''
/** The demo agency's four areas, by name. */
let la: { id: string; name: string }[] = []
let reference = 0

async function family(laIndex: number) {
  const [row] = await db
    .insert(families)
    .values({
      organisationId,
      localAuthorityId: la[laIndex]!.id,
      reference: `REP-${++reference}`,
      addressLine1: '1 Mill Lane',
      town: 'Ardenbury',
      postcode: 'XX1 1AB',
    })
    .returning({ id: families.id })
  return row!.id
}

/** A family request received at `receivedAt`, as new; later changes go through `change`. */
async function request(
  laIndex: number,
  receivedAt: string,
  values: Partial<typeof supportRequests.$inferInsert> = {},
) {
  const at = new Date(receivedAt)
  const [row] = await db
    .insert(supportRequests)
    .values({
      organisationId,
      localAuthorityId: la[laIndex]!.id,
      reference: `REP-R-${++reference}`,
      queue: 'family',
      channel: 'phone',
      categories: ['behaviour'],
      description: 'Hand-made for the reports test.',
      urgency: 'routine',
      contactMethod: 'phone',
      responseDueOn: receivedAt.slice(0, 10),
      allocationDueOn: receivedAt.slice(0, 10),
      receivedAt: at,
      createdAt: at,
      updatedAt: at,
      ...values,
    })
    .returning({ id: supportRequests.id })
  return row!.id
}

/** A change of status at `at`, as the app makes it: `updated_at` is the change's time. */
async function change(
  id: string,
  at: string,
  values: Partial<typeof supportRequests.$inferInsert>,
) {
  await db
    .update(supportRequests)
    .set({ ...values, updatedAt: new Date(at) })
    .where(eq(supportRequests.id, id))
}

function feedbackOn(supportRequestId: string, laIndex: number, rating: string, leftAt: string) {
  return {
    supportRequestId,
    organisationId,
    localAuthorityId: la[laIndex]!.id,
    rating,
    leftAt: new Date(leftAt),
  }
}

async function call(laIndex: number | null, receivedAt: string, supportRequestId?: string) {
  await db.insert(contactLogs).values({
    organisationId,
    localAuthorityId: laIndex === null ? null : la[laIndex]!.id,
    receivedAt: new Date(receivedAt),
    channel: 'phone',
    classification: supportRequestId ? 'support_request' : 'information',
    summary: 'Hand-made call',
    loggedByUserId: dutyUserId,
    supportRequestId: supportRequestId ?? null,
  })
}

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock: () => now })
  db = t.database.db
  ;[manager, analyst, duty] = await Promise.all([
    signInAs(t.app, db, demoEmail('manager'), 'totp'),
    signInAs(t.app, db, demoEmail('analyst'), 'totp'),
    signInAs(t.app, db, demoEmail('duty'), 'totp'),
  ])
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, demoOrganisation.slug))
  organisationId = organisation!.id
  la = await db
    .select({ id: localAuthorities.id, name: localAuthorities.name })
    .from(localAuthorities)
    .where(eq(localAuthorities.organisationId, organisationId))
    .orderBy(localAuthorities.name)
  const staff = await db.select({ id: users.id, email: users.email }).from(users)
  dutyUserId = staff.find((u) => u.email === demoEmail('duty'))!.id
  workerId = staff.find((u) => u.email === demoEmail('worker'))!.id
  const [A, B] = [0, 1]

  // Contacts, quarter 2 (July to September 2028). London is on summer time: 23:30 on 31 July in
  // London is 22:30 UTC, still July; 00:30 on 1 September in London is 23:30 UTC on 31 August.
  const r1 = await request(A, '2028-07-03T09:00:00Z', {
    adviceCallAt: new Date('2028-07-10T10:00:00Z'),
    daysToAdviceCall: 5,
  })
  await call(A, '2028-07-03T09:00:00Z', r1) // made r1: counted once, as r1
  await request(A, '2028-07-31T22:30:00Z', {
    adviceCallAt: new Date('2028-08-08T10:00:00Z'),
    daysToAdviceCall: 6,
  })
  await request(B, '2028-08-31T23:30:00Z') // September in London
  await call(B, '2028-08-15T12:00:00Z')
  await call(null, '2028-09-02T12:00:00Z') // no local authority recorded
  await request(A, '2028-06-30T22:59:00Z') // 23:59 on 30 June in London: quarter 1
  await request(A, '2028-10-01T00:00:00Z') // 1am on 1 October in London: quarter 3

  // Caseload: a request allocated in June 2028 and closed in August; a family supported through
  // duty by two requests at once in June; one of them ended in July.
  const allocated = await request(A, '2028-05-10T09:00:00Z')
  await change(allocated, '2028-06-15T09:00:00Z', { status: 'allocated', tier: 3, workerId })
  await change(allocated, '2028-08-01T09:00:00Z', {
    status: 'closed',
    closedAt: new Date('2028-08-01T09:00:00Z'),
  })
  const dutyFamily = await family(B)
  const d1 = await request(B, '2028-06-01T09:00:00Z', { familyId: dutyFamily })
  const d2 = await request(B, '2028-06-02T09:00:00Z', { familyId: dutyFamily })
  await change(d1, '2028-06-03T09:00:00Z', { status: 'duty_support', tier: 2 })
  await change(d2, '2028-06-04T09:00:00Z', { status: 'duty_support', tier: 2 })
  await change(d2, '2028-07-20T09:00:00Z', {
    status: 'closed',
    closedAt: new Date('2028-07-20T09:00:00Z'),
  })
  // Feedback on both closed requests, one left in the next quarter.
  await db
    .insert(supportRequestFeedback)
    .values([
      feedbackOn(allocated, 0, 'satisfied', '2028-08-02T09:00:00Z'),
      feedbackOn(d2, 1, 'very_dissatisfied', '2028-07-21T09:00:00Z'),
      feedbackOn(r1, 0, 'very_satisfied', '2028-10-02T09:00:00Z'),
    ])
  // A change of words alone is no change of status: history is unchanged.
  await change(d1, '2028-06-20T09:00:00Z', { description: 'Reworded' })
})
afterAll(() => t.close())

const report = (browser: Browser, name: string, query: string) =>
  browser.get(`/api/reports/${name}?${query}`)
type Table = {
  columns: { key: string; summed: boolean }[]
  rows: { key: string; label: string; cells: (number | null)[] }[]
  total: { cells: (number | null)[] }
  rolling: { label: string; values: Record<string, number | null> }[]
}
const cell = (table: Table, rowKey: string, columnKey: string) =>
  table.rows.find((row) => row.key === rowKey)!.cells[
    table.columns.findIndex((c) => c.key === columnKey)
  ]
const totalOf = (table: Table, columnKey: string) =>
  table.total.cells[table.columns.findIndex((c) => c.key === columnKey)]

/** Every summed column's total is the sum of its cells. */
function expectTotalsAddUp(table: Table) {
  for (const [at, c] of table.columns.entries()) {
    if (!c.summed) continue
    const sum = table.rows.reduce((s, row) => s + (row.cells[at] ?? 0), 0)
    expect(table.total.cells[at], c.key).toBe(sum)
  }
}

describe('contacts', () => {
  it('counts contacts by area and London month for a quarter, once each, with advice calls and the rolling 12 months', async () => {
    const body = expectStatus(
      await report(manager, 'contacts', 'period=quarter&financialYear=2028&quarter=2'),
      200,
    ).body
    expect(body.period).toEqual({
      label: 'Quarter 2 of 2028 to 2029: July to September 2028',
      from: '2028-07-01',
      to: '2028-09-30',
    })
    expect(body.localAuthority).toBeNull()
    const [table] = body.tables as Table[]
    expect(table!.columns.map((c) => c.key)).toEqual([
      '2028-07',
      '2028-08',
      '2028-09',
      'total',
      'adviceCalls',
      'averageDays',
    ])
    // Every area the manager works for, then the contacts with no area recorded.
    expect(table!.rows.map((row) => row.key)).toEqual([...la.map((l) => l.id), 'not_recorded'])
    const [A, B] = [la[0]!.id, la[1]!.id]
    expect(cell(table!, A, '2028-07')).toBe(2)
    expect(cell(table!, A, '2028-08')).toBe(0)
    expect(cell(table!, A, 'total')).toBe(2)
    expect(cell(table!, B, '2028-08')).toBe(1)
    expect(cell(table!, B, '2028-09')).toBe(1)
    expect(cell(table!, 'not_recorded', '2028-09')).toBe(1)
    expect(totalOf(table!, 'total')).toBe(5)
    expect(cell(table!, A, 'adviceCalls')).toBe(2)
    expect(cell(table!, A, 'averageDays')).toBe(5.5)
    expect(cell(table!, B, 'averageDays')).toBeNull()
    expect(totalOf(table!, 'averageDays')).toBe(5.5)
    expectTotalsAddUp(table!)
    // Rolling 12 months to 30 September 2028 also hold quarter 1's: the request on 30 June and
    // the three of May and June made for the caseload; to 30 June, those four alone.
    expect(table!.rolling.map((r) => r.label)).toEqual([
      'Rolling 12 months to 30 September 2028',
      'Rolling 12 months to 30 June 2028 (previous quarter)',
    ])
    expect(table!.rolling[0]!.values).toMatchObject({ total: 9, adviceCalls: 2 })
    expect(table!.rolling[1]!.values).toMatchObject({ total: 4, adviceCalls: 0 })
    expect(table!.rolling[0]!.values).not.toHaveProperty('2028-07')
  })

  it('narrows to one local authority, leaving out contacts with none recorded', async () => {
    const body = expectStatus(
      await report(
        analyst,
        'contacts',
        `period=custom&from=2028-07-01&to=2028-09-30&localAuthorityId=${la[1]!.id}`,
      ),
      200,
    ).body
    expect(body.localAuthority).toEqual(la[1])
    expect(body.period.label).toBe('1 July 2028 to 30 September 2028')
    const [table] = body.tables as Table[]
    expect(table!.rows.map((row) => row.key)).toEqual([la[1]!.id])
    expect(totalOf(table!, 'total')).toBe(2)
    expect(table!.rolling).toEqual([])
  })
})

describe('caseload', () => {
  it('counts cases as they stood at the end of each period, from their history', async () => {
    const caseload = async (month: string) => {
      const body = expectStatus(
        await report(manager, 'caseload', `period=month&month=${month}`),
        200,
      ).body
      const table = (body.tables as Table[])[0]!
      expectTotalsAddUp(table)
      return {
        allocated: totalOf(table, 'allocated'),
        dutyFamilies: totalOf(table, 'dutyFamilies'),
        dutyInB: cell(table, la[1]!.id, 'dutyFamilies'),
      }
    }
    // The demo's requests are all from before 2027: what they hold at the end of April 2028
    // holds all year, and the requests made here add to it.
    const demo = await caseload('2028-04')
    const plus = (allocated: number, dutyFamilies: number) => ({
      allocated: demo.allocated! + allocated,
      dutyFamilies: demo.dutyFamilies! + dutyFamilies,
      dutyInB: demo.dutyInB! + dutyFamilies,
    })
    expect(await caseload('2028-05')).toEqual(plus(0, 0))
    // Two requests of one family supported through duty: one family.
    expect(await caseload('2028-06')).toEqual(plus(1, 1))
    expect(await caseload('2028-07')).toEqual(plus(1, 1))
    expect(await caseload('2028-08')).toEqual(plus(0, 1))
  })
})

describe('feedback', () => {
  it('counts requests closed and feedback left in the period, by rating and area', async () => {
    const body = expectStatus(
      await report(manager, 'feedback', 'period=quarter&financialYear=2028&quarter=2'),
      200,
    ).body
    const table = (body.tables as Table[])[0]!
    expectTotalsAddUp(table)
    const [A, B] = [la[0]!.id, la[1]!.id]
    expect(cell(table, A, 'closed')).toBe(1)
    expect(cell(table, A, 'returns')).toBe(1)
    expect(cell(table, A, 'satisfied')).toBe(1)
    expect(cell(table, B, 'closed')).toBe(1)
    expect(cell(table, B, 'very_dissatisfied')).toBe(1)
    // Left in October: the next quarter's.
    expect(totalOf(table, 'very_satisfied')).toBe(0)
    expect(totalOf(table, 'returns')).toBe(2)
  })
})

describe('asking for a report', () => {
  it('answers 400 with a GOV.UK message for each missing or wrong choice', async () => {
    const cases: [string, Record<string, string>][] = [
      ['period=quarter&financialYear=2028', { quarter: 'Select the quarter' }],
      ['period=month&month=2028-13', { month: 'Select the month' }],
      ['period=financial_year', { financialYear: 'Select the financial year' }],
      [
        'period=custom&from=2028-07-01&to=2028-06-30',
        { to: 'The end date must be the same as or after the start date' },
      ],
      [
        'period=custom&from=2020-01-01&to=2026-01-01',
        { to: 'The period must be 5 years or shorter' },
      ],
      ['period=custom&from=2028-02-30&to=2028-03-01', { from: 'Enter a real start date' }],
      ['period=week', { period: 'Select the period' }],
    ]
    for (const [query, fieldErrors] of cases) {
      const response = expectStatus(await report(manager, 'contacts', query), 400)
      expect(response.body.fieldErrors, query).toMatchObject(fieldErrors)
    }
    expectStatus(await report(manager, 'nonsense', 'period=financial_year&financialYear=2028'), 400)
  })

  it('refuses a local authority the caller does not work for as a wrong choice, saying nothing of it', async () => {
    const other = '00000000-0000-4000-8000-000000000001'
    const response = expectStatus(
      await report(
        manager,
        'asf',
        `period=financial_year&financialYear=2028&localAuthorityId=${other}`,
      ),
      400,
    )
    expect(response.body.fieldErrors).toEqual({ localAuthorityId: 'Select a local authority' })
  })

  it('is refused to staff who do not report', async () => {
    expectStatus(await report(duty, 'contacts', 'period=financial_year&financialYear=2028'), 403)
  })

  it('audits every run, with the report, the period and whether it was downloaded', async () => {
    const before = new Date()
    expectStatus(await report(analyst, 'letterbox', 'period=month&month=2028-07'), 200)
    expectStatus(
      await analyst.get('/api/reports/letterbox/csv?period=month&month=2028-07&suppress=true'),
      200,
    )
    const events = (
      await db.select().from(auditEvents).where(eq(auditEvents.recordType, 'report'))
    ).filter((event) => event.occurredAt >= before)
    expect(events.map((event) => event.details)).toEqual([
      { report: 'letterbox', from: '2028-07-01', to: '2028-07-31' },
      {
        report: 'letterbox',
        from: '2028-07-01',
        to: '2028-07-31',
        download: 'csv',
        suppressed: true,
      },
    ])
  })
})

describe('the CSV', () => {
  it('holds the same figures as the page, and with suppression shows counts of 1 to 4 as [c]', async () => {
    const query = 'period=quarter&financialYear=2028&quarter=2'
    const plain = expectStatus(await manager.get(`/api/reports/contacts/csv?${query}`), 200)
    expect(plain.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(plain.headers['content-disposition']).toContain('contacts-2028-07-01-to-2028-09-30.csv')
    const lines = plain.text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe(
      'Contacts to the support and advice line,Quarter 2 of 2028 to 2029: July to September 2028,All local authorities',
    )
    expect(lines).toContain(
      'Local authority,July 2028,August 2028,September 2028,Total,Went on to an advice call,Average working days from enquiry to call',
    )
    expect(lines).toContain(`${la[0]!.name},2,0,0,2,2,5.5`)
    expect(lines).toContain('Total,2,1,2,5,2,5.5')
    expect(lines).toContain('Rolling 12 months to 30 September 2028,,,,9,2,5.5')

    const published = expectStatus(
      await manager.get(`/api/reports/contacts/csv?${query}&suppress=true`),
      200,
    )
    expect(published.headers['content-disposition']).toContain('for-publication')
    expect(published.text).toContain(`${la[0]!.name},[c],0,0,[c],[c],5.5`)
    expect(published.text).toContain('Rolling 12 months to 30 September 2028,,,,9,[c],5.5')
    expect(published.text).toContain('[c] a count from 1 to 4')
  })
})

describe('the dashboard and options', () => {
  it('gives the caller’s areas and years, and the service now', async () => {
    const options = expectStatus(await analyst.get('/api/reports/options'), 200).body
    expect(options.localAuthorities).toEqual(la)
    expect(options.currentFinancialYear).toBe(2028)
    // The demo's first request came in two years before its seeding.
    const [first] = await db
      .select({ receivedAt: supportRequests.receivedAt })
      .from(supportRequests)
      .orderBy(supportRequests.receivedAt)
      .limit(1)
    const firstDate = first!.receivedAt.toISOString().slice(0, 10)
    expect(options.firstFinancialYear).toBe(
      Number(firstDate.slice(0, 4)) - (firstDate.slice(5) < '04-01' ? 1 : 0),
    )

    const dashboard = expectStatus(await manager.get('/api/reports/dashboard'), 200).body
    expect(dashboard.asAt).toBe(now.toISOString())
    expect(dashboard.financialYear).toBe(2028)
    const figure = (key: string) =>
      dashboard.figures.find((f: { key: string }) => f.key === key).value
    // Open now: the demo's requests, d1 (duty support) and five new ones made here.
    const open = (await db.select().from(supportRequests)).filter(
      (r) => r.status !== 'closed' && r.status !== 'withdrawn',
    )
    expect(figure('allocated')).toBe(open.filter((r) => r.status === 'allocated').length)
    expect(figure('dutyFamilies')).toBe(
      new Set(open.filter((r) => r.status === 'duty_support' && r.familyId).map((r) => r.familyId))
        .size,
    )
    const table = dashboard.requestsByStatusAndTier as Table
    expectTotalsAddUp(table)
    expect(cell(table, 'duty_support', 'tier2')).toBe(
      open.filter((r) => r.status === 'duty_support' && r.tier === 2).length,
    )
    expect(totalOf(table, 'total')).toBe(open.length)
    expect(totalOf(table, 'none')).toBe(open.filter((r) => r.tier === null).length)
  })
})
