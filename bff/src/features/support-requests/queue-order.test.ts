// The triage queue puts what needs the support line's action first (ADR 0013), over generated
// queues mixed into the demo agency's own, on PGlite and on PostgreSQL.
import {
  and,
  count,
  eq,
  inArray,
  sql,
  staffLocalAuthorities,
  supportRequests,
  users,
  type NewSupportRequestRow,
} from '@asp/db'
import { talliesAndCount } from '@asp/db/testing'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  crisisCategory,
  openStatuses,
  supportStatuses,
  urgencies,
  waitingStatuses,
  type QueueItem,
  type SupportStatus,
} from '../../contract/index.ts'
import { demoEmail } from '@asp/db'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

// Wednesday 25 November 2026, 10am in London.
const now = new Date('2026-11-25T10:00:00Z')
const today = '2026-11-25'
let t: TestApp
let manager: Browser
let organisationId = ''
let councilIds: string[] = []
let workerId = ''

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock: () => now })
  manager = await signInAs(t.app, t.database.db, demoEmail('manager'), 'totp')
  const db = t.database.db
  const [staff] = await db
    .select()
    .from(users)
    .where(eq(users.email, demoEmail('manager')))
  organisationId = staff!.organisationId!
  workerId = staff!.id
  councilIds = (
    await db
      .select({ id: staffLocalAuthorities.localAuthorityId })
      .from(staffLocalAuthorities)
      .where(eq(staffLocalAuthorities.userId, staff!.id))
  ).map((row) => row.id)
})
afterAll(() => t.close())

