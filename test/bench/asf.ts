// Adoption Support Fund figures load benchmark (issue 19): `npm run bench:asf` (a separate script
// from `npm run bench`: it seeds a large agency's fund applications and starts a PostgreSQL
// server). Seeds five financial years of a large agency's applications to the fund on top of the
// demo agency (20,000 applications of the demo's children in its four councils, 60,000 therapy
// lines with 40 more providers in the register, every step of their history and 100,000
// invoices; past years finished, this year in every status), serves the BFF in this process and
// loads, with autocannon on 127.0.0.1, signed in as the demo finance officer: the current year's
// figures for one council (the one with the most applications) and for the whole agency. Each
// sits beside a baseline measured in the same run: GET /api/support-settings, which reads one row
// by primary key (support_settings.organisation_id) behind the same session, access and JSON
// stack, and writes no audit event. The finance officer may not call it (it is the support line's),
// so the baseline is loaded as the team manager, as in the other benchmarks. Runs on PGlite, then
// on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL if set, e.g. under
// scripts/with-postgres.mjs; else a throwaway server from scripts/postgres.mjs; skipped, saying
// so, where PostgreSQL is not installed).
//
// Before loading, each figures endpoint is asked once and its answer checked against the
// database (a 200; the year's applications and invoiced money as the tables hold them, for the
// agency and the council; the agency more than the council; the lines' money adding up to the
// totals), so that a broken endpoint cannot pass as a fast one. An endpoint whose one answer
// took longer than autocannon's 10 s timeout is not loaded (no answer could come back under load,
// and the app would work through the abandoned requests for many minutes): its row shows that one
// answer's time, marked [1 req].
//
// On PostgreSQL it then prints how one pooled connection planned each prepared statement, and
// explains the figures' statements with their generic plans forced, taken as the BFF prepared
// them (pg_prepared_statements) with the finance officer's values.
//
// It asserts nothing about speed: figures vary run to run on shared machines, so compare only
// within one run. The target (issue 19) is printed beside the figures: PostgreSQL p95 under 200 ms.
//
// Settings: BENCH_SECONDS (30), BENCH_CONNECTIONS (20), BENCH_WARMUP_SECONDS (3),
// BENCH_APPLICATIONS (20000), BENCH_LINES (60000), BENCH_INVOICES (100000), BENCH_PROVIDERS (40),
// BENCH_YEARS (5), BENCH_ENGINES (pglite,postgres), BENCH_ONLY=agency (or council) to load only the endpoints
// whose names contain it (the baseline always runs).
import type { Server } from 'node:http'
import { cpus, loadavg } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { createApp, createLogger, listen, seedDemoAccounts } from '@asp/bff'
import type { AsfFigures } from '@asp/bff/contract'
import { createDatabase, demoEmail, demoOrganisation, sql, type Database, type Db } from '@asp/db'
import {
  benchProviderPrefix,
  currentFinancialYear,
  describeBulkAsf,
  seedBulkAsf,
} from './asf-seed.ts'
import { signInStaff } from './kit.ts'
import { load, type LoadFigures } from './load.ts'
import {
  explainGenericPlans,
  postgresCpuReader,
  postgresServer,
  rowsOf,
  type Explained,
} from './postgres.ts'

const benchSecret = 'bench-secret-that-is-long-enough-0123456789'
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 30)
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20)
const sizes = {
  applications: Number(process.env.BENCH_APPLICATIONS ?? 20_000),
  lines: Number(process.env.BENCH_LINES ?? 60_000),
  invoices: Number(process.env.BENCH_INVOICES ?? 100_000),
  providers: Number(process.env.BENCH_PROVIDERS ?? 40),
  years: Number(process.env.BENCH_YEARS ?? 5),
}
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim())
const financeEmail = demoEmail('finance')
const managerEmail = demoEmail('manager')
/** The year loaded: the current financial year, the busiest with applications in every status. */
const financialYear = currentFinancialYear()
/** Issue 19's target on PostgreSQL. */
const targetP95Ms = 200
/**
 * autocannon's own request timeout (load-worker.mjs leaves its default): an endpoint whose one
 * answer alone takes longer could not answer at all under load, and the app would go on working
 * through every timed-out request for many minutes. It is asked once, not loaded.
 */
const loadableMs = 10_000

