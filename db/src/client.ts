import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres'
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import * as schema from './schema/index.ts'
import { seedDemoData, type SeedOutcome } from './seed/demo.ts'

export type Schema = typeof schema

/** The database as every repository sees it, whichever engine is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>

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
}

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))

/**
 * Opens the database, applies every pending migration and seeds demo data when that is wanted.
 * PGlite when no URL is given (the embedded default), node-postgres otherwise.
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  const opened = options.url
    ? await openPostgres(options.url, options.maxConnections ?? 10)
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

async function openPostgres(url: string, max: number): Promise<Opened> {
  const pool = new pg.Pool({ connectionString: url, max })
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
