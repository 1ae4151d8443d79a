import { createHash, randomBytes } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { and, eq, ne, sql, type SQL } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres'
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator'
import { createDatabase, migrationsFolder, type Database, type SeedMode } from './client.ts'
import { seedDemoData } from './seed/agency.ts'
import type { DemoSeedPlatform } from './seed/builders.ts'
import { supportRequests, supportRequestTallies } from './schema/index.ts'
import type { Db } from './types.ts'

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
  if (!serverUrl) return createDatabase({ seed, pgliteTemplate: await migratedTemplate() })

  const template = await postgresTemplate(serverUrl, `seed ${seed}`, async (database) => {
    if (seed === 'always') await seedDemoData(database.db)
  })
  return openPostgresCopy(serverUrl, template)
}

/**
 * A fresh database on the test server copied from `template` (`postgresTemplate`), opened, and
 * dropped again by `close()`.
 */
export async function openPostgresCopy(serverUrl: string, template: string): Promise<Database> {
  const copy = await createEmptyPostgresDatabase(serverUrl, template)
  const database = await createDatabase({ url: copy.url, seed: 'never', maxConnections: 4 })
  return {
    ...database,
    close: async () => {
      await database.close()
      await copy.drop()
    },
  }
}

/**
 * A PostgreSQL database made once per test server and copied for each test file, as
 * `pgliteTemplate` is on PGlite: migrated, then filled by `fill`. Copying a database takes a
 * fraction of the time of migrating and seeding one. `key` names what `fill` writes; the
 * migrations are part of the name too. Test files run in parallel workers, so the first to need a
 * template builds it under an advisory lock while the others wait, and it is built under another
 * name and renamed, so a template that exists is always whole.
 */
export async function postgresTemplate(
  serverUrl: string,
  key: string,
  fill: (database: Database) => Promise<void>,
): Promise<string> {
  const name = `asp_template_${templateHash(key)}`
  const exists = async (admin: pg.Client) =>
    (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1
  await withAdminClient(serverUrl, async (admin) => {
    if (await exists(admin)) return
    await admin.query('select pg_advisory_lock(hashtext($1))', [name])
    try {
      if (await exists(admin)) return
      const building = await createEmptyPostgresDatabase(serverUrl)
      const database = await createDatabase({ url: building.url, seed: 'never', maxConnections: 2 })
      try {
        await fill(database)
      } finally {
        await database.close()
      }
      const buildingName = new URL(building.url).pathname.slice(1)
      await admin.query(
        ddl('alter database', buildingName, ['rename to', pg.escapeIdentifier(name)].join(' ')),
      )
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [name])
    }
  })
  return name
}

/**
 * The URL of a fresh database on the test server, for tests that open it themselves: empty, or a
 * copy of `template`.
 */
export async function createEmptyPostgresDatabase(
  serverUrl: string,
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `asp_test_${randomBytes(6).toString('hex')}`
  const from = template ? ['template', pg.escapeIdentifier(template)].join(' ') : ''
  await withAdminClient(serverUrl, (admin) => admin.query(ddl('create database', name, from)))
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
 * DDL cannot take bound parameters, so database names (made here from random hex or a hash, never
 * from input) are quoted as identifiers instead.
 */
function ddl(statement: string, databaseName: string, suffix = '') {
  return [statement, pg.escapeIdentifier(databaseName), suffix].join(' ').trim()
}

/**
 * A dump of a freshly migrated PGlite database, made once per set of migrations and shared by
 * every test file through the system's temporary folder: loading it takes about half the time
 * of creating and migrating a database.
 */
function migratedTemplate(): Promise<File> {
  return pgliteTemplate('migrated', async () => {})
}

/**
 * A PGlite database made once and shared through the system's temporary folder as a dump: migrated,
 * then filled by `fill`. `key` names what `fill` writes (its code and whatever it depends on), and
 * the migrations are part of the name too, so a change to either makes a new one. Loading a dump
 * is much quicker than seeding: the demo agency takes seconds to seed and a fraction to load.
 */
export async function pgliteTemplate(
  key: string,
  fill: (database: Database) => Promise<void>,
): Promise<File> {
  const name = templateHash(key)
  const file = path.join(tmpdir(), `asp-pglite-template-${name}.tar`)
  if (!existsSync(file)) {
    const fresh =
      key === 'migrated'
        ? await createDatabase({ seed: 'never' })
        : await createDatabase({ seed: 'never', pgliteTemplate: await migratedTemplate() })
    try {
      await fill(fresh)
      const client = (fresh.db as unknown as { $client: PGlite }).$client
      const dump = await client.dumpDataDir('none')
      // Written under a temporary name and renamed: a file that exists is always whole.
      const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
      renameSync(partial, file)
    } finally {
      await fresh.close()
    }
  }
  return new File([readFileSync(file)], path.basename(file))
}

/** A database migrated only part of the way, for a test of a later migration (`migratedTo`). */
export interface PartlyMigrated {
  /** Runs a query and answers its rows. */
  execute(query: SQL): Promise<Record<string, unknown>[]>
  /** Applies the rest of the migrations. */
  migrateTheRest(): Promise<void>
  close(): Promise<void>
}

/**
 * A fresh database migrated up to and including the migration tagged `last`, so that a test can
 * write data as it stood then and see what the later migrations make of it. On PGlite, or on
 * PostgreSQL when `TEST_DATABASE_URL` is set.
 */
export async function migratedTo(last: string): Promise<PartlyMigrated> {
  // The migrations up to `last`, in a folder of their own: the migrator applies what its journal lists.
  const folder = mkdtempSync(path.join(tmpdir(), 'asp-migrations-'))
  cpSync(migrationsFolder, folder, { recursive: true })
  const journalFile = path.join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] }
  const index = journal.entries.findIndex((entry) => entry.tag === last)
  if (index < 0) throw new Error(`No migration is tagged ${last}`)
  journal.entries = journal.entries.slice(0, index + 1)
  writeFileSync(journalFile, JSON.stringify(journal))

  type Rows = { rows: Record<string, unknown>[] }
  let execute: PartlyMigrated['execute']
  let migrate: (from: string) => Promise<void>
  let close: PartlyMigrated['close']
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl) {
    const empty = await createEmptyPostgresDatabase(serverUrl)
    const pool = new pg.Pool({ connectionString: empty.url, max: 1 })
    const db = drizzlePostgres({ client: pool, casing: 'snake_case' })
    execute = async (query) => ((await db.execute(query)) as unknown as Rows).rows
    migrate = (from) => migratePostgres(db, { migrationsFolder: from })
    close = async () => {
      await pool.end()
      await empty.drop()
    }
  } else {
    const client = await PGlite.create()
    const db = drizzlePglite({ client, casing: 'snake_case' })
    execute = async (query) => ((await db.execute(query)) as unknown as Rows).rows
    migrate = (from) => migratePglite(db, { migrationsFolder: from })
    close = () => client.close()
  }
  try {
    await migrate(folder)
  } catch (error) {
    await close()
    throw error
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  return { execute, migrateTheRest: () => migrate(migrationsFolder), close }
}

