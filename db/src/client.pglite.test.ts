import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { count, eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { createDatabase } from './client.ts'
import { demoLocalAuthorities, demoOrganisation } from './seed/agency.ts'
import { localAuthorities, organisations } from './schema/index.ts'

// Runs only in the embedded-database suite (see vitest.config.ts).
describe('the embedded database in a data directory', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'asp-db-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('seeds demo data on first start only and keeps data across restarts', async () => {
    const first = await createDatabase({ dataDir })
    expect(first.seed).toBe('seeded')
    await first.db
      .update(organisations)
      .set({ name: 'Renamed by a user' })
      .where(eq(organisations.slug, demoOrganisation.slug))
    await first.close()

    const second = await createDatabase({ dataDir })
    try {
      expect(second.seed).toBe('already-seeded')
      const rows = await second.db.select().from(organisations)
      expect(rows.map((row) => row.name)).toEqual(['Renamed by a user'])
      const [las] = await second.db.select({ n: count() }).from(localAuthorities)
      expect(las?.n).toBe(demoLocalAuthorities.length)
    } finally {
      await second.close()
    }
  })
})
