// Reporting load benchmark (issue 20): `npm run bench:reports` (a separate script from `npm run
// bench`: it seeds a large agency for minutes and starts a PostgreSQL server). Puts the other
// benchmarks' data in one database on top of the demo agency, with their volumes and their own
// seed functions: 5,000 letterbox agreements with 150,000 letters over 18 years
// (letterbox-seed.ts), 30,000 needs assessments over five years with their plans
// (assessments-seed.ts), 100,000 support requests over five years across every family by then
// (support-requests-seed.ts), 20,000 fund applications over five financial years with their lines
// and invoices (asf-seed.ts), and, from reports-seed.ts, what none of those writes: the support
// line's log (a contact for each request made from a call, and 50,000 calls that made no request),
// each request's status history, and 2,000 group events with 50,000 bookings (as the groups
// benchmark writes them). Then it serves the BFF in this process and loads, with autocannon on
// 127.0.0.1, signed in as the demo team manager (all four councils): the dashboard, and each
// report for one financial year and every local authority. Each sits beside a baseline measured
// in the same run: GET /api/support-settings, which reads one row by primary key behind the same
// session, access and JSON stack and writes no audit event, as in the other benchmarks. Runs on
// PGlite, then on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL if set, e.g. under
// scripts/with-postgres.mjs; else a throwaway server from scripts/postgres.mjs; skipped, saying so,
// where PostgreSQL is not installed).
//
// The year loaded is the last whole financial year (the annual report's), whose every month has
// records in every table. Messages on requests and photos on letters are not written unless asked
// for (BENCH_MESSAGES, BENCH_PHOTOS): no report reads them, and they add minutes to each seed.
//
// Before loading, each endpoint is asked once and its answer checked: a 200; every summed column's
// total the sum of its cells, and each contacts row's total the sum of its months; the year's
// contacts, letters, birth relatives' requests and fund applications as the tables hold them. A
// broken endpoint cannot pass as a fast one. An endpoint whose one answer took longer than
// autocannon's 10 s timeout is not loaded (its row shows that one answer, marked [1 req]).
//
// On PostgreSQL it then prints how the busiest pooled connection planned each prepared statement,
// and, for an endpoint over the target (or every one with BENCH_EXPLAIN=1), EXPLAIN ANALYZE of
// the slowest statement of its checked answer twice: with its generic plan forced, as the BFF
// keeps it after five calls, and with a plan made for its values, as in the first five (and in
// every call of a statement whose generic plan looks dearer). Its CPU column counts the server's
// parallel workers, which postgres.ts's reader misses.
//
// It asserts nothing about speed: figures vary run to run on shared machines, so compare only
// within one run. The target (issue 20) is printed beside the figures: on PostgreSQL, p95 under
// 500 ms per report. Five connections by default, not the other benchmarks' 20: reports are run
// by an agency's few managers and its analyst, not by the whole support line, and on two cores 20
// connections measure the queue in front of a report costing a second of CPU rather than the
// report (Little's law). Each row also shows the one answer asked alone before loading.
//
// Settings: BENCH_SECONDS (15), BENCH_CONNECTIONS (5), BENCH_WARMUP_SECONDS (3),
// BENCH_FINANCIAL_YEAR (the last whole one), BENCH_REQUESTS (100000), BENCH_MESSAGES (0),
// BENCH_CALLS (50000), BENCH_AGREEMENTS (5000), BENCH_LETTERS (150000), BENCH_PHOTOS (0),
// BENCH_ASSESSMENTS (30000), BENCH_PLANS (25000), BENCH_REVIEWS (60000), BENCH_APPLICATIONS
// (20000), BENCH_LINES (60000), BENCH_INVOICES (100000), BENCH_EVENTS (2000), BENCH_BOOKINGS
// (50000), BENCH_ENGINES (pglite,postgres), BENCH_EXPLAIN=1, BENCH_ONLY=caseload (or any part of
// an endpoint's name) to load only those endpoints (the baseline always runs).
import { readdirSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { cpus, loadavg } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { createApp, createLogger, listen, seedDemoAccounts } from '@asp/bff'
import { reportNames, type Dashboard, type Report, type ReportTable } from '@asp/bff/contract'
import { createDatabase, demoEmail, sql, type Database, type Db } from '@asp/db'
import { currentFinancialYear, seedBulkAsf } from './asf-seed.ts'
import { seedBulkAssessments } from './assessments-seed.ts'
import { signInStaff } from './kit.ts'
import { seedBulkLetterbox } from './letterbox-seed.ts'
import { load, type LoadFigures } from './load.ts'
import { explainGenericPlans, postgresServer, rowsOf, type Explained } from './postgres.ts'
import {
  benchEventMarker,
  describeReportsData,
  expectedYearFigures,
  seedBulkContactLogs,
  seedBulkGroups,
  seedBulkStatusHistory,
} from './reports-seed.ts'
import { seedBulkSupportRequests } from './support-requests-seed.ts'

const benchSecret = 'bench-secret-that-is-long-enough-0123456789'
const numberSetting = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const durationSeconds = numberSetting('BENCH_SECONDS', 15)
const warmupSeconds = numberSetting('BENCH_WARMUP_SECONDS', 3)
const connections = numberSetting('BENCH_CONNECTIONS', 5)
/** The last whole financial year: the annual report's. */
const financialYear = numberSetting('BENCH_FINANCIAL_YEAR', currentFinancialYear() - 1)
const sizes = {
  letterbox: {
    agreements: numberSetting('BENCH_AGREEMENTS', 5_000),
    letters: numberSetting('BENCH_LETTERS', 150_000),
    waiting: numberSetting('BENCH_WAITING', 200),
    photos: numberSetting('BENCH_PHOTOS', 0),
    years: 18,
  },
  assessments: {
    assessments: numberSetting('BENCH_ASSESSMENTS', 30_000),
    plans: numberSetting('BENCH_PLANS', 25_000),
    reviews: numberSetting('BENCH_REVIEWS', 60_000),
    years: 5,
    caseload: 150,
  },
  requests: {
    requests: numberSetting('BENCH_REQUESTS', 100_000),
    messages: numberSetting('BENCH_MESSAGES', 0),
    years: 5,
  },
  asf: {
    applications: numberSetting('BENCH_APPLICATIONS', 20_000),
    lines: numberSetting('BENCH_LINES', 60_000),
    invoices: numberSetting('BENCH_INVOICES', 100_000),
    providers: 40,
    years: 5,
  },
  reports: {
    calls: numberSetting('BENCH_CALLS', 50_000),
    years: 5,
    events: numberSetting('BENCH_EVENTS', 2_000),
    bookings: numberSetting('BENCH_BOOKINGS', 50_000),
  },
}
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim())
const explainAlways = process.env.BENCH_EXPLAIN === '1'
const managerEmail = demoEmail('manager')
/** Issue 20's target on PostgreSQL, for each report. */
const targetP95Ms = 500
/**
 * autocannon's own request timeout (load-worker.mjs leaves its default): an endpoint whose one
 * answer alone takes longer could not answer at all under load. It is asked once, not loaded.
 */
