// What the benchmarks need of PostgreSQL: a throwaway server from the project's own script (or the
// one named in BENCH_DATABASE_URL), and the CPU time a local server spends, read from /proc.
import { readdirSync, readFileSync } from 'node:fs'
import { sql, type Db } from '@asp/db'

interface ScriptsLib {
  postgresBinDir(): string | undefined
}
interface ScriptsPostgres {
  startPostgres(): Promise<{ url: string; stop: () => void }>
}

/** A PostgreSQL URL: given, or a throwaway server from the project's script; null if none. */
export async function postgresServer(): Promise<{ url: string; stop: () => void } | null> {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
  if (given) return { url: given, stop: () => {} }
  const scripts = new URL('../../scripts/', import.meta.url)
  const lib = (await import(new URL('lib.mjs', scripts).href)) as ScriptsLib
  if (!lib.postgresBinDir()) {
    console.log(
      '\n=== PostgreSQL: NOT RUN. No PostgreSQL server binaries found;' +
        ' install postgresql or set BENCH_DATABASE_URL to a throwaway database ===',
    )
    return null
  }
  const postgres = (await import(new URL('postgres.mjs', scripts).href)) as ScriptsPostgres
  try {
    return await postgres.startPostgres()
  } catch (error) {
    console.log(
      `\n=== PostgreSQL: NOT RUN. The throwaway server did not start: ${String(error)} ===`,
    )
    return null
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const ticksPerSecond = 100

/** [ppid, utime + stime in ticks] of a process, from /proc; null when it cannot be read. */
function procStat(pid: number): [number, number] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // After "pid (comm) ": state, ppid, …, utime (14th field), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return [Number(fields[1]), Number(fields[11]) + Number(fields[12])]
  } catch {
    return null
  }
}

/**
 * A reader of the CPU time (ms) used so far by a local PostgreSQL server: its postmaster and every
 * process it started (backends, writers). Null where the server is not on this machine.
 */
export async function postgresCpuReader(db: Db) {
  const [backend] = rowsOf<{ pid: number }>(await db.execute(sql`select pg_backend_pid() as pid`))
  const postmaster = backend ? procStat(backend.pid)?.[0] : undefined
  if (!postmaster || !procStat(postmaster)) return () => null
  return () => {
    let ticks = 0
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry)
      if (!Number.isInteger(pid)) continue
      const stat = procStat(pid)
      if (stat && (pid === postmaster || stat[0] === postmaster)) ticks += stat[1]
    }
    return (ticks * 1000) / ticksPerSecond
  }
}

/** `db.execute` answers rows on PGlite and a pg `QueryResult` on PostgreSQL: the rows either way. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[]
  return (result as { rows: T[] }).rows
}

type Pool = {
  connect(): Promise<{
    query(config: string | { name: string; text: string; values: unknown[] }): Promise<{
      rows: Record<string, unknown>[]
    }>
    escapeLiteral(value: string): string
    release(): void
  }>
}

/** A statement to explain: what it is, a name to prepare it under, and the query the BFF builds. */
export type Explained = readonly [
  label: string,
  statement: string,
  query: { toSQL(): { sql: string; params: unknown[] } },
]

/**
 * Runs each statement on one pooled connection as a prepared statement with its generic plan
 * forced, and prints EXPLAIN ANALYZE: a plan that can use the indexes with every value a parameter
 * is the plan the BFF keeps.
 */
export async function explainGenericPlans(db: Db, queries: readonly Explained[]) {
  const client = await (db as unknown as { $client: Pool }).$client.connect()
  try {
    await client.query('set plan_cache_mode = force_generic_plan')
    for (const [label, statement, query] of queries) {
      const { sql: text, params } = query.toSQL()
      // Each under a name of its own: node-postgres remembers which names a connection has prepared.
      await client.query({ name: statement, text, values: params })
      // EXECUTE takes its values as SQL literals, not as bound parameters: our own ids, quoted by
      // the driver.
      const values = params.map((value) => client.escapeLiteral(String(value))).join(', ')
      const explain = 'explain (analyze, buffers) execute ' + statement + '(' + values + ')'
      const plan = await client.query(explain)
      console.log(`\n[PostgreSQL] generic plan, EXPLAIN ANALYZE: ${label}`)
      for (const line of plan.rows) console.log(`  ${String(line['QUERY PLAN'])}`)
    }
  } finally {
    await client.query('reset plan_cache_mode')
    client.release()
  }
}
