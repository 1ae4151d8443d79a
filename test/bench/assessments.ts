// Needs assessments load benchmark (issue 18): `npm run bench:assessments` (a separate script from
// `npm run bench`: it seeds for minutes and starts a PostgreSQL server). Seeds five years of a large
// agency's assessments of need on top of the demo agency (30,000 assessments with their sections
// and every saved version, 25,000 support plans with their services and 60,000 reviews; 4% of the
// assessments open now, in every status, some late; the demo support worker holds 150 open ones in
// their two councils), serves the BFF in this process and loads, with autocannon on 127.0.0.1: the
// manager's timeliness dashboard and the list of late assessments as the team manager, and the
// support worker's "My work" list of their own assessments, signed in as them. Each sits beside a
// baseline measured in the same run: GET /api/support-settings, which a staff session may call and
// which reads one row by primary key (support_settings.organisation_id) behind the same session,
// access and JSON stack, and writes no audit event. Runs on PGlite, then on PostgreSQL
// (BENCH_DATABASE_URL or TEST_DATABASE_URL if set, e.g. under scripts/with-postgres.mjs; else a
// throwaway server from scripts/postgres.mjs; skipped, saying so, where PostgreSQL is not
// installed).
//
// On PostgreSQL it then prints how one pooled connection planned each prepared statement, and
// explains the statements behind the three loads with their generic plans forced, built by the
// assessments repository itself (through @asp/bff/bench-queries).
//
// It asserts nothing: figures vary run to run on shared machines, so compare only within one run.
// The target (issue 18) is the support request pages' (PostgreSQL: p95 under 50 ms, at most 3 times
// the baseline's p95), printed beside the figures.
//
// Settings: BENCH_SECONDS (30), BENCH_CONNECTIONS (20), BENCH_WARMUP_SECONDS (3),
// BENCH_ASSESSMENTS (30000), BENCH_PLANS (25000), BENCH_REVIEWS (60000), BENCH_YEARS (5),
// BENCH_CASELOAD (150), BENCH_ENGINES (pglite,postgres), BENCH_ONLY=late to load only the endpoints
// whose names contain it (the baseline always runs).
import type { Server } from 'node:http'
import { cpus, loadavg } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { createApp, createLogger, listen, seedDemoAccounts } from '@asp/bff'
import {
  assessmentPageQuery,
  staffAssessmentScope,
  staffPlanScope,
  timelinessQuery,
} from '@asp/bff/bench-queries'
import { createDatabase, demoEmail, sql, type Database, type Db } from '@asp/db'
import {
  benchFamilyPrefix,
  describeBulkAssessments,
  seedBulkAssessments,
} from './assessments-seed.ts'
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
  assessments: Number(process.env.BENCH_ASSESSMENTS ?? 30_000),
  plans: Number(process.env.BENCH_PLANS ?? 25_000),
  reviews: Number(process.env.BENCH_REVIEWS ?? 60_000),
  years: Number(process.env.BENCH_YEARS ?? 5),
  caseload: Number(process.env.BENCH_CASELOAD ?? 150),
}
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim())
const managerEmail = demoEmail('manager')
const workerEmail = demoEmail('worker')
/** Issue 18's target on PostgreSQL. */
const targetP95Ms = 50
const targetTimesBaseline = 3

// ---- Load --------------------------------------------------------------------------------------

interface Target {
  name: string
  /** Whose session loads it: the team manager's, or the support worker's. */
  as: 'manager' | 'worker'
  method: 'GET'
  /** Paths taken in turn, so that a run goes over many records. */
  paths: readonly string[]
}

