import { randomUUID } from 'node:crypto'
import { auditEvents, eq, sql, type Database } from '@asp/db'
import { createTestDatabase } from '@asp/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordAudit } from './audit.ts'

// The audit insert is prepared once per database or transaction; these check that what it writes
// is still what each call says, on the database itself and inside a transaction that rolls back.
describe('recordAudit', () => {
  let database: Database
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(async () => {
    await database.close()
  })

  const read = async (requestId: string) =>
    database.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId))

  it('writes each call’s own values, details as JSON and no details as SQL NULL', async () => {
    const first = randomUUID()
    const second = randomUUID()
    const organisationId = randomUUID()
    await recordAudit(
      database.db,
      { organisationId, ipAddress: '192.0.2.1', userAgent: 'x'.repeat(400), requestId: first },
      { action: 'read', recordType: 'support-request', recordId: 'r1', details: { results: 3 } },
    )
    await recordAudit(
      database.db,
      { requestId: second },
      { action: 'sign-in-failed', recordType: 'account', outcome: 'failed' },
    )
    const [one] = await read(first)
    expect(one).toMatchObject({
      organisationId,
      actorUserId: null,
      action: 'read',
      recordType: 'support-request',
      recordId: 'r1',
      outcome: 'success',
      ipAddress: '192.0.2.1',
      details: { results: 3 },
    })
    expect(one!.userAgent).toHaveLength(300)
    const [two] = await read(second)
    expect(two).toMatchObject({ action: 'sign-in-failed', outcome: 'failed', recordId: null })
    const [nulls] = await database.db
      .select({ isNull: sql<boolean>`${auditEvents.details} is null` })
      .from(auditEvents)
      .where(eq(auditEvents.requestId, second))
    expect(nulls!.isNull).toBe(true)
  })

  it('writes inside the caller’s transaction, so a rollback takes the event with it', async () => {
    const kept = randomUUID()
    const rolledBack = randomUUID()
    await database.db.transaction(async (tx) => {
      await recordAudit(tx, { requestId: kept }, { action: 'create', recordType: 'note' })
    })
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(tx, { requestId: rolledBack }, { action: 'create', recordType: 'note' })
        throw new Error('the business change failed')
      }),
    ).rejects.toThrow('the business change failed')
    expect(await read(kept)).toHaveLength(1)
    expect(await read(rolledBack)).toHaveLength(0)
  })
})