const loadableMs = 10_000

// ---- Load --------------------------------------------------------------------------------------

interface Target {
  name: string
  /** The report or 'dashboard': whose statements to explain when it is slow. */
  key?: string
  /** A report, which the target applies to; the dashboard and the baseline are shown beside. */
  report?: string
  paths: readonly string[]
  /** How long its one checked answer took, in ms. */
  checkedMs?: number
}

interface Figures extends LoadFigures {
  name: string
  key?: string
  report?: string
  /** CPU time of this whole process per 2xx response: the BFF, the load generator's thread and, on PGlite, the database. */
  cpuMsPerResponse: number
  /** CPU time of the PostgreSQL server's processes per 2xx response, when it runs on this machine. */
  serverCpuMsPerResponse: number | null
  checkedMs?: number
}

/** An endpoint too slow to load: its one checked answer in the latency columns. */
function notLoaded(target: Target): Figures {
  const took = target.checkedMs ?? Number.NaN
  return {
    name: `${target.name} [1 req]`,
    key: target.key,
    report: target.report,
    requestsPerSecond: Number.NaN,
    p50: took,
    p95: took,
    p99: took,
    responses: 1,
    failures: 0,
    statuses: [],
    cpuMsPerResponse: Number.NaN,
    serverCpuMsPerResponse: null,
    checkedMs: took,
  }
}