/** A template's name: a hash of the migrations and of what fills it. */
function templateHash(key: string): string {
  const journal = readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'))
  const sqlFiles = readdirSync(migrationsFolder)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => readFileSync(path.join(migrationsFolder, name)))
  return createHash('sha256')
    .update(Buffer.concat([journal, ...sqlFiles, Buffer.from(key)]))
    .digest('hex')
    .slice(0, 16)
}

/** A hash of the files below `folder` (recursively) and of `files`: for a template's key. */
export function hashOfSources(folders: readonly string[], files: readonly string[] = []): string {
  const hash = createHash('sha256')
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) {
        hash.update(entry.name).update(readFileSync(full))
      }
    }
  }
  for (const folder of folders) walk(folder)
  for (const file of files) hash.update(readFileSync(file))
  return hash.digest('hex')
}

/** The demo seed's own folder, for keys of templates that hold the demo. */
export const seedFolder = fileURLToPath(new URL('./seed', import.meta.url))

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * An agency's non-zero queue tallies (migration 0009) and a count of its support requests, each
 * as sorted "council queue status n" lines: the two must always be equal.
 */
export async function talliesAndCount(db: Db, organisationId: string) {
  const tallies = await db
    .select()
    .from(supportRequestTallies)
    .where(
      and(
        eq(supportRequestTallies.organisationId, organisationId),
        ne(supportRequestTallies.requests, 0),
      ),
    )
  const counted = await db
    .select({
      localAuthorityId: supportRequests.localAuthorityId,
      queue: supportRequests.queue,
      status: supportRequests.status,
      requests: sql<number>`count(*)::int`,
    })
    .from(supportRequests)
    .where(eq(supportRequests.organisationId, organisationId))
    .groupBy(supportRequests.localAuthorityId, supportRequests.queue, supportRequests.status)
  const line = (r: { localAuthorityId: string; queue: string; status: string; requests: number }) =>
    `${r.localAuthorityId} ${r.queue} ${r.status} ${r.requests}`
  return { tallies: tallies.map(line).sort(), counted: counted.map(line).sort() }
}

/** Stand-ins for the BFF's hashing, encryption and working days: weekdays, no bank holidays. */
export const standInSeedPlatform: DemoSeedPlatform = {
  hashPassword: async (password) => `hashed:${password}`,
  encryptSecret: async (secret) => `encrypted:${secret}`,
  workingDays: {
    add: (from, days) => {
      const date = new Date(from)
      const step = days < 0 ? -1 : 1
      for (let left = Math.abs(days); left > 0;) {
        date.setUTCDate(date.getUTCDate() + step)
        if (date.getUTCDay() % 6 !== 0) left -= 1
      }
      return date.toISOString().slice(0, 10)
    },
    between: (from, to) => Math.round((to.getTime() - from.getTime()) / 86_400_000),
    isBankHoliday: () => false,
  },
}