interface Figures extends LoadFigures {
  name: string
  /** CPU time of this whole process per 2xx response: the BFF, the load generator's thread and, on PGlite, the database. */
  cpuMsPerResponse: number
  /** CPU time of the PostgreSQL server's processes per 2xx response, when it runs on this machine. */
  serverCpuMsPerResponse: number | null
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

/** What the loads are about: the organisation's councils, and what the two lists hold. */
async function fixtures(db: Db) {
  const [row] = rowsOf<{ mine: number; mineOpen: number; late: number }>(
    await db.execute(sql`
      select
        count(*) filter (where u.email = ${workerEmail})::int as mine,
        count(*) filter (where u.email = ${workerEmail}
                         and a.status not in ('decided', 'withdrawn'))::int as "mineOpen",
        count(*) filter (where coalesce(case
          when a.status = 'waiting' then a.start_by
          when a.status in ('in_progress', 'returned', 'awaiting_sign_off') then a.complete_by
          when a.status = 'proposal_sent' then a.response_due_on end < current_date, false))::int as late
      from needs_assessments a left join users u on u.id = a.worker_user_id
    `),
  )
  return row!
}

// ---- Query plans -------------------------------------------------------------------------------

/** A statement's start and end, which tell apart statements that begin alike. */
function shortened(row: { head: string; tail: string; length: number }) {
  return row.length <= 200 ? row.head : `${row.head.slice(0, 70)} … ${row.tail.slice(-120)}`
}

/**
 * How one pooled connection planned the BFF's prepared statements: a statement planned afresh on
 * every call (custom plans) costs PostgreSQL far more CPU than one that kept a generic plan. The
 * list statements run past 2,000 characters, so their ends are read apart from their starts.
 */
async function printPlanCounts(db: Db) {
  // Which loaded list a statement of needs_assessments serves: the two lists' statements differ
  // only in their conditions, past the start and end shown.
  const endpointOf = sql`case
    when statement like '%count(*) filter%' then 'timeliness'
    when statement like '%"needs_assessments"."worker_user_id" = (select $%' then 'my work'
    when statement like '%"needs_assessments"."due_on" < (select $%' then 'late'
    end`
  const rows = rowsOf<{
    head: string
    tail: string
    length: number
    generic: number
    custom: number
    endpoint: string | null
  }>(
    await db.execute(
      sql`select regexp_replace(left(statement, 400), '\\s+', ' ', 'g') as head, regexp_replace(right(statement, 400), '\\s+', ' ', 'g') as tail, length(statement) as length, ${endpointOf} as endpoint, generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements order by generic_plans + custom_plans desc limit 16`,
    ),
  )
  console.log('[PostgreSQL] prepared statements on one pooled connection (busiest first):')
  console.log('  generic  custom  statement')
  for (const row of rows) {
    console.log(
      `  ${String(row.generic).padStart(7)} ${String(row.custom).padStart(7)}  ${row.endpoint ? `[${row.endpoint}] ` : ''}${shortened(row)}`,
    )
  }
  const custom = rows.filter((row) => row.custom > 5)
  console.log(
    custom.length === 0
      ? '  Every statement listed kept a generic plan after its first five calls.'
      : `  ${custom.length} statement(s) planned afresh on more than five calls (custom plans).`,
  )
}

/** A member of staff's reach as the session gives it: their organisation and councils, no conflicts. */
async function staffScopeOf(db: Db, email: string) {
  const [row] = rowsOf<{ userId: string; organisationId: string; localAuthorityIds: string[] }>(
    await db.execute(sql`
      select u.id as "userId", u.organisation_id as "organisationId",
        coalesce(array_agg(s.local_authority_id::text) filter (where s.local_authority_id is not null), '{}') as "localAuthorityIds"
      from users u left join staff_local_authorities s on s.user_id = u.id
      where u.email = ${email} group by u.id
    `),
  )
  return {
    ...row!,
    conflictedFamilyIds: [],
    conflictedBirthRelativeIds: [],
  } as unknown as Parameters<typeof staffAssessmentScope>[0] & { userId: string }
}

/**
 * The statements behind the loads, built by the BFF's own repository with the callers' scopes and
 * today's date, each explained with its generic plan forced: the plan the BFF keeps.
 */
async function explainStatements(db: Db) {
  const manager = await staffScopeOf(db, managerEmail)
  const worker = await staffScopeOf(db, workerEmail)
  const today = new Date().toISOString().slice(0, 10)
  const reviewsSoonBy = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10)
  const mine = { workerUserId: worker.userId, lateOnly: false, today }
  const late = { lateOnly: true, today }
  const queries: Explained[] = [
    [
      'timeliness (the manager)',
      'bench_assessments_timeliness',
      timelinessQuery(
        db,
        { assessments: staffAssessmentScope(manager), plans: staffPlanScope(manager) },
        { today, reviewsSoonBy },
      ),
    ],
    [
      'my work, first page (the worker)',
      'bench_assessments_mine',
      assessmentPageQuery(db, staffAssessmentScope(worker), mine, 1),
    ],
    [
      'late, first page (the manager)',
      'bench_assessments_late',
      assessmentPageQuery(db, staffAssessmentScope(manager), late, 1),
    ],
  ]
  await explainGenericPlans(db, queries)
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
      `${r.name.padEnd(56)} ${r.requestsPerSecond.toFixed(0).padStart(7)} ${ms(r.p50).padStart(7)} ${ms(r.p95).padStart(7)} ${ms(r.p99).padStart(7)} ${String(r.failures).padStart(8)} ${(r.p95 / base.p95).toFixed(2).padStart(10)} ${(r.requestsPerSecond / base.requestsPerSecond).toFixed(2).padStart(12)} ${r.cpuMsPerResponse.toFixed(2).padStart(11)} ${(r.serverCpuMsPerResponse === null ? '-' : r.serverCpuMsPerResponse.toFixed(2)).padStart(14)}`,
    )
  }
  console.log(
    [
      'p50/p95/p99: nearest rank over every 2xx response time (autocannon reports p90 and p97.5, not p95).',
      "CPU ms/req: CPU time of this process (BFF, the load generator's thread and, on PGlite, the database) per response;",
      'PG CPU ms/req: CPU time of the local PostgreSQL server per response.',
    ].join('\n'),
  )
}