/** Loads one target for `seconds`, from the load generator's own thread. */
async function loadTarget(
  baseUrl: string,
  cookie: string,
  target: Target,
  seconds: number,
  serverCpu: () => number | null = () => null,
): Promise<Figures> {
  const cpuBefore = process.cpuUsage()
  const serverCpuBefore = serverCpu()
  const figures = await load({
    url: baseUrl,
    connections,
    seconds,
    headers: {
      cookie,
      origin: baseUrl,
      'sec-fetch-site': 'same-origin',
      accept: 'application/json',
    },
    method: 'GET',
    paths: target.paths,
  })
  const cpu = process.cpuUsage(cpuBefore)
  const serverCpuAfter = serverCpu()
  if (figures.statuses.length > 0) {
    console.log(
      `  ${target.name}: non-2xx answers ${figures.statuses.map(([s, n]) => `${s}×${n}`).join(', ')}`,
    )
  }
  const responses = Math.max(1, figures.responses)
  return {
    ...figures,
    name: target.name,
    key: target.key,
    report: target.report,
    checkedMs: target.checkedMs,
    cpuMsPerResponse: (cpu.user + cpu.system) / 1000 / responses,
    serverCpuMsPerResponse:
      serverCpuBefore === null || serverCpuAfter === null
        ? null
        : (serverCpuAfter - serverCpuBefore) / responses,
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const ticksPerSecond = 100

/** A process's parent, its own CPU ticks and those of its children it has reaped; null if gone. */
function procTimes(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // After "pid (comm) ": state, ppid, …, utime, stime, cutime, cstime (fields 14 to 17).
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number)
    return { ppid: fields[1]!, own: fields[11]! + fields[12]!, reaped: fields[13]! + fields[14]! }
  } catch {
    return null
  }
}

/**
 * A reader of the CPU time (ms) a local PostgreSQL server has used so far, null where it is not
 * on this machine. postgres.ts's reader adds up the processes running when it reads, which misses
 * a report's parallel workers (each ends with its query) and a pooled connection closed meanwhile
 * (its time leaves the sum, which can then go down): so this one adds the time of every process
 * the postmaster has started and reaped, which the kernel keeps on the postmaster.
 */
async function postgresCpuWithEnded(db: Db) {
  const [backend] = rowsOf<{ pid: number }>(await db.execute(sql`select pg_backend_pid() as pid`))
  const postmaster = backend ? procTimes(backend.pid)?.ppid : undefined
  if (!postmaster || !procTimes(postmaster)) return () => null
  return () => {
    const main = procTimes(postmaster)
    let ticks = main ? main.own + main.reaped : 0
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry)
      if (!Number.isInteger(pid) || pid === postmaster) continue
      const times = procTimes(pid)
      if (times?.ppid === postmaster) ticks += times.own
    }
    return (ticks * 1000) / ticksPerSecond
  }
}

// ---- Checks ------------------------------------------------------------------------------------

/** What is wrong with a table's sums: a summed column's total, or a contacts row's months. */
function sumProblems(table: ReportTable) {
  const problems: string[] = []
  for (const [at, column] of table.columns.entries()) {
    if (!column.summed) continue
    const sum = table.rows.reduce((total, row) => total + (row.cells[at] ?? 0), 0)
    if (table.total.cells[at] !== sum) {
      problems.push(
        `${table.key}.${column.key}: total ${table.total.cells[at]}, cells add to ${sum}`,
      )
    }
  }
  const months = table.columns.flatMap((c, at) => (/^\d{4}-\d{2}$/.test(c.key) ? [at] : []))
  const totalAt = table.columns.findIndex((c) => c.key === 'total')
  if (months.length > 0 && totalAt >= 0) {
    for (const row of [...table.rows, table.total]) {
      const sum = months.reduce((total, at) => total + (row.cells[at] ?? 0), 0)
      if (row.cells[totalAt] !== sum) {
        problems.push(
          `${table.key}, ${row.label}: Total ${row.cells[totalAt]}, months add to ${sum}`,
        )
      }
    }
  }
  return problems
}