// ---- Load --------------------------------------------------------------------------------------

interface Target {
  name: string
  /** Whose session loads it: the finance officer's, or the team manager's (the baseline). */
  as: 'finance' | 'manager'
  method: 'GET'
  /** Paths taken in turn. */
  paths: readonly string[]
  /** How long its one checked answer took, in ms, for the figures. */
  checkedMs?: number
}

interface Figures extends LoadFigures {
  name: string
  /** CPU time of this whole process per 2xx response: the BFF, the load generator's thread and, on PGlite, the database. */
  cpuMsPerResponse: number
  /** CPU time of the PostgreSQL server's processes per 2xx response, when it runs on this machine. */
  serverCpuMsPerResponse: number | null
}

/**
 * An endpoint too slow to load (see `loadableMs`): its one checked answer in the latency columns,
 * the least the loaded figures could be; the rest unknown.
 */
function notLoaded(target: Target): Figures {
  const took = target.checkedMs ?? Number.NaN
  return {
    name: `${target.name} [1 req]`,
    requestsPerSecond: Number.NaN,
    p50: took,
    p95: took,
    p99: took,
    responses: 1,
    failures: 0,
    statuses: [],
    cpuMsPerResponse: Number.NaN,
    serverCpuMsPerResponse: null,
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
    method: target.method,
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
    cpuMsPerResponse: (cpu.user + cpu.system) / 1000 / responses,
    serverCpuMsPerResponse:
      serverCpuBefore === null || serverCpuAfter === null
        ? null
        : (serverCpuAfter - serverCpuBefore) / responses,
  }
}

// ---- Fixtures ----------------------------------------------------------------------------------

interface YearFigures {
  applications: number
  requestedPence: number
  approvedPence: number
  invoicedPence: number
}

/**
 * What the loads are about: the organisation, its councils (the one with the most applications
 * this year first) and what the tables hold for the year, for the agency and each council.
 */
async function fixtures(db: Db) {
  const councils = rowsOf<
    YearFigures & { id: string; code: string; name: string; invoicesPence: number }
  >(
    await db.execute(sql`
      select la.id, la.code, la.name, count(a.id)::int as applications,
        coalesce(sum(a.requested_pence), 0)::int8::float8 as "requestedPence",
        coalesce(sum(a.approved_pence), 0)::int8::float8 as "approvedPence",
        coalesce(sum(a.invoiced_pence), 0)::int8::float8 as "invoicedPence",
        coalesce(sum((select sum(i.amount_pence) from asf_invoices i where i.application_id = a.id)),
          0)::int8::float8 as "invoicesPence"
      from local_authorities la
      join organisations o on o.id = la.organisation_id and o.slug = ${demoOrganisation.slug}
      left join asf_applications a on a.local_authority_id = la.id and a.financial_year = ${financialYear}
      group by la.id order by count(a.id) desc, la.code
    `),
  )
  const sum = (key: keyof YearFigures | 'invoicesPence') =>
    councils.reduce((total, council) => total + Number(council[key]), 0)
  return {
    councils,
    agency: {
      applications: sum('applications'),
      requestedPence: sum('requestedPence'),
      approvedPence: sum('approvedPence'),
      invoicedPence: sum('invoicedPence'),
      invoicesPence: sum('invoicesPence'),
    },
  }
}

/**
 * Asks for the figures once and checks the answer against the tables: a 200, the year's
 * applications and money as they hold them, the lines' money adding up to the totals. Throws on
 * any difference. Returns how long the answer took, in ms.
 */