/** Issue 18's target, as a yardstick: p95 < 50 ms and ≤ 3 × the baseline's p95. */
function printYardstick(results: Figures[]) {
  const base = results[0]!
  console.log(
    `Yardstick (issue 18's target on PostgreSQL; shown for both): p95 < ${targetP95Ms} ms and ≤ ${targetTimesBaseline} × baseline p95`,
  )
  for (const r of results.slice(1)) {
    const underLimit = r.p95 < targetP95Ms
    const nearBaseline = r.p95 <= targetTimesBaseline * base.p95
    console.log(
      `  ${underLimit && nearBaseline ? 'within ' : 'OVER   '} ${r.name}: p95 ${ms(r.p95)} ms; ${(r.p95 / base.p95).toFixed(2)} × baseline p95`,
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
        sql`select count(*)::int as n from families where reference like ${`${benchFamilyPrefix}%`}`,
      ),
    )
    console.log(
      `Demo agency: ${demo === 'already-seeded' ? 'already there' : 'seeded'} in ${demoSeconds.toFixed(1)} s`,
    )
    if ((already?.n ?? 0) > 0) {
      console.log(`Bulk data already there (${already!.n} families): not seeded again`)
    } else {
      const started = performance.now()
      const timings = await seedBulkAssessments(database.db, sizes)
      console.log(
        `Bulk seed: ${((performance.now() - started) / 1000).toFixed(1)} s (${Object.entries(
          timings,
        )
          .map(([step, t]) => `${step} ${(t / 1000).toFixed(1)} s`)
          .join(', ')})`,
      )
    }
    const data = await describeBulkAssessments(database.db)
    const listed = (counts: Record<string, number> | null) =>
      Object.entries(counts ?? {})
        .map(([status, n]) => `${n} ${status}`)
        .join(', ')
    console.log(
      [
        `Data: ${data.families} bench families (${data.children} children, ${data.parents} parents);`,
        `${data.assessments} bench assessments since ${data.oldest} (${data.relativeAssessments} of birth relatives; ${listed(data.byStatus)}; ${data.late} late),`,
        `${data.childLinks} children and ${data.parentLinks} parents assessed, ${data.sections} sections, ${data.versions} section versions;`,
        `${data.plans} plans (${listed(data.plansByStatus)}; ${data.reviewsOverdue} active overdue a review, ${data.reviewsDueSoon} due within 4 weeks), ${data.services} services, ${data.reviews} reviews.`,
        `${data.allAssessments} assessments in all with the demo's.`,
      ].join('\n  '),
    )
    const fx = await fixtures(database.db)
    console.log(
      `Lists: the worker's "mine" ${fx.mine} (${fx.mineOpen} open); late ${fx.late} (every council)`,
    )

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
      manager: await signInStaff(baseUrl, managerEmail),
      worker: await signInStaff(baseUrl, workerEmail),
    }
    console.log(
      `Signed in as ${managerEmail} (team manager, all 4 local authorities) and ${workerEmail} (support worker, the first 2)`,
    )

    const targets: Target[] = [
      {
        name: 'baseline: GET /api/support-settings (PK lookup)',
        as: 'manager',
        method: 'GET',
        paths: ['/api/support-settings'],
      },
      {
        name: 'timeliness: GET /api/staff/assessments/timeliness',
        as: 'manager',
        method: 'GET',
        paths: ['/api/staff/assessments/timeliness'],
      },
      {
        name: 'my work: GET /api/staff/assessments?view=mine',
        as: 'worker',
        method: 'GET',
        paths: ['/api/staff/assessments?view=mine'],
      },
      {
        name: 'late: GET /api/staff/assessments?view=late',
        as: 'manager',
        method: 'GET',
        paths: ['/api/staff/assessments?view=late'],
      },
    ]
    if (warmupSeconds > 0) {
      for (const as of ['manager', 'worker'] as const) {
        const paths = targets.filter((t) => t.as === as).flatMap((t) => t.paths)
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
      await explainStatements(database.db)
    }
    return results
  } finally {
    if (portal) await new Promise((resolve) => portal!.close(resolve))
    await database.close()
  }
}

// ---- Main --------------------------------------------------------------------------------------

console.log(
  `Needs assessments benchmark: ${sizes.assessments.toLocaleString('en-GB')} assessments over ${sizes.years} years, ${sizes.plans.toLocaleString('en-GB')} plans, ${sizes.reviews.toLocaleString('en-GB')} reviews; ${connections} connection${connections === 1 ? '' : 's'}, ${durationSeconds} s per endpoint (warm-up ${warmupSeconds} s), 127.0.0.1, load generator in its own thread`,
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