/** A column's total in a report's table, by keys. */
function totalOf(report: Report, tableKey: string, columnKey: string) {
  const table = report.tables.find((t) => t.key === tableKey)
  const at = table?.columns.findIndex((c) => c.key === columnKey) ?? -1
  return at < 0 ? undefined : table!.total.cells[at]
}

async function getJson(baseUrl: string, cookie: string, path: string) {
  const started = performance.now()
  const res = await fetch(`${baseUrl}${path}`, {
    headers: {
      cookie,
      origin: baseUrl,
      'sec-fetch-site': 'same-origin',
      accept: 'application/json',
    },
  })
  const text = await res.text()
  const took = performance.now() - started
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${text}`)
  return { took, body: JSON.parse(text) as unknown }
}

/**
 * Asks for a report once and checks it: its sums, and the figures the tables hold for the year.
 * Throws on any difference. Returns how long the answer took, in ms, and the report.
 */
async function checkReport(
  baseUrl: string,
  cookie: string,
  path: string,
  expected: Awaited<ReturnType<typeof expectedYearFigures>>,
) {
  const { took, body } = await getJson(baseUrl, cookie, path)
  const report = body as Report
  const problems = report.tables.flatMap(sumProblems)
  const same = (what: string, got: number | null | undefined, want: number) => {
    if (got !== want) problems.push(`${what}: answered ${got}, the tables hold ${want}`)
  }
  if (report.report === 'contacts')
    same('contacts', totalOf(report, 'contacts', 'total'), expected.contacts)
  if (report.report === 'letterbox') {
    same('letters released', totalOf(report, 'letterbox', 'letters'), expected.letters)
    same(
      'from adoptive families',
      totalOf(report, 'letterbox', 'fromFamilies'),
      expected.fromFamilies,
    )
  }
  if (report.report === 'birth_relative_referrals') {
    same(
      'birth relatives’ requests',
      totalOf(report, 'birth_relative_referrals', 'referrals'),
      expected.referrals,
    )
  }
  if (report.report === 'asf')
    same('applications sent', totalOf(report, 'asf', 'applications'), expected.applications)
  const counted = report.tables.some((t) => t.total.cells.some((cell) => (cell ?? 0) > 0))
  if (!counted) problems.push('every total is nought')
  if (problems.length > 0) throw new Error(`GET ${path}: ${problems.join('; ')}`)
  return { took, report }
}

async function checkDashboard(baseUrl: string, cookie: string, path: string) {
  const { took, body } = await getJson(baseUrl, cookie, path)
  const dashboard = body as Dashboard
  const problems = sumProblems(dashboard.requestsByStatusAndTier)
  if (!dashboard.figures.some((f) => f.value > 0)) problems.push('every figure is nought')
  if (problems.length > 0) throw new Error(`GET ${path}: ${problems.join('; ')}`)
  return { took, dashboard }
}

// ---- Statements --------------------------------------------------------------------------------

interface Statement {
  text: string
  values: unknown[]
  ms: number
}

/**
 * Records every statement sent through the pool, with its values and how long it took, until
 * stopped: the repository runs its statements itself, so this is how the benchmark sees what a
 * report asked of PostgreSQL.
 */
function recordStatements(db: Db) {
  type Query = (...args: unknown[]) => Promise<unknown>
  const pool = (db as unknown as { $client: { query: Query } }).$client
  const original = pool.query
  const statements: Statement[] = []
  pool.query = async (...args: unknown[]) => {
    const started = performance.now()
    try {
      return await original.apply(pool, args)
    } finally {
      const [config, values] = args
      const text = typeof config === 'string' ? config : String((config as { text?: unknown }).text)
      statements.push({
        text,
        values: Array.isArray(values) ? values : [],
        ms: performance.now() - started,
      })
    }
  }
  return {
    statements,
    stop: () => {
      pool.query = original
    },
  }
}

interface PooledClient {
  query(text: string): Promise<{ rows: Record<string, unknown>[] }>
  release(): void
}

/** A statement's start and end, which tell apart statements that begin alike. */
function shortened(row: { head: string; tail: string; length: number }) {
  return row.length <= 200 ? row.head : `${row.head.slice(0, 70)} … ${row.tail.slice(-120)}`
}

/**
 * How the busiest pooled connection planned the BFF's prepared statements: one planned afresh on
 * every call (custom plans) costs PostgreSQL more CPU than one that kept a generic plan.
 */
async function printPlanCounts(db: Db) {
  const pool = (
    db as unknown as { $client: { totalCount: number; connect(): Promise<PooledClient> } }
  ).$client
  const clients = await Promise.all(
    Array.from({ length: Math.max(1, pool.totalCount) }, () => pool.connect()),
  )
  type Row = { head: string; tail: string; length: number; generic: number; custom: number }
  const answers: Row[][] = []
  try {
    for (const client of clients) {
      const { rows } = await client.query(
        `select regexp_replace(left(statement, 400), '\\s+', ' ', 'g') as head, regexp_replace(right(statement, 400), '\\s+', ' ', 'g') as tail, length(statement) as length, generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements order by generic_plans + custom_plans desc limit 20`,
      )
      answers.push(rows as Row[])
    }
  } finally {
    for (const client of clients) client.release()
  }
  const calls = (rows: Row[]) => rows.reduce((total, row) => total + row.generic + row.custom, 0)
  const busiest = answers.reduce((most, rows) => (calls(rows) > calls(most) ? rows : most), [])
  console.log('[PostgreSQL] prepared statements on the busiest pooled connection (busiest first):')
  console.log('  generic  custom  statement')
  for (const row of busiest) {
    console.log(
      `  ${String(row.generic).padStart(7)} ${String(row.custom).padStart(7)}  ${shortened(row)}`,
    )
  }
}

/**
 * The same statements with a plan made for their values (a custom plan), as PostgreSQL makes for
 * a prepared statement's first five calls and whenever the generic plan looks dearer.
 */
async function explainCustomPlans(db: Db, queries: readonly Explained[]) {
  type Client = {
    query(
      config: string | { name: string; text: string; values: unknown[] },
    ): Promise<{ rows: Record<string, unknown>[] }>
    escapeLiteral(value: string): string
    release(): void
  }
  const client = await (
    db as unknown as { $client: { connect(): Promise<Client> } }
  ).$client.connect()
  try {
    await client.query('set plan_cache_mode = force_custom_plan')
    for (const [label, statement, query] of queries) {
      const { sql: text, params } = query.toSQL()
      const name = `${statement}_custom`
      await client.query({ name, text, values: params })
      // EXECUTE takes its values as SQL literals, not as bound parameters: the values the BFF
      // sent, quoted by the driver, as postgres.ts's explainGenericPlans does.
      const values = params.map((value) => client.escapeLiteral(String(value))).join(', ')
      const plan = await client.query(
        'explain (analyze, buffers) execute ' + name + '(' + values + ')',
      )
      console.log(`\n[PostgreSQL] custom plan, EXPLAIN ANALYZE: ${label}`)
      for (const line of plan.rows) console.log(`  ${String(line['QUERY PLAN'])}`)
    }
  } finally {
    await client.query('reset plan_cache_mode')
    client.release()
  }
}

// ---- One engine --------------------------------------------------------------------------------

/**
 * Counts requests the app is still working on. autocannon drops its connections when time is up,
 * but the app finishes what it started: the next endpoint's run must not pay for that work, and
 * the database must not close under it. On PGlite a report holds the event loop for a while, so
 * requests sent before the drop may only now be read: drained means none for a whole second.
 */
function trackInFlight(server: Server) {
  let inFlight = 0
  let lastSeen = performance.now()
  server.on('request', (_req, res) => {
    inFlight += 1
    lastSeen = performance.now()
    let ended = false
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res
    res.end = ((...args: unknown[]) => {
      if (!ended) {
        ended = true
        inFlight -= 1
        lastSeen = performance.now()
      }
      return end(...args)
    }) as typeof res.end
  })
  return async function drained() {
    while (inFlight > 0 || performance.now() - lastSeen < 1000) await sleep(50)
  }
}

const load1 = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`

function portOf(server: Server) {
  const address = server.address()
  return typeof address === 'object' && address ? address.port : 0
}

const ms = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) ? value.toFixed(1) : '-'
const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : '-'

