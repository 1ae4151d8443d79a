import { asc, eq, inArray, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './client.ts'
import {
  asfApplicationLines,
  asfApplications,
  asfFigureTallies,
  asfInvoices,
  asfProviders,
  asfRuleSets,
  children,
  families,
} from './schema/index.ts'
import { seedDemoPeople } from './seed/index.ts'
import { createTestDatabase, standInSeedPlatform } from './testing.ts'

// The fund's figures are kept by triggers (migration 0019, ADR 0020). Whatever happens to
// applications, their lines and their invoices, the tallies must equal the figures counted from
// those tables themselves, on the demo's two years of applications and the changes made here.

let database: Database
let child: { id: string; familyId: string; organisationId: string; localAuthorityId: string }
let providerIds: string[]
let ruleSetId = ''

/** The tallies, one line per council, year, dimension and key, leaving out emptied rows. */
async function tallies() {
  const rows = await database.db
    .select()
    .from(asfFigureTallies)
    .where(sql`${asfFigureTallies.applications} <> 0`)
  return rows
    .map(
      (r) =>
        `${r.localAuthorityId} ${r.financialYear} ${r.dimension} ${r.key}: ${r.applications} ${r.approved} ${r.declined} ${r.requestedPence} ${r.approvedPence} ${r.invoicedPence}`,
    )
    .sort()
}

/** The same figures counted from the applications, lines and invoices, written independently. */
async function counted() {
  const result = (await database.db.execute(sql`
    select la || ' ' || fy || ' ' || dimension || ' ' || key || ': ' || applications || ' ' ||
      approved || ' ' || declined || ' ' || requested || ' ' || approved_money || ' ' || invoiced
      as line
    from (
      select local_authority_id::text la, financial_year fy, 'all' dimension, '' key,
        count(*) applications, count(approved_pence) approved,
        count(*) filter (where status = 'declined') declined, sum(requested_pence) requested,
        coalesce(sum(approved_pence), 0) approved_money, sum(invoiced_pence) invoiced
      from asf_applications group by 1, 2
      union all
      select local_authority_id::text, financial_year, 'child', child_id::text, count(*), 0, 0,
        0, 0, 0
      from asf_applications group by 1, 2, 4
      union all
      select a.local_authority_id::text, a.financial_year, k.dimension, k.key,
        count(distinct a.id), 0, 0, sum(l.cost_pence),
        sum(case when a.approved_pence is null or a.total_pence = 0 then 0
          else round(l.cost_pence::numeric * a.approved_pence / a.total_pence) end),
        sum((select coalesce(sum(i.amount_pence), 0) from asf_invoices i where i.line_id = l.id))
      from asf_applications a
      join asf_application_lines l on l.application_id = a.id
      cross join lateral (values ('therapy', l.therapy_type), ('provider', l.provider_id::text))
        k (dimension, key)
      group by 1, 2, 3, 4
    ) figures`)) as unknown as { rows: { line: string }[] }
  return result.rows.map((r) => r.line).sort()
}

async function expectTalliesToMatch() {
  const kept = await tallies()
  expect(kept).toEqual(await counted())
  return kept
}

let made = 0
async function application(overrides: Partial<typeof asfApplications.$inferInsert> = {}) {
  const [row] = await database.db
    .insert(asfApplications)
    .values({
      organisationId: child.organisationId,
      localAuthorityId: child.localAuthorityId,
      familyId: child.familyId,
      childId: child.id,
      financialYear: 2031,
      ruleSetId,
      eligibility: 'adopted_from_care_england',
      justification: `Tally test ${++made}`,
      assessedOn: '2031-05-01',
      dueOn: '2031-05-29',
      totalPence: 0,
      requestedPence: 0,
      ...overrides,
    })
    .returning({ id: asfApplications.id })
  return row!.id
}

const line = (applicationId: string, position: number, therapyType: string, costPence: number) => ({
  applicationId,
  position,
  therapyType,
  providerId: providerIds[position % providerIds.length]!,
  sessions: 5,
  costPence,
  outcomeTool: 'sdq',
  endsOn: '2032-03-01',
})

beforeAll(async () => {
  database = await createTestDatabase({ seed: 'always' })
  const { db } = database
  await seedDemoPeople(db, standInSeedPlatform)
  const [row] = await db
    .select({
      id: children.id,
      familyId: families.id,
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
    })
    .from(children)
    .innerJoin(families, eq(families.id, children.familyId))
    .orderBy(asc(children.id))
    .limit(1)
  child = row!
  const providers = await db
    .select({ id: asfProviders.id })
    .from(asfProviders)
    .where(eq(asfProviders.organisationId, child.organisationId))
    .orderBy(asc(asfProviders.id))
  providerIds = providers.map((p) => p.id)
  const [rules] = await db.select({ id: asfRuleSets.id }).from(asfRuleSets).limit(1)
  ruleSetId = rules!.id
})
afterAll(() => database.close())

describe('the fund’s figure tallies', () => {
  it('count the demo’s applications as the tables do', async () => {
    const kept = await expectTalliesToMatch()
    // Both demo years are there, with therapy types and providers.
    expect(kept.some((l) => / 2026 therapy /.test(l))).toBe(true)
    expect(kept.some((l) => / 2025 provider /.test(l))).toBe(true)
  })

  it('follow applications, lines and invoices through every kind of change', async () => {
    const { db } = database
    const first = await application({ totalPence: 90_000, requestedPence: 90_000 })
    const second = await application({ totalPence: 40_000, requestedPence: 40_000 })
    const lines = await db
      .insert(asfApplicationLines)
      .values([
        line(first, 0, 'ddp', 50_000),
        line(first, 1, 'ddp', 40_000),
        line(second, 2, 'theraplay', 40_000),
      ])
      .returning({ id: asfApplicationLines.id })
    const fresh = await expectTalliesToMatch()
    // Two DDP lines of one application are one application, with both lines' money.
    expect(fresh).toContain(`${child.localAuthorityId} 2031 therapy ddp: 1 0 0 90000 0 0`)
    expect(fresh).toContain(`${child.localAuthorityId} 2031 child ${child.id}: 2 0 0 0 0 0`)

    // Approved in part, then invoiced; one declined.
    await db
      .update(asfApplications)
      .set({ status: 'approved', approvedPence: 60_000 })
      .where(eq(asfApplications.id, first))
    await db
      .update(asfApplications)
      .set({ status: 'declined' })
      .where(eq(asfApplications.id, second))
    await db.insert(asfInvoices).values([
      {
        applicationId: first,
        lineId: lines[0]!.id,
        invoiceNumber: 'T-1',
        invoicedOn: '2031-06-01',
        amountPence: 10_000,
      },
      {
        applicationId: first,
        lineId: lines[1]!.id,
        invoiceNumber: 'T-2',
        invoicedOn: '2031-06-02',
        amountPence: 5_000,
      },
    ])
    await db
      .update(asfApplications)
      .set({ invoicedPence: 15_000 })
      .where(eq(asfApplications.id, first))
    const decided = await expectTalliesToMatch()
    expect(decided).toContain(`${child.localAuthorityId} 2031 all : 2 1 1 130000 60000 15000`)
    expect(decided).toContain(`${child.localAuthorityId} 2031 therapy ddp: 1 0 0 90000 60000 15000`)

    // A line changed, a note changed (nothing to count), an invoice changed and one deleted.
    await db
      .update(asfApplicationLines)
      .set({ therapyType: 'sensory_integration' })
      .where(eq(asfApplicationLines.id, lines[1]!.id))
    await db
      .update(asfApplications)
      .set({ justification: 'Changed words only' })
      .where(eq(asfApplications.id, first))
    await db
      .update(asfInvoices)
      .set({ amountPence: 12_000 })
      .where(eq(asfInvoices.invoiceNumber, 'T-1'))
    await db.delete(asfInvoices).where(eq(asfInvoices.invoiceNumber, 'T-2'))
    await db
      .update(asfApplications)
      .set({ invoicedPence: 12_000 })
      .where(eq(asfApplications.id, first))
    const changed = await expectTalliesToMatch()
    expect(changed).toContain(
      `${child.localAuthorityId} 2031 therapy sensory_integration: 1 0 0 40000 26667 0`,
    )

    // Moved to another year, then deleted with its lines.
    await db
      .update(asfApplications)
      .set({ financialYear: 2032 })
      .where(eq(asfApplications.id, second))
    await expectTalliesToMatch()
    await db.delete(asfApplicationLines).where(eq(asfApplicationLines.applicationId, second))
    await db.delete(asfApplications).where(eq(asfApplications.id, second))
    const gone = await expectTalliesToMatch()
    expect(gone.some((l) => l.includes(' 2032 '))).toBe(false)
  })

  it('leave no trace of a change that was rolled back', async () => {
    const before = await expectTalliesToMatch()
    await expect(
      database.db.transaction(async (tx) => {
        await tx
          .update(asfApplications)
          .set({ status: 'withdrawn', approvedPence: null, invoicedPence: 0 })
          .where(inArray(asfApplications.financialYear, [2025, 2026]))
        await tx.delete(asfInvoices)
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    expect(await expectTalliesToMatch()).toEqual(before)
  })

  it('count everything again after a truncate', async () => {
    await database.db.execute(sql`truncate asf_invoices`)
    await database.db.update(asfApplications).set({ invoicedPence: 0 })
    const after = await expectTalliesToMatch()
    expect(after.every((l) => l.endsWith(' 0'))).toBe(true)
  })
})