async function checkFigures(
  baseUrl: string,
  cookie: string,
  path: string,
  expected: YearFigures & { invoicesPence: number },
) {
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
  const figures = JSON.parse(text) as AsfFigures
  const { totals } = figures
  const problems: string[] = []
  const same = (what: string, got: number, want: number) => {
    if (got !== want) problems.push(`${what}: answered ${got}, the tables hold ${want}`)
  }
  same('financial year', figures.financialYear, financialYear)
  same('applications', totals.applications, expected.applications)
  same('requested', totals.requestedPence, expected.requestedPence)
  same('approved', totals.approvedPence, expected.approvedPence)
  same('invoiced', totals.invoicedPence, expected.invoicedPence)
  same('invoiced by the invoices', totals.invoicedPence, expected.invoicesPence)
  for (const [name, rows] of [
    ['therapy type', figures.byTherapyType],
    ['provider', figures.byProvider],
  ] as const) {
    const add = (key: 'requestedPence' | 'invoicedPence') =>
      rows.reduce((total, row) => total + row[key], 0)
    // Lines' costs are what the applications total, match funding included.
    if (add('requestedPence') < totals.requestedPence) {
      problems.push(`by ${name}: lines cost ${add('requestedPence')}, less than requested`)
    }
    same(`invoiced by ${name}`, add('invoicedPence'), totals.invoicedPence)
  }
  if (totals.applications === 0) problems.push('no applications')
  if (figures.byProvider.length <= 8) problems.push('no bench provider among the providers')
  if (problems.length > 0) throw new Error(`GET ${path}: ${problems.join('; ')}`)
  return { took, figures }
}

// ---- Query plans -------------------------------------------------------------------------------

/** A statement's start and end, which tell apart statements that begin alike. */
function shortened(row: { head: string; tail: string; length: number }) {
  return row.length <= 200 ? row.head : `${row.head.slice(0, 70)} … ${row.tail.slice(-120)}`
}

/** Which part of the figures a prepared statement is, by what it reads and groups by. */
const figurePart = `case
  when statement like '%from "asf_application_lines"%' and statement like '%group by "asf_application_lines"."therapy_type"%' then 'by therapy'
  when statement like '%from "asf_application_lines"%' and statement like '%group by "asf_application_lines"."provider_id"%' then 'by provider'
  when statement like '%count(distinct %"child_id")%' and statement like '%from "asf_applications"%' then 'totals'
  end`

interface PooledClient {
  query(text: string): Promise<{ rows: Record<string, unknown>[] }>
  release(): void
}

/**
 * `query` on every connection the pool holds, at once: a connection's prepared statements are its
 * own, and the figures, asked only once when too slow to load, were prepared on a few of them.
 */
async function onEveryPooledConnection<T>(db: Db, query: string) {
  const pool = (
    db as unknown as { $client: { totalCount: number; connect(): Promise<PooledClient> } }
  ).$client
  const clients = await Promise.all(
    Array.from({ length: Math.max(1, pool.totalCount) }, () => pool.connect()),
  )
  try {
    const answers: T[][] = []
    for (const client of clients) answers.push((await client.query(query)).rows as T[])
    return answers
  } finally {
    for (const client of clients) client.release()
  }
}

/**
 * How the busiest pooled connection planned the BFF's prepared statements: a statement planned
 * afresh on every call (custom plans) costs PostgreSQL far more CPU than one that kept a generic
 * plan.
 */
async function printPlanCounts(db: Db) {
  const answers = await onEveryPooledConnection<{
    head: string
    tail: string
    length: number
    generic: number
    custom: number
    part: string | null
  }>(
    db,
    `select regexp_replace(left(statement, 400), '\\s+', ' ', 'g') as head, regexp_replace(right(statement, 400), '\\s+', ' ', 'g') as tail, length(statement) as length, ${figurePart} as part, generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements order by generic_plans + custom_plans desc limit 16`,
  )
  const calls = (rows: { generic: number; custom: number }[]) =>
    rows.reduce((total, row) => total + row.generic + row.custom, 0)
  const rows = answers.reduce(
    (busiest, rows) => (calls(rows) > calls(busiest) ? rows : busiest),
    [],
  )
  console.log('[PostgreSQL] prepared statements on the busiest pooled connection (busiest first):')
  console.log('  generic  custom  statement')
  for (const row of rows) {
    console.log(
      `  ${String(row.generic).padStart(7)} ${String(row.custom).padStart(7)}  ${row.part ? `[${row.part}] ` : ''}${shortened(row)}`,
    )
  }
  const custom = rows.filter((row) => row.custom > 5)
  console.log(
    custom.length === 0
      ? '  Every statement listed kept a generic plan after its first five calls.'
      : `  ${custom.length} statement(s) planned afresh on more than five calls (custom plans).`,
  )
}

interface PreparedFigures {
  statement: string
  part: string
  parameters: number
}

/**
 * The figures' statements as the BFF prepared them on the pooled connections. Read just after the
 * figures were asked for: the pool closes a connection idle for a few seconds, and its prepared
 * statements with it.
 */
