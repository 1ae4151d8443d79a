import { and, asc, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './client.ts'
import { localAuthorities, supportRequests } from './schema/index.ts'
import { createTestDatabase, talliesAndCount } from './testing.ts'

// The tallies behind the triage queue's total are kept by triggers (migration 0009). Whatever
// happens to support_requests, they must equal a count of the table itself.

let database: Database
let organisationId = ''
let councils: string[] = []

beforeAll(async () => {
  database = await createTestDatabase({ seed: 'always' })
  const las = await database.db
    .select({ id: localAuthorities.id, organisationId: localAuthorities.organisationId })
    .from(localAuthorities)
    .orderBy(asc(localAuthorities.name))
  organisationId = las[0]!.organisationId
  councils = las.filter((la) => la.organisationId === organisationId).map((la) => la.id)
})
afterAll(() => database.close())

let made = 0
const request = (localAuthorityId: string, queue = 'family') => ({
  organisationId,
  localAuthorityId,
  reference: `TALLY-${++made}`,
  queue,
  channel: 'phone',
  categories: ['advice'],
  description: 'Test request',
  urgency: 'routine',
  contactMethod: 'phone',
  responseDueOn: '2026-12-10',
  allocationDueOn: '2026-12-08',
})

async function expectTalliesToMatch() {
  const { tallies, counted } = await talliesAndCount(database.db, organisationId)
  expect(tallies).toEqual(counted)
  return tallies
}

describe('support request tallies', () => {
  it('follow every insert, move between councils, queues and statuses, and delete', async () => {
    const { db } = database
    const [a, b] = councils as [string, string]
    const rows = await db
      .insert(supportRequests)
      .values([request(a), request(a), request(b), request(b, 'birth_relative')])
      .returning({ id: supportRequests.id })
    const before = await expectTalliesToMatch()
    expect(before.some((line) => line === `${a} family new 2`)).toBe(true)

    const [first, second, third, fourth] = rows.map((r) => r.id) as [string, string, string, string]
    await db
      .update(supportRequests)
      .set({ status: 'allocated' })
      .where(eq(supportRequests.id, first))
    await db
      .update(supportRequests)
      .set({ localAuthorityId: b })
      .where(eq(supportRequests.id, second))
    await db.update(supportRequests).set({ queue: 'family' }).where(eq(supportRequests.id, fourth))
    const moved = await expectTalliesToMatch()
    expect(moved).toContain(`${a} family allocated 1`)
    expect(moved).toContain(`${b} family new 3`)

    // Several rows in one statement, and an update that moves nothing.
    await db
      .update(supportRequests)
      .set({ status: 'closed' })
      .where(sql`${supportRequests.id} in (${first}, ${second}, ${third})`)
    await db
      .update(supportRequests)
      .set({ updatedAt: new Date() })
      .where(eq(supportRequests.organisationId, organisationId))
    const closed = await expectTalliesToMatch()
    expect(closed).toContain(`${b} family closed 2`)

    await db.delete(supportRequests).where(eq(supportRequests.id, fourth))
    await expectTalliesToMatch()
  })

  it('leave no trace of a change that was rolled back', async () => {
    const { db } = database
    const before = await expectTalliesToMatch()
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(supportRequests).values(request(councils[0]!))
        await tx
          .update(supportRequests)
          .set({ status: 'withdrawn' })
          .where(
            and(
              eq(supportRequests.organisationId, organisationId),
              eq(supportRequests.status, 'new'),
            ),
          )
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    expect(await expectTalliesToMatch()).toEqual(before)
  })
})
