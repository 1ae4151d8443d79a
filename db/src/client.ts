import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres'
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import * as schema from './schema/index.ts'
import { seedDemoData, type SeedOutcome } from './seed/agency.ts'
import type { Db } from './types.ts'

export type DatabaseKind = 'pglite' | 'postgres'

export interface Database {
  db: Db
  kind: DatabaseKind
  /** What happened to demo data when this database was opened. */
  seed: SeedOutcome
  /** Answers when the database can run a query; throws otherwise. */
  ping(): Promise<void>
  close(): Promise<void>
}

export type SeedMode = 'auto' | 'always' | 'never'

export interface CreateDatabaseOptions {
  /** A `postgres://` URL. When absent the embedded PGlite engine is used. */
  url?: string | undefined
  /** Folder for PGlite's files; absent means in memory. Ignored when `url` is set. */
  dataDir?: string | undefined
  /**
   * `auto` (the default) seeds demo data on the first start of an embedded database only; `always`
   * seeds on any database that has not been seeded yet (asked for explicitly on PostgreSQL);
   * `never` leaves the database empty. Seeding is idempotent in every mode.
   */
  seed?: SeedMode
  /** Connection pool size for PostgreSQL. */
  maxConnections?: number
  /** A PGlite data directory dump to start from (tests use a migrated template). */
  pgliteTemplate?: Blob | File
  /**
   * Told when an idle PostgreSQL connection fails (the server restarted or the link dropped).
   * The pool drops that connection and opens another for the next query; without a listener
   * node-postgres would throw the error out of the process.
   */
  onConnectionError?: (error: Error) => void
}

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))

/**
 * Opens the database, applies every pending migration and seeds demo data when that is wanted.
 * PGlite when no URL is given (the embedded default), node-postgres otherwise.
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  const opened = options.url
    ? await openPostgres(options.url, options.maxConnections ?? 10, options.onConnectionError)
    : await openPglite(options.dataDir, options.pgliteTemplate)
  try {
    const mode = options.seed ?? 'auto'
    const wanted = mode === 'always' || (mode === 'auto' && opened.kind === 'pglite')
    const seed: SeedOutcome = wanted ? await seedDemoData(opened.db) : 'not-requested'
    return { ...opened, seed }
  } catch (error) {
    await opened.close()
    throw error
  }
}

type Opened = Omit<Database, 'seed'>

async function openPglite(dataDir: string | undefined, template?: Blob | File): Promise<Opened> {
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const client = dataDir
    ? await PGlite.create(dataDir)
    : await PGlite.create(template ? { loadDataDir: template } : {})
  const db = drizzlePglite({ client, schema, casing: 'snake_case' })
  try {
    await migratePglite(db, { migrationsFolder })
  } catch (error) {
    await client.close()
    throw error
  }
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await db.execute(sql`select 1`)
    },
    close: async () => {
      if (!client.closed) await client.close()
    },
  }
}

/** Names of statements by their text: a name for each distinct query the BFF sends. */
const statementNames = new Map<string, string>()
const mostStatementNames = 10_000

function statementName(text: string) {
  let name = statementNames.get(text)
  if (!name) {
    name = `asp_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`
    if (statementNames.size < mostStatementNames) statementNames.set(text, name)
  }
  return name
}

/**
 * A node-postgres client that sends every query with parameters as a named prepared statement, so
 * each connection parses and plans a query's text once and then only binds and runs it (planning
 * the triage queue cost more than running it). Names come from the text, so the same query always
 * has the same name; queries without parameters (migrations, several statements in one) go as
 * they are (ADR 0011).
 */
class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [config, values] = args
    if (
      typeof config === 'object' &&
      config !== null &&
      typeof (config as pg.QueryConfig).text === 'string' &&
      !(config as pg.QueryConfig).name &&
      Array.isArray(values) &&
      values.length > 0
    ) {
      const text = (config as pg.QueryConfig).text
      args[0] = { ...config, name: statementName(text) }
    }
    return (super.query as (...a: unknown[]) => never)(...args)
  }
}

async function openPostgres(
  url: string,
  max: number,
  onConnectionError: (error: Error) => void = () => {},
): Promise<Opened> {
  // Just-in-time compilation pays only for long analytical queries; the app's are short, and a
  // report's generic plan was costed high enough to spend 270 ms compiling for a 117 ms query.
  const pool = new pg.Pool({
    connectionString: url,
    max,
    Client: PreparingClient,
    options: '-c jit=off',
  })
  pool.on('error', onConnectionError)
  const db = drizzlePostgres({ client: pool, schema, casing: 'snake_case' })
  try {
    await migratePostgres(db, { migrationsFolder })
  } catch (error) {
    await pool.end()
    throw error
  }
  let closed = false
  return {
    db,
    kind: 'postgres',
    ping: async () => {
      await db.execute(sql`select 1`)
    },
    close: async () => {
      if (closed) return
      closed = true
      await pool.end()
    },
  }
}
