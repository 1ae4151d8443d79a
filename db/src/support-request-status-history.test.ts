import { asc, desc, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './client.ts'
import {
  localAuthorities,
  supportRequestStatusHistory as history,
  supportRequests,
  users,
} from './schema/index.ts'
import { createTestDatabase, migratedTo } from './testing.ts'

// Each request's status, tier and worker over time are kept by triggers (migration 0020), so that
// figures "as at" a past date come from what was true then. Whatever happens to support_requests,
// its history must follow, dated by the change.

let database: Database
let organisationId = ''
let councils: string[] = []
let workerId = ''

beforeAll(async () => {
  database = await createTestDatabase({ seed: 'always' })
  const { db } = database
  const las = await db
    .select({ id: localAuthorities.id, organisationId: localAuthorities.organisationId })
    .from(localAuthorities)
    .orderBy(asc(localAuthorities.name))
  organisationId = las[0]!.organisationId
  councils = las.filter((la) => la.organisationId === organisationId).map((la) => la.id)
  const [worker] = await db
    .insert(users)
    .values({
      organisationId,
      role: 'support_worker',
      name: 'History Worker',
      email: 'history-worker@example.invalid',
    })
    .returning({ id: users.id })
  workerId = worker!.id
})
afterAll(() => database.close())

let made = 0
async function newRequest(receivedAt: Date) {
  const [row] = await database.db
    .insert(supportRequests)
    .values({
      organisationId,
      localAuthorityId: councils[0]!,
      reference: `HISTORY-${++made}`,
      queue: 'family',
      channel: 'phone',
      categories: ['advice'],
      description: 'Test request',
      urgency: 'routine',
      contactMethod: 'phone',
      responseDueOn: '2026-12-10',
      allocationDueOn: '2026-12-08',
      receivedAt,
      createdAt: receivedAt,
      updatedAt: receivedAt,
    })
    .returning({ id: supportRequests.id })
  return row!.id
}

/** A request's history in write order. */
async function historyOf(id: string) {
  const rows = await database.db
    .select()
    .from(history)
    .where(eq(history.supportRequestId, id))
    .orderBy(asc(history.position))
  return rows.map((r) => ({
    status: r.status,
    tier: r.tier,
    workerId: r.workerId,
    localAuthorityId: r.localAuthorityId,
    changedAt: r.changedAt.toISOString(),
  }))
}

const change = (id: string, values: Partial<typeof supportRequests.$inferInsert>) =>
  database.db.update(supportRequests).set(values).where(eq(supportRequests.id, id))

describe('support request status history', () => {
  it('starts with the request as it came in', async () => {
    const receivedAt = new Date('2026-11-02T09:15:00Z')
    const id = await newRequest(receivedAt)
    expect(await historyOf(id)).toEqual([
      {
        status: 'new',
        tier: null,
        workerId: null,
        localAuthorityId: councils[0],
        changedAt: receivedAt.toISOString(),
      },
    ])
    const [row] = await database.db.select().from(history).where(eq(history.supportRequestId, id))
    expect(row).toMatchObject({ organisationId, queue: 'family', familyId: null })
  })

  it('records each change of status, tier, worker and council, dated by the change', async () => {
    const id = await newRequest(new Date('2026-11-02T09:15:00Z'))
    const at = (hour: number) => new Date(`2026-11-03T${String(hour).padStart(2, '0')}:00:00Z`)
    await change(id, { status: 'duty_support', updatedAt: at(9) })
    await change(id, { tier: 2, updatedAt: at(10) })
    await change(id, { workerId, updatedAt: at(11) })
    await change(id, { localAuthorityId: councils[1]!, updatedAt: at(12) })
    const [, ...changes] = await historyOf(id)
    expect(changes).toEqual([
      {
        status: 'duty_support',
        tier: null,
        workerId: null,
        localAuthorityId: councils[0],
        changedAt: at(9).toISOString(),
      },
      {
        status: 'duty_support',
        tier: 2,
        workerId: null,
        localAuthorityId: councils[0],
        changedAt: at(10).toISOString(),
      },
      {
        status: 'duty_support',
        tier: 2,
        workerId,
        localAuthorityId: councils[0],
        changedAt: at(11).toISOString(),
      },
      {
        status: 'duty_support',
        tier: 2,
        workerId,
        localAuthorityId: councils[1],
        changedAt: at(12).toISOString(),
      },
    ])
  })

  it('records nothing for a change to anything else, or to the same values', async () => {
    const id = await newRequest(new Date('2026-11-02T09:15:00Z'))
    const before = await historyOf(id)
    await change(id, { description: 'Reworded', updatedAt: new Date('2026-11-04T09:00:00Z') })
    await change(id, { firstRespondedAt: new Date('2026-11-04T10:00:00Z') })
    await change(id, { status: 'new', tier: null, workerId: null })
    expect(await historyOf(id)).toEqual(before)
  })

  it('dates a change that leaves updated_at as it was by the transaction’s time', async () => {
    const id = await newRequest(new Date('2026-11-02T09:15:00Z'))
    const datedNow = await database.db.transaction(async (tx) => {
      await tx.update(supportRequests).set({ status: 'closed' }).where(eq(supportRequests.id, id))
      const [row] = await tx
        .select({ datedNow: sql<boolean>`${history.changedAt} = now()` })
        .from(history)
        .where(eq(history.supportRequestId, id))
        .orderBy(desc(history.position))
        .limit(1)
      return row?.datedNow
    })
    expect(datedNow).toBe(true)
    expect((await historyOf(id)).map((r) => r.status)).toEqual(['new', 'closed'])
  })

  it('leaves no trace of a change that was rolled back', async () => {
    const { db } = database
    const id = await newRequest(new Date('2026-11-02T09:15:00Z'))
    const counted = async () => {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(history)
        .where(eq(history.organisationId, organisationId))
      return row!.n
    }
    const before = await counted()
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(supportRequests).values({
          organisationId,
          localAuthorityId: councils[0]!,
          reference: 'HISTORY-ROLLED-BACK',
          queue: 'family',
          channel: 'phone',
          categories: ['advice'],
          description: 'Never made',
          urgency: 'routine',
          contactMethod: 'phone',
          responseDueOn: '2026-12-10',
          allocationDueOn: '2026-12-08',
        })
        await tx
          .update(supportRequests)
          .set({ status: 'withdrawn', updatedAt: new Date('2026-11-05T09:00:00Z') })
          .where(eq(supportRequests.id, id))
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    expect(await counted()).toBe(before)
    expect((await historyOf(id)).map((r) => r.status)).toEqual(['new'])
  })

  it('is append-only, but goes with its request', async () => {
    const { db } = database
    const id = await newRequest(new Date('2026-11-02T09:15:00Z'))
    await change(id, { status: 'duty_support', updatedAt: new Date('2026-11-03T09:00:00Z') })
    const mine = eq(history.supportRequestId, id)
    await expect(db.update(history).set({ status: 'closed' }).where(mine)).rejects.toThrow()
    await expect(db.delete(history).where(mine)).rejects.toThrow()
    expect((await historyOf(id)).map((r) => r.status)).toEqual(['new', 'duty_support'])

    await db.delete(supportRequests).where(eq(supportRequests.id, id))
    expect(await historyOf(id)).toEqual([])
  })

  // Last: it empties the table for the file.
  it('can still be emptied by TRUNCATE, as a test may', async () => {
    await database.db.execute(sql`truncate support_request_status_history`)
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(history)
    expect(row!.n).toBe(0)
  })
})

describe('migration 0020', () => {
  it('gives the requests already there a history: new when they came in, as they are since', async () => {
    const database = await migratedTo('0019_asf_figure_tallies')
    try {
      const { execute } = database
      await execute(sql`insert into organisations (id, name, slug) values
        ('00000000-0000-4000-8000-000000000001', 'Test agency', 'test-agency')`)
      await execute(sql`insert into local_authorities (id, organisation_id, name, code) values
        ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Testshire', 'TST')`)
      await execute(sql`insert into users (id, name, email, email_verified, role, organisation_id) values
        ('00000000-0000-4000-8000-000000000003', 'Sam Worker', 'sam@example.invalid', true,
          'support_worker', '00000000-0000-4000-8000-000000000001')`)
      // New; allocated; closed after its last change; and one whose updated_at is (wrongly)
      // before it came in.
      await execute(sql`insert into support_requests (id, organisation_id, local_authority_id,
          reference, queue, channel, categories, description, urgency, contact_method, status, tier,
          worker_id, received_at, updated_at, closed_at, response_due_on, allocation_due_on)
        select ('00000000-0000-4000-8000-00000000001' || n)::uuid,
          '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002',
          'ASR-2026-00000' || n, 'family', 'phone', '{advice}', 'Test', 'routine', 'phone',
          status, tier, worker_id::uuid, received_at::timestamptz, updated_at::timestamptz,
          closed_at::timestamptz, '2026-12-07', '2026-12-07'
        from (values
          (1, 'new', null, null, '2026-11-02T09:00:00Z', '2026-11-02T09:00:00Z', null),
          (2, 'allocated', 3, '00000000-0000-4000-8000-000000000003', '2026-10-01T09:00:00Z',
            '2026-10-03T09:00:00Z', null),
          (3, 'closed', 1, null, '2026-09-01T09:00:00Z', '2026-09-20T09:00:00Z',
            '2026-09-04T09:00:00Z'),
          (4, 'duty_support', 2, null, '2026-08-01T09:00:00Z', '2026-07-01T09:00:00Z', null)
        ) as r (n, status, tier, worker_id, received_at, updated_at, closed_at)`)

      await database.migrateTheRest()

      const rows = await execute(sql`select r.reference, h.status, h.tier, h.worker_id,
          to_char(h.changed_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as changed_at
        from support_request_status_history h
        join support_requests r on r.id = h.support_request_id
        order by h.position`)
      expect(rows).toEqual([
        historyRow('ASR-2026-000004', 'new', null, null, '2026-08-01 09:00'),
        historyRow('ASR-2026-000004', 'duty_support', 2, null, '2026-08-01 09:00'),
        historyRow('ASR-2026-000003', 'new', null, null, '2026-09-01 09:00'),
        historyRow('ASR-2026-000003', 'closed', 1, null, '2026-09-04 09:00'),
        historyRow('ASR-2026-000002', 'new', null, null, '2026-10-01 09:00'),
        historyRow(
          'ASR-2026-000002',
          'allocated',
          3,
          '00000000-0000-4000-8000-000000000003',
          '2026-10-03 09:00',
        ),
        historyRow('ASR-2026-000001', 'new', null, null, '2026-11-02 09:00'),
      ])

      // And the triggers are there: a change after the migration is recorded.
      await execute(sql`update support_requests set status = 'duty_support', tier = 2,
        updated_at = '2026-11-03T09:00:00Z' where reference = 'ASR-2026-000001'`)
      const [latest] = await execute(sql`select status, tier from support_request_status_history
        order by position desc limit 1`)
      expect(latest).toEqual({ status: 'duty_support', tier: 2 })
    } finally {
      await database.close()
    }
  })
})

/** A row of the migration test's history, as the query answers it. */
function historyRow(
  reference: string,
  status: string,
  tier: number | null,
  workerId: string | null,
  changedAt: string,
) {
  return { reference, status, tier, worker_id: workerId, changed_at: changedAt }
}