/** A London date some days from today, yyyy-mm-dd. */
const dayFromToday = (days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const generatedRequest = fc.record({
  status: fc.constantFrom<SupportStatus>(...supportStatuses),
  urgency: fc.constantFrom(...urgencies),
  isCrisisCategory: fc.boolean(),
  safeguarding: fc.boolean(),
  replied: fc.boolean(),
  council: fc.nat({ max: 3 }),
  receivedDaysAgo: fc.integer({ min: 0, max: 700 }),
  replyDueIn: fc.integer({ min: -40, max: 10 }),
  workerDueIn: fc.integer({ min: -40, max: 10 }),
  adviceCallIn: fc.option(fc.integer({ min: -5, max: 30 }), { nil: null }),
})
type Generated = typeof generatedRequest extends fc.Arbitrary<infer T> ? T : never

let run = 0

/** The rows a generated request makes: an allocated request has a worker, a new one never. */
function rowOf(request: Generated, n: number): NewSupportRequestRow {
  const hasWorker =
    request.status === 'allocated' ||
    ((request.status === 'closed' || request.status === 'withdrawn') && request.replied)
  return {
    organisationId,
    localAuthorityId: councilIds[request.council % councilIds.length]!,
    reference: `PROP-${String(run)}-${String(n)}`,
    queue: 'family',
    enquirerName: `Generated enquirer ${String(n)}`,
    channel: 'phone',
    categories: request.isCrisisCategory ? [crisisCategory] : ['education'],
    description: 'A generated request',
    urgency: request.urgency,
    contactMethod: 'phone',
    status: request.status,
    safeguarding: request.safeguarding,
    workerId: hasWorker ? workerId : null,
    receivedAt: new Date(now.getTime() - request.receivedDaysAgo * 86_400_000 - n * 1000),
    responseDueOn: dayFromToday(request.replyDueIn),
    allocationDueOn: dayFromToday(request.workerDueIn),
    firstRespondedAt: request.replied || request.status !== 'new' ? now : null,
    adviceCallAt:
      request.adviceCallIn === null
        ? null
        : new Date(now.getTime() + request.adviceCallIn * 86_400_000),
  }
}

/**
 * What the support line owes on a request, worked out here on its own, without the database's
 * generated column: the reply or triage by the response standard while it is new or unanswered,
 * and a crisis's worker by the agency's standard while it has none; the sooner of the two.
 */
function expectedDue(row: NewSupportRequestRow): string | null {
  if (!(openStatuses as readonly string[]).includes(row.status!)) return null
  const crisis = row.safeguarding === true || row.categories.includes(crisisCategory)
  const dues = [
    row.status === 'new' || row.firstRespondedAt === null ? row.responseDueOn : null,
    row.workerId === null && crisis ? row.allocationDueOn : null,
  ].filter((due): due is string => due !== null)
  return dues.length === 0 ? null : dues.sort()[0]!
}

/** 0 a crisis waiting for triage, 1 an urgent request waiting for triage, 2 the rest. */
function rankOf(item: QueueItem) {
  if (item.status !== 'new') return 2
  if (item.safeguarding || item.categories.includes(crisisCategory)) return 0
  return item.urgency === 'urgent' ? 1 : 2
}

/** Every row of a view of the queue, page by page. */
async function wholeView(view: 'waiting' | 'open') {
  const items: QueueItem[] = []
  let total = 0
  for (let page = 1; ; page += 1) {
    const body = expectStatus(
      await manager.get(`/api/support-requests?status=${view}&page=${String(page)}`),
      200,
    ).body as { items: QueueItem[]; total: number; pageSize: number }
    items.push(...body.items)
    total = body.total
    if (page * body.pageSize >= total) break
  }
  return { items, total }
}

/** The requests in the manager's councils with these statuses, counted in the table. */
async function counted(statuses: readonly string[]) {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(supportRequests)
    .where(
      and(
        eq(supportRequests.organisationId, organisationId),
        inArray(supportRequests.localAuthorityId, councilIds),
        inArray(supportRequests.status, [...statuses]),
      ),
    )
  return row!.n
}

describe('the triage queue’s order', { timeout: 240_000 }, () => {
  it('puts crises and urgent requests waiting for triage first, then whatever is due, soonest first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(generatedRequest, { minLength: 1, maxLength: 14 }),
        async (made) => {
          run += 1
          const rows = made.map(rowOf)
          const db = t.database.db
          await db.insert(supportRequests).values(rows)
          try {
            for (const view of ['waiting', 'open'] as const) {
              const { items, total } = await wholeView(view)
              const statuses = view === 'waiting' ? waitingStatuses : openStatuses
              // Every request in the view, once: the pages neither skip nor repeat a row.
              expect(total).toBe(await counted(statuses))
              expect(new Set(items.map((i) => i.id)).size).toBe(total)
              for (const [n, row] of rows.entries()) {
                const shown = items.filter(
                  (i) => i.reference === `PROP-${String(run)}-${String(n)}`,
                )
                expect(shown).toHaveLength(
                  (statuses as readonly string[]).includes(row.status!) ? 1 : 0,
                )
                // What is due, and by when, is what the rules say.
                if (shown[0]) expect(shown[0].due?.dueOn ?? null).toBe(expectedDue(row))
              }
              for (let i = 1; i < items.length; i += 1) {
                const [before, after] = [items[i - 1]!, items[i]!]
                // Crises before urgent requests before the rest, among those waiting for triage.
                expect(rankOf(before)).toBeLessThanOrEqual(rankOf(after))
                // No row with something due ever follows one with nothing due.
                if (after.due !== null) expect(before.due).not.toBeNull()
                // Within a rank, what is due soonest (most overdue) first.
                if (rankOf(before) === rankOf(after) && before.due && after.due) {
                  expect(before.due.dueOn <= after.due.dueOn).toBe(true)
                }
              }
              // Nothing allocated to a worker waits for the support line.
              if (view === 'waiting') {
                expect(items.filter((i) => i.status === 'allocated')).toEqual([])
              }
            }
            // The tallies the views are summed from follow every insert.
            const { tallies, counted: table } = await talliesAndCount(t.database.db, organisationId)
            expect(tallies).toEqual(table)
          } finally {
            await db.delete(supportRequests).where(sql`${supportRequests.reference} like 'PROP-%'`)
          }
        },
      ),
      { numRuns: 12 },
    )
    // And every delete.
    const { tallies, counted: table } = await talliesAndCount(t.database.db, organisationId)
    expect(tallies).toEqual(table)
  })
})
