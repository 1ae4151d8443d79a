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