async function preparedFigureStatements(db: Db) {
  return (
    await onEveryPooledConnection<PreparedFigures>(
      db,
      `select statement, ${figurePart} as part, cardinality(parameter_types)::int as parameters
       from pg_prepared_statements where ${figurePart} is not null`,
    )
  ).flat()
}

/**
 * The figures' statements to explain, with the values of the finance officer's calls put back by
 * where each parameter stands: the organisation, the councils of the scope (one, or all four) and
 * the year.
 */
function figureStatements(
  rows: readonly PreparedFigures[],
  organisationId: string,
  council: string,
  agency: readonly string[],
) {
  const seen = new Set<string>()
  const queries: Explained[] = []
  for (const row of rows) {
    if (seen.has(row.statement)) continue
    seen.add(row.statement)
    const values: unknown[] = Array.from({ length: row.parameters })
    const put = (pattern: RegExp, value: (index: number) => unknown) => {
      for (const match of row.statement.matchAll(pattern)) {
        const list = match[1]!.split(',').map((p) => Number(p.trim().slice(1)))
        list.forEach((n, index) => (values[n - 1] = value(index)))
      }
    }
    put(/"organisation_id" = (\$\d+)/g, () => organisationId)
    put(/"financial_year" = (\$\d+)/g, () => financialYear)
    const lists = [...row.statement.matchAll(/"local_authority_id" in \((\$\d+(?:, \$\d+)*)\)/g)]
    const councils = lists[0]?.[1]?.split(',').length === 1 ? [council] : agency
    put(/"local_authority_id" in \((\$\d+(?:, \$\d+)*)\)/g, (index) => councils[index])
    if (values.some((value) => value === undefined)) {
      console.log(`\n[PostgreSQL] not explained (a parameter not placed): ${row.statement}`)
      continue
    }
    const scope = councils.length === 1 ? 'one council' : 'whole agency'
    queries.push([
      `${row.part}, ${scope}`,
      `bench_asf_${row.part.replace(' ', '_')}_${councils.length}`,
      { toSQL: () => ({ sql: row.statement, params: values }) },
    ])
  }
  return queries.sort(([a], [b]) => a.localeCompare(b))
}

// ---- One engine --------------------------------------------------------------------------------

/**
 * Counts requests the app is still working on. autocannon drops its connections when time is up,
 * but the app finishes what it started: the next endpoint's run must not pay for that work, and
 * the database must not close under it.
 */
function trackInFlight(server: Server) {
  let inFlight = 0
  server.on('request', (_req, res) => {
    inFlight += 1
    let ended = false
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res
    res.end = ((...args: unknown[]) => {
      if (!ended) {
        ended = true
        inFlight -= 1
      }
      return end(...args)
    }) as typeof res.end
  })
  return async function drained() {
    while (inFlight > 0) await sleep(10)
  }
}

const load1 = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`

function portOf(server: Server) {
  const address = server.address()
  return typeof address === 'object' && address ? address.port : 0
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-')
const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : '-'
const pounds = (pence: number) =>
  `£${(pence / 100).toLocaleString('en-GB', { maximumFractionDigits: 0 })}`

function printTable(kind: string, results: Figures[]) {
  const base = results[0]!
  console.log('')
  console.log(
    `${kind}: ${connections} connection${connections === 1 ? '' : 's'}, ${durationSeconds} s each; latency in ms over every 2xx response`,
  )
  console.log(
    `${'endpoint'.padEnd(56)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'non-2xx'.padStart(8)} ${'p95 ×base'.padStart(10)} ${'req/s ×base'.padStart(12)} ${'CPU ms/req'.padStart(11)} ${'PG CPU ms/req'.padStart(14)}`,
  )
  for (const r of results) {
    console.log(
      `${r.name.padEnd(56)} ${fixed(r.requestsPerSecond, 0).padStart(7)} ${ms(r.p50).padStart(7)} ${ms(r.p95).padStart(7)} ${ms(r.p99).padStart(7)} ${String(r.failures).padStart(8)} ${fixed(r.p95 / base.p95, 2).padStart(10)} ${fixed(r.requestsPerSecond / base.requestsPerSecond, 2).padStart(12)} ${fixed(r.cpuMsPerResponse, 2).padStart(11)} ${(r.serverCpuMsPerResponse === null ? '-' : r.serverCpuMsPerResponse.toFixed(2)).padStart(14)}`,
    )
  }
  console.log(
    [
      'p50/p95/p99: nearest rank over every 2xx response time (autocannon reports p90 and p97.5, not p95).',
      "CPU ms/req: CPU time of this process (BFF, the load generator's thread and, on PGlite, the database) per response;",
      'PG CPU ms/req: CPU time of the local PostgreSQL server per response.',
      ...(results.some((r) => !Number.isFinite(r.requestsPerSecond))
        ? [
            `[1 req]: not loaded, as its one checked answer alone took over ${loadableMs / 1000} s (autocannon's timeout);`,
            '  p50/p95/p99 show that one answer, the least the figures under load could be.',
          ]
        : []),
    ].join('\n'),
  )
}