function printTable(kind: string, results: Figures[]) {
  const base = results[0]!
  console.log('')
  console.log(
    `${kind}: ${connections} connection${connections === 1 ? '' : 's'}, ${durationSeconds} s each; latency in ms over every 2xx response`,
  )
  console.log(
    `${'endpoint'.padEnd(44)} ${'1 req'.padStart(7)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'non-2xx'.padStart(8)} ${'p95 ×base'.padStart(10)} ${'CPU ms/req'.padStart(11)} ${'PG CPU ms/req'.padStart(14)}`,
  )
  for (const r of results) {
    console.log(
      `${r.name.padEnd(44)} ${ms(r.checkedMs).padStart(7)} ${fixed(r.requestsPerSecond, 1).padStart(7)} ${ms(r.p50).padStart(7)} ${ms(r.p95).padStart(7)} ${ms(r.p99).padStart(7)} ${String(r.failures).padStart(8)} ${fixed(r.p95 / base.p95, 2).padStart(10)} ${fixed(r.cpuMsPerResponse, 2).padStart(11)} ${(r.serverCpuMsPerResponse === null ? '-' : r.serverCpuMsPerResponse.toFixed(2)).padStart(14)}`,
    )
  }
  console.log(
    [
      '1 req: the one checked answer, asked alone before loading (the first call: no plan kept yet).',
      'p50/p95/p99: nearest rank over every 2xx response time (autocannon reports p90 and p97.5, not p95).',
      "CPU ms/req: CPU time of this process (BFF, the load generator's thread and, on PGlite, the database) per response;",
      'PG CPU ms/req: CPU time of the local PostgreSQL server per response, its parallel workers included.',
      `With every connection busy, mean latency ≈ ${connections} / req/s (Little's law).`,
    ].join('\n'),
  )
}

