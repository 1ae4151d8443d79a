import { count, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createDatabase } from './client.ts'
import { organisations } from './schema/index.ts'
import { createEmptyPostgresDatabase } from './testing.ts'

// Runs only in the PostgreSQL suite (see vitest.config.ts), where TEST_DATABASE_URL is set.
const serverUrl = process.env.TEST_DATABASE_URL ?? ''

describe('a real PostgreSQL database named by URL', () => {
  it('is never seeded unless asked, and seeding twice changes nothing', async () => {
    const empty = await createEmptyPostgresDatabase(serverUrl)
    try {
      const plain = await createDatabase({ url: empty.url })
      expect(plain.kind).toBe('postgres')
      expect(plain.seed).toBe('not-requested')
      const [none] = await plain.db.select({ n: count() }).from(organisations)
      expect(none?.n).toBe(0)
      await plain.close()

      const asked = await createDatabase({ url: empty.url, seed: 'always' })
      expect(asked.seed).toBe('seeded')
      await asked.close()
      const again = await createDatabase({ url: empty.url, seed: 'always' })
      expect(again.seed).toBe('already-seeded')
      const [one] = await again.db.select({ n: count() }).from(organisations)
      expect(one?.n).toBe(1)
      await again.close()
    } finally {
      await empty.drop()
    }
  })

  it('outlives its idle connections being cut off, and says so', async () => {
    const empty = await createEmptyPostgresDatabase(serverUrl)
    const errors: Error[] = []
    const database = await createDatabase({
      url: empty.url,
      maxConnections: 2,
      onConnectionError: (error) => errors.push(error),
    })
    const outsider = await createDatabase({ url: empty.url, maxConnections: 1 })
    try {
      const pid = async () => {
        const result = await database.db.execute(sql`select pg_backend_pid() as pid`)
        return Number((result as unknown as { rows: { pid: number }[] }).rows[0]!.pid)
      }
      const before = await pid()
      await outsider.db.execute(sql`select pg_terminate_backend(${before})`)
      await expect.poll(() => errors.length).toBe(1)
      expect(errors[0]?.message).toMatch(/terminat/i)
      const after = await pid()
      expect(after).not.toBe(before)
    } finally {
      await outsider.close()
      await database.close()
      await empty.drop()
    }
  })
})
