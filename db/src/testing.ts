import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createDatabase, type Database, type SeedMode } from './client.ts'

export interface TestDatabaseOptions {
  seed?: SeedMode
}

/**
 * A fresh, migrated database for one test file. On PGlite (the default) it lives in memory; when
 * `TEST_DATABASE_URL` names a PostgreSQL server, a throwaway database is created there and dropped
 * again by `close()`, so the same suite runs on both engines.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const seed = options.seed ?? 'never'
  const serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) return createDatabase({ seed })

  const empty = await createEmptyPostgresDatabase(serverUrl)
  const database = await createDatabase({ url: empty.url, seed, maxConnections: 4 })
  return {
    ...database,
    close: async () => {
      await database.close()
      await empty.drop()
    },
  }
}

/** The URL of a fresh empty database on the test server, for tests that open it themselves. */
export async function createEmptyPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `asp_test_${randomBytes(6).toString('hex')}`
  await withAdminClient(serverUrl, (admin) => admin.query(ddl('create database', name)))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      await withAdminClient(serverUrl, (admin) =>
        admin.query(ddl('drop database if exists', name, 'with (force)')),
      )
    },
  }
}

/**
 * DDL cannot take bound parameters, so the one database name (made here from random hex, never
 * from input) is quoted as an identifier instead.
 */
function ddl(statement: string, databaseName: string, suffix = '') {
  return [statement, pg.escapeIdentifier(databaseName), suffix].join(' ').trim()
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
