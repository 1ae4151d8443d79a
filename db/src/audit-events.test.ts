import { describe, expect, it } from 'vitest'
import { auditEvents } from './schema/index.ts'
import { createTestDatabase } from './testing.ts'

describe('audit events', () => {
  it('are append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const database = await createTestDatabase()
    try {
      const { db } = database
      await db.insert(auditEvents).values({ action: 'read', recordType: 'family', recordId: 'x' })
      await expect(db.update(auditEvents).set({ action: 'update' })).rejects.toThrow()
      await expect(db.delete(auditEvents)).rejects.toThrow()
      const { sql } = await import('drizzle-orm')
      await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow()
      const rows = await db.select().from(auditEvents)
      expect(rows.map((row) => row.action)).toEqual(['read'])
    } finally {
      await database.close()
    }
  })
})