/**
 * Issue 20's target, as a yardstick: p95 under 500 ms for each report. Returns what is over it,
 * the dashboard too.
 */
function printYardstick(results: Figures[]) {
  const base = results[0]!
  console.log(
    `Yardstick (issue 20 target: PostgreSQL p95 under ${targetP95Ms} ms per report; shown for both engines)`,
  )
  const over: Figures[] = []
  for (const r of results.slice(1)) {
    const within = r.p95 < targetP95Ms
    if (!within) over.push(r)
    console.log(
      `  ${within ? 'within ' : 'OVER   '} ${r.name}: p95 ${ms(r.p95)} ms; ${(r.p95 / base.p95).toFixed(2)} × baseline p95${r.report ? '' : ' (not a report: shown beside)'}`,
    )
  }
  return over
}

async function seedAll(db: Db) {
  const steps: [string, () => Promise<Record<string, number>>][] = [
    ['letterbox', () => seedBulkLetterbox(db, sizes.letterbox)],
    ['assessments', () => seedBulkAssessments(db, sizes.assessments)],
    // After the letterbox and assessments, so that requests come from every family the agency has.
    ['support requests', () => seedBulkSupportRequests(db, sizes.requests)],
    ['fund', () => seedBulkAsf(db, sizes.asf)],
    ['contact log', () => seedBulkContactLogs(db, sizes.reports)],
    ['status history', () => seedBulkStatusHistory(db)],
    ['groups', () => seedBulkGroups(db, sizes.reports)],
  ]
  for (const [name, seed] of steps) {
    const started = performance.now()
    const timings = await seed()
    console.log(
      `  ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s (${Object.entries(timings)
        .map(([step, t]) => `${step} ${(t / 1000).toFixed(1)} s`)
        .join(', ')})`,
    )
  }
  // As autovacuum would leave tables loaded long ago: statistics and visibility maps.
  const started = performance.now()
  await db.execute(sql`vacuum analyze`)
  console.log(`  vacuum analyze: ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

async function benchEngine(kind: 'pglite' | 'postgres', url?: string) {
  console.log(`\n=== ${kind === 'pglite' ? 'PGlite (in memory)' : `PostgreSQL ${url}`} ===`)
  const opened = performance.now()
  const database: Database = await createDatabase({ url, seed: 'always' })
  const demo = await seedDemoAccounts(database.db, benchSecret)
  const demoSeconds = (performance.now() - opened) / 1000
  let portal: Server | undefined
  try {
    console.log(
      `Demo agency: ${demo === 'already-seeded' ? 'already there' : 'seeded'} in ${demoSeconds.toFixed(1)} s`,
    )
    const [already] = rowsOf<{ n: number }>(
      await database.db.execute(
        sql`select count(*)::int as n from group_events where description like ${`${benchEventMarker} %`}`,
      ),
    )
    if ((already?.n ?? 0) > 0) {
      console.log(`Bulk data already there (${already!.n} bench events): not seeded again`)
    } else {
      const started = performance.now()
      console.log('Bulk seed:')
      await seedAll(database.db)
      console.log(`  in all ${((performance.now() - started) / 1000).toFixed(1)} s`)
    }
    const data = await describeReportsData(database.db, financialYear)
    console.log(
      [
        `Data (with the demo's): ${data.requests} requests (${data.history} status history rows), ${data.contacts} logged contacts (${data.contactsWithoutRequest} without a request), ${data.letters} letters, ${data.exchanges} exchanges,`,
        `${data.assessments} assessments, ${data.applications} fund applications, ${data.invoices} invoices, ${data.events} events, ${data.bookings} bookings, ${data.families} families;`,
        `financial year ${financialYear} to ${financialYear + 1}: ${data.yearRequests} requests received (${data.yearBirthRelativeRequests} from birth relatives), ${data.yearContactsWithoutRequest} contacts without a request, ${data.yearLettersReleased} letters released,`,
        `${data.yearAssessmentsSignedOff} assessments signed off, ${data.yearApplicationsSent} applications sent to the fund, ${data.yearEvents} events.`,
      ].join('\n  '),
    )
    const expected = await expectedYearFigures(database.db, financialYear)

    portal = await listen(
      createApp({
        config: {
          env: 'test',
          webDistDir: '',
          trustProxyHops: 0,
          publicUrl: 'http://127.0.0.1',
          devMailbox: false,
          textMessages: false,
          authSecret: benchSecret,
        },
        database,
        logger: createLogger('silent'),
      }),
      0,
      '127.0.0.1',
    )
    const drained = trackInFlight(portal)
    const serverCpu = kind === 'postgres' ? await postgresCpuWithEnded(database.db) : () => null
    const baseUrl = `http://127.0.0.1:${portOf(portal)}`
    const cookie = await signInStaff(baseUrl, managerEmail)
    console.log(`Signed in as ${managerEmail} (team manager, all 4 local authorities)`)

    const targets: Target[] = [
      { name: 'baseline: GET /api/support-settings (PK)', paths: ['/api/support-settings'] },
    ]
    console.log(`Checking each endpoint once against the tables`)
    /** The statements of each endpoint's checked answer, on PostgreSQL. */
    const statementsOf = new Map<string, Statement[]>()
    async function recorded<T>(key: string, check: () => Promise<T>) {
      const recorder = kind === 'postgres' ? recordStatements(database.db) : undefined
      try {
        return await check()
      } finally {
        recorder?.stop()
        if (recorder) statementsOf.set(key, recorder.statements)
      }
    }
    const dashboardPath = '/api/reports/dashboard'
    const dashboard = await recorded('dashboard', () =>
      checkDashboard(baseUrl, cookie, dashboardPath),
    )
    console.log(
      `  dashboard → 200 in ${dashboard.took.toFixed(0)} ms: ${dashboard.dashboard.figures.map((f) => `${f.key} ${f.value}`).join(', ')}`,
    )
    targets.push({
      name: 'dashboard',
      key: 'dashboard',
      paths: [dashboardPath],
      checkedMs: dashboard.took,
    })
    for (const name of reportNames) {
      const path = `/api/reports/${name}?period=financial_year&financialYear=${financialYear}`
      const checked = await recorded(name, () => checkReport(baseUrl, cookie, path, expected))
      const table = checked.report.tables[0]!
      console.log(
        `  ${name} → 200 in ${checked.took.toFixed(0)} ms: ${checked.report.tables.length} table(s); ${table.key} totals ${table.columns
          .filter((c) => !/^\d{4}-\d{2}$/.test(c.key))
          .map((c) => `${c.key} ${table.total.cells[table.columns.indexOf(c)]}`)
          .join(', ')}`,
      )
      targets.push({
        name: `report: ${name}`,
        key: name,
        report: name,
        paths: [path],
        checkedMs: checked.took,
      })
    }

    const loadable = (target: Target) => (target.checkedMs ?? 0) <= loadableMs
    if (warmupSeconds > 0) {
      const paths = targets.filter(loadable).flatMap((t) => t.paths)
      await loadTarget(baseUrl, cookie, { name: 'warm-up', paths }, warmupSeconds)
      await drained()
    }
    console.log(`Loading: ${load1()}`)
    const results: Figures[] = []
    const only = process.env.BENCH_ONLY
    for (const target of targets.filter((t, i) => i === 0 || !only || t.name.includes(only))) {
      if (!loadable(target)) {
        console.log(
          `  ${target.name}: NOT LOADED, its one answer took ${(target.checkedMs! / 1000).toFixed(1)} s (over autocannon's ${loadableMs / 1000} s timeout)`,
        )
        results.push(notLoaded(target))
        continue
      }
      results.push(await loadTarget(baseUrl, cookie, target, durationSeconds, serverCpu))
      await drained()
    }
    console.log(`Loaded: ${load1()}`)
    printTable(kind === 'pglite' ? 'PGlite' : 'PostgreSQL', results)
    const over = printYardstick(results)
    if (kind === 'postgres') {
      await printPlanCounts(database.db)
      const explained: Explained[] = []
      for (const name of statementsOf.keys()) {
        if (!explainAlways && !over.some((r) => r.key === name)) continue
        const statements = [...(statementsOf.get(name) ?? [])].sort((a, b) => b.ms - a.ms)
        console.log(`\n[PostgreSQL] ${name}: its checked answer's slowest statements`)
        for (const s of statements.slice(0, 4)) {
          console.log(
            `  ${s.ms.toFixed(1).padStart(8)} ms  ${s.text.replace(/\s+/g, ' ').slice(0, 160)}`,
          )
        }
        const slowest = statements.find((s) => s.values.length > 0)
        if (slowest) {
          explained.push([
            `${name}: its slowest statement (${slowest.ms.toFixed(1)} ms in its checked answer)`,
            `bench_reports_${name}`,
            { toSQL: () => ({ sql: slowest.text, params: slowest.values }) },
          ])
        }
      }
      await explainGenericPlans(database.db, explained)
      await explainCustomPlans(database.db, explained)
    }
    return results
  } finally {
    if (portal) await new Promise((resolve) => portal!.close(resolve))
    await database.close()
  }
}

// ---- Main --------------------------------------------------------------------------------------

console.log(
  `Reporting benchmark: financial year ${financialYear} to ${financialYear + 1}, every local authority, as the team manager; ${connections} connection${connections === 1 ? '' : 's'}, ${durationSeconds} s per endpoint (warm-up ${warmupSeconds} s), 127.0.0.1, load generator in its own thread`,
)
if (engines.includes('pglite')) await benchEngine('pglite')
if (engines.includes('postgres')) {
  const server = await postgresServer()
  if (server) {
    // Stop the throwaway server however this process ends: normally, on an uncaught error (a closed
    // pipe, say) or on a signal.
    let stopped = false
    const stop = () => {
      if (stopped) return
      stopped = true
      server.stop()
    }
    const interrupted = () => process.exit(130)
    process.once('exit', stop)
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, interrupted)
    try {
      await benchEngine('postgres', server.url)
    } finally {
      stop()
    }
  }
}