/** Issue 19's target, as a yardstick: p95 under 200 ms. */
function printYardstick(results: Figures[]) {
  const base = results[0]!
  console.log(
    `Yardstick (issue 19 target: PostgreSQL p95 under ${targetP95Ms} ms; shown for both engines)`,
  )
  for (const r of results.slice(1)) {
    console.log(
      `  ${r.p95 < targetP95Ms ? 'within ' : 'OVER   '} ${r.name}: p95 ${ms(r.p95)} ms; ${(r.p95 / base.p95).toFixed(2)} × baseline p95`,
    )
  }
}

async function benchEngine(kind: 'pglite' | 'postgres', url?: string) {
  console.log(`\n=== ${kind === 'pglite' ? 'PGlite (in memory)' : `PostgreSQL ${url}`} ===`)
  const opened = performance.now()
  const database: Database = await createDatabase({ url, seed: 'always' })
  const demo = await seedDemoAccounts(database.db, benchSecret)
  const demoSeconds = (performance.now() - opened) / 1000
  let portal: Server | undefined
  try {
    const [already] = rowsOf<{ n: number }>(
      await database.db.execute(
        sql`select count(*)::int as n from asf_providers where registration_number like ${`${benchProviderPrefix}%`}`,
      ),
    )
    console.log(
      `Demo agency: ${demo === 'already-seeded' ? 'already there' : 'seeded'} in ${demoSeconds.toFixed(1)} s`,
    )
    if ((already?.n ?? 0) > 0) {
      console.log(`Bulk data already there (${already!.n} bench providers): not seeded again`)
    } else {
      const started = performance.now()
      const timings = await seedBulkAsf(database.db, sizes)
      console.log(
        `Bulk seed: ${((performance.now() - started) / 1000).toFixed(1)} s (${Object.entries(
          timings,
        )
          .map(([step, t]) => `${step} ${(t / 1000).toFixed(1)} s`)
          .join(', ')})`,
      )
    }
    const data = await describeBulkAsf(database.db, financialYear)
    const listed = (counts: Record<string, number> | null) =>
      Object.entries(counts ?? {})
        .map(([key, n]) => `${n} ${key}`)
        .join(', ')
    console.log(
      [
        `Data (with the demo's): ${data.applications} applications of ${data.children} children since ${data.firstYear} (${listed(data.byYear)}),`,
        `${data.lines} lines (${data.benchProviderLines} with the ${data.benchProviders} bench providers; ${data.providers} providers in all), ${data.events} events, ${data.invoices} invoices;`,
        `past years: ${listed(data.pastByStatus)};`,
        `${financialYear}: ${listed(data.yearByStatus)}; by council ${listed(data.yearByCouncil)};`,
        `${data.matchFunded} match funded; last event ${data.lastEvent}, last invoice ${data.lastInvoice};`,
        `checks: ${data.invoicedMismatches} invoiced amounts not their invoices' sum, ${data.totalMismatches} totals not their lines' sum, ${data.moneyBreaches} breaking the money check.`,
      ].join('\n  '),
    )
    const fx = await fixtures(database.db)
    const council = fx.councils[0]!

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
    const serverCpu = kind === 'postgres' ? await postgresCpuReader(database.db) : () => null
    const baseUrl = `http://127.0.0.1:${portOf(portal)}`
    const cookies = {
      finance: await signInStaff(baseUrl, financeEmail),
      manager: await signInStaff(baseUrl, managerEmail),
    }
    console.log(
      `Signed in as ${financeEmail} (finance officer, all 4 local authorities) and ${managerEmail} (team manager, for the baseline)`,
    )

    const councilPath = `/api/staff/asf/figures?financialYear=${financialYear}&localAuthorityId=${council.id}`
    const agencyPath = `/api/staff/asf/figures?financialYear=${financialYear}`
    console.log('Checking each figures endpoint once against the tables')
    const prepared: PreparedFigures[] = []
    const checkedCouncil = await checkFigures(baseUrl, cookies.finance, councilPath, council)
    if (kind === 'postgres') prepared.push(...(await preparedFigureStatements(database.db)))
    const checkedAgency = await checkFigures(baseUrl, cookies.finance, agencyPath, fx.agency)
    if (kind === 'postgres') prepared.push(...(await preparedFigureStatements(database.db)))
    if (checkedAgency.figures.totals.applications <= checkedCouncil.figures.totals.applications) {
      throw new Error('The whole agency’s applications are not more than one council’s')
    }
    for (const [name, path, checked] of [
      [council.name, councilPath, checkedCouncil],
      ['whole agency', agencyPath, checkedAgency],
    ] as const) {
      const { totals, byTherapyType, byProvider } = checked.figures
      console.log(
        `Checked ${name}: GET ${path} → 200 in ${checked.took.toFixed(0)} ms, ${totals.applications} applications of ${totals.children} children (${totals.approved} approved, ${totals.declined} declined), requested ${pounds(totals.requestedPence)}, approved ${pounds(totals.approvedPence)}, invoiced ${pounds(totals.invoicedPence)}; ${byTherapyType.length} therapy types, ${byProvider.length} providers`,
      )
    }

    const targets: Target[] = [
      {
        name: 'baseline: GET /api/support-settings (PK lookup)',
        as: 'manager',
        method: 'GET',
        paths: ['/api/support-settings'],
      },
      {
        name: `council ${council.code}: GET /api/staff/asf/figures`,
        as: 'finance',
        method: 'GET',
        paths: [councilPath],
        checkedMs: checkedCouncil.took,
      },
      {
        name: 'whole agency: GET /api/staff/asf/figures',
        as: 'finance',
        method: 'GET',
        paths: [agencyPath],
        checkedMs: checkedAgency.took,
      },
    ]
    const loadable = (target: Target) => (target.checkedMs ?? 0) <= loadableMs
    if (warmupSeconds > 0) {
      for (const as of ['manager', 'finance'] as const) {
        const paths = targets.filter((t) => t.as === as && loadable(t)).flatMap((t) => t.paths)
        if (paths.length === 0) continue
        await loadTarget(
          baseUrl,
          cookies[as],
          { name: `warm-up (${as})`, as, method: 'GET', paths },
          warmupSeconds,
        )
        await drained()
      }
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
      results.push(
        await loadTarget(baseUrl, cookies[target.as], target, durationSeconds, serverCpu),
      )
      await drained()
    }
    console.log(`Loaded: ${load1()}`)
    printTable(kind === 'pglite' ? 'PGlite' : 'PostgreSQL', results)
    printYardstick(results)
    if (kind === 'postgres') {
      await printPlanCounts(database.db)
      const [org] = rowsOf<{ id: string }>(
        await database.db.execute(
          sql`select id from organisations where slug = ${demoOrganisation.slug}`,
        ),
      )
      prepared.push(...(await preparedFigureStatements(database.db)))
      const explained = figureStatements(
        prepared,
        org!.id,
        council.id,
        fx.councils.map((c) => c.id),
      )
      await explainGenericPlans(database.db, explained)
    }
    return results
  } finally {
    if (portal) await new Promise((resolve) => portal!.close(resolve))
    await database.close()
  }
}

// ---- Main --------------------------------------------------------------------------------------

console.log(
  `Adoption Support Fund figures benchmark: ${sizes.applications.toLocaleString('en-GB')} applications over ${sizes.years} financial years, ${sizes.lines.toLocaleString('en-GB')} lines, ${sizes.invoices.toLocaleString('en-GB')} invoices, ${sizes.providers} more providers; ${financialYear}'s figures; ${connections} connection${connections === 1 ? '' : 's'}, ${durationSeconds} s per endpoint (warm-up ${warmupSeconds} s), 127.0.0.1, load generator in its own thread`,
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
