// Migration 0010 (ADR 0013) on a database that already holds requests, drafts and settings written
// before it: the urgency "crisis" becomes "urgent" everywhere, every request gets the date a
// crisis must have a worker by, and the queue's generated columns are worked out. On PGlite, and on
// PostgreSQL when TEST_DATABASE_URL is set.
import { sql, type SQL } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migratedTo, type PartlyMigrated } from './testing.ts'

let database: PartlyMigrated
const execute = (query: SQL) => database.execute(query)

beforeAll(async () => {
  database = await migratedTo('0009_support_request_tallies')
})
afterAll(() => database.close())

describe('migration 0010', () => {
  it('renames the urgency, dates a crisis’s worker and orders the queue, for data already there', async () => {
    await execute(sql`insert into organisations (id, name, slug) values
      ('00000000-0000-4000-8000-000000000001', 'Test agency', 'test-agency')`)
    await execute(sql`insert into local_authorities (id, organisation_id, name, code) values
      ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Testshire', 'TST')`)
    await execute(sql`insert into users (id, name, email, email_verified, role, organisation_id) values
      ('00000000-0000-4000-8000-000000000003', 'Sam Adopter', 'sam@example.invalid', true, 'adopter', '00000000-0000-4000-8000-000000000001')`)
    await execute(sql`insert into support_settings (organisation_id, duty_days, duty_opens, duty_closes, response_days, tiers)
      values ('00000000-0000-4000-8000-000000000001', '{1,2,3,4,5}', '09:30', '16:30',
        '{"crisis": 1, "soon": 3, "routine": 5}', '[]')`)
    await execute(sql`insert into support_request_drafts (user_id, draft) values
      ('00000000-0000-4000-8000-000000000003', '{"urgency": "crisis", "description": "Half written"}')`)
    // Friday 4 December 2026, 11am; and a Monday, a crisis by category waiting for triage.
    await execute(sql`insert into support_requests (id, organisation_id, local_authority_id, reference, queue,
        channel, categories, description, urgency, contact_method, status, received_at, response_due_on)
      values
      ('00000000-0000-4000-8000-000000000010', '00000000-0000-4000-8000-000000000001',
        '00000000-0000-4000-8000-000000000002', 'ASR-2026-000001', 'family', 'phone', '{education}',
        'Test', 'crisis', 'phone', 'new', '2026-12-04T11:00:00Z', '2026-12-07'),
      ('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000001',
        '00000000-0000-4000-8000-000000000002', 'ASR-2026-000002', 'family', 'phone',
        '{crisis_or_child_to_parent_violence}', 'Test', 'routine', 'phone', 'duty_support',
        '2026-11-30T11:00:00Z', '2026-12-07')`)

    await database.migrateTheRest()

    const requests =
      await execute(sql`select reference, urgency, allocation_due_on::text as allocation_due_on,
      queue_rank, action_due_on::text as action_due_on from support_requests order by reference`)
    expect(requests).toEqual([
      // Urgent, waiting for triage: the reply is due first (the worker's date is the same Monday).
      {
        reference: 'ASR-2026-000001',
        urgency: 'urgent',
        allocation_due_on: '2026-12-07',
        queue_rank: 1,
        action_due_on: '2026-12-07',
      },
      // A crisis in duty support with no worker: the worker was due the next weekday.
      {
        reference: 'ASR-2026-000002',
        urgency: 'routine',
        allocation_due_on: '2026-12-01',
        queue_rank: 2,
        action_due_on: '2026-12-01',
      },
    ])
    const [settings] = await execute(
      sql`select response_days, crisis_allocation_days from support_settings`,
    )
    expect(settings).toEqual({
      response_days: { urgent: 1, soon: 3, routine: 5 },
      crisis_allocation_days: 1,
    })
    const [draft] = await execute(sql`select draft from support_request_drafts`)
    expect(draft).toEqual({ draft: { urgency: 'urgent', description: 'Half written' } })
  })
})
