import { count } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { organisations } from './schema/index.ts'
import { seedDemoData } from './seed/agency.ts'
import { createTestDatabase } from './testing.ts'

const serverUrl = process.env.TEST_DATABASE_URL

describe('createTestDatabase', () => {
  it('gives a migrated, empty database', async () => {
    const database = await createTestDatabase()
    try {
      const [row] = await database.db.select({ n: count() }).from(organisations)
      expect(row?.n).toBe(0)
      expect(database.kind).toBe(serverUrl ? 'postgres' : 'pglite')
      await expect(database.ping()).resolves.toBeUndefined()
    } finally {
      await database.close()
    }
  })
})

describe('seeding', () => {
  it('is idempotent when two seeds race on one database', async () => {
    const database = await createTestDatabase({ seed: 'never' })
    try {
      const outcomes = await Promise.all([seedDemoData(database.db), seedDemoData(database.db)])
      expect(outcomes.sort()).toEqual(['already-seeded', 'seeded'])
      const [row] = await database.db.select({ n: count() }).from(organisations)
      expect(row?.n).toBe(1)
    } finally {
      await database.close()
    }
  })
})
