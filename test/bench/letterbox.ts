// Letterbox load benchmark: `npm run bench:letterbox` (a separate script from `npm run bench`: it
// seeds for minutes and starts a PostgreSQL server). Seeds a large agency's letterbox on top of the
// demo agency (5,000 agreements over eighteen years, 150,000 letters with their versions, decisions
// and 40,000 photos, 200 letters waiting to be checked), serves the BFF in this process and loads,
// with autocannon on 127.0.0.1: the review queue's first page and a child's letterbox (children
// with the longest histories, in turn) as the team manager, and the letterbox page of the birth
// relative with the longest history, signed in as them. Each sits beside a baseline measured in
// the same run: GET /api/support-settings, which a staff session may call and which reads one row
// by primary key (support_settings.organisation_id) behind the same session, access and JSON
// stack, and writes no audit event. Runs on PGlite, then on PostgreSQL (BENCH_DATABASE_URL or
// TEST_DATABASE_URL if set, e.g. under scripts/with-postgres.mjs; else a throwaway server from
// scripts/postgres.mjs; skipped, saying so, where PostgreSQL is not installed).
//
// On PostgreSQL it then prints how one pooled connection planned each prepared statement, and
// explains the three pages' statements, built by the BFF's repositories, with their generic plans.
//
// It asserts nothing: figures vary run to run on shared machines, so compare only within one run.
// Its target (issue 17, the same as the support request pages'): on PostgreSQL, p95 under 50 ms
// and at most 3 times the baseline's p95, printed beside the figures.
//
// Settings: BENCH_SECONDS (30), BENCH_CONNECTIONS (20), BENCH_WARMUP_SECONDS (3),
// BENCH_AGREEMENTS (5000), BENCH_LETTERS (150000), BENCH_WAITING (200), BENCH_PHOTOS (40000),
// BENCH_ENGINES (pglite,postgres), BENCH_ONLY=queue to load only the endpoints whose names contain
// it (the baseline always runs).
import type { Server } from 'node:http'
import { cpus, loadavg } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { createApp, createLogger, listen, seedDemoAccounts } from '@asp/bff'
import {
  birthRelativeLetterboxQuery,
  childLetterboxQuery,
  reviewQueuePageQuery,
  staffAgreementScope,
} from '@asp/bff/bench-queries'
import {
  createDatabase,
  demoEmail,
  demoOrganisation,
  demoPassword,
  sql,
  type Database,
  type Db,
} from '@asp/db'
import { benchFamilyPrefix, describeBulkLetterbox, seedBulkLetterbox } from './letterbox-seed.ts'
import { browser, signInStaff } from './kit.ts'
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
  agreements: Number(process.env.BENCH_AGREEMENTS ?? 5_000),
  letters: Number(process.env.BENCH_LETTERS ?? 150_000),
  waiting: Number(process.env.BENCH_WAITING ?? 200),
  photos: Number(process.env.BENCH_PHOTOS ?? 40_000),
  years: 18,
}
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim())
const staffEmail = demoEmail('manager')
/** Issue 17's target on PostgreSQL. */
const targetP95Ms = 50
const targetTimesBaseline = 3
/** How many of the children with the longest histories the child's page takes in turn. */
const childrenInTurn = 100

// ---- Load --------------------------------------------------------------------------------------

interface Target {
  name: string
  /** Whose session loads it: the team manager's, or the birth relative's. */
  as: 'staff' | 'birth relative'
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

// ---- Sign-in -----------------------------------------------------------------------------------

/**
 * Signs in as a birth relative with password and the security code emailed to them, read from the
 * outbox as the development mailbox would show it: the Cookie header.
 */
async function signInByEmail(baseUrl: string, db: Db, email: string) {
  const session = browser(baseUrl)
  await session.post('/api/session', { email, password: demoPassword })
  await session.post('/api/session/security-code')
  const [message] = rowsOf<{ body: string }>(
    await db.execute(
      sql`select body from outbox_messages where recipient = ${email} order by created_at desc limit 1`,
    ),
  )
  const code = /security code is (\d+)/.exec(message?.body ?? '')?.[1] ?? ''
  await session.post('/api/session/second-factor', { method: 'email', code })
  return session.signedIn()
}

// ---- Fixtures ----------------------------------------------------------------------------------

/**
 * What the loads go over: the children whose agreements hold the most letters, and the birth
 * relative with a portal account who can read the most (their own letters and the family's
 * released ones), given the demo password so that they can sign in.
 */
async function fixtures(db: Db) {
  const bench = sql`(select a.id, a.child_id from contact_agreements a
                     join families f on f.id = a.family_id
                     where f.reference like ${`${benchFamilyPrefix}%`})`
  const children = rowsOf<{ id: string; letters: number }>(
    await db.execute(sql`
      select b.child_id as id, count(*)::int as letters
      from ${bench} b join letters l on l.agreement_id = b.id
      where l.status <> 'draft'
      group by b.child_id
      order by count(*) desc, b.child_id
      limit ${childrenInTurn}
    `),
  )
  const [relative] = rowsOf<{ id: string; email: string; letters: number }>(
    await db.execute(sql`
      select r.id, u.email, (
        select count(*)::int from letters l
        join contact_agreement_parties p on p.agreement_id = l.agreement_id
        where p.birth_relative_id = r.id and l.channel = 'portal'
          and (l.birth_relative_id = r.id
               or l.from_side = 'adoptive_family' and l.status = 'released')
      ) as letters
      from birth_relatives r
      join users u on u.id = r.user_id
      where r.child_id in (select child_id from ${bench} b)
      order by letters desc, r.id
      limit 1
    `),
  )
  if (!relative) throw new Error('No bench birth relative with a portal account')
  // The demo password, as the demo adopter's account holds it hashed.
  await db.execute(sql`
    insert into credentials (account_id, provider_id, user_id, password)
    select u.id::text, 'credential', u.id,
      (select c.password from credentials c join users a on a.id = c.user_id
       where a.email = ${demoEmail('adopter')} limit 1)
    from users u where u.email = ${relative.email}
      and not exists (select 1 from credentials c where c.user_id = u.id)
  `)
  const [organisation] = rowsOf<{ id: string }>(
    await db.execute(sql`select id from organisations where slug = ${demoOrganisation.slug}`),
  )
  return { organisationId: organisation!.id, children, relative }
}

// ---- Query plans -------------------------------------------------------------------------------

/** A statement's start and end, which tell apart statements that begin alike. */
function shortened(statement: string) {
  return statement.length <= 200
    ? statement
    : `${statement.slice(0, 70)} … ${statement.slice(-120)}`
}

/**
 * How one pooled connection planned the BFF's prepared statements: a statement planned afresh on
 * every call (custom plans) costs PostgreSQL far more CPU than one that kept a generic plan.
 */
async function printPlanCounts(db: Db) {
  const rows = rowsOf<{ statement: string; generic: number; custom: number }>(
    await db.execute(
      sql`select regexp_replace(left(statement, 2000), '\\s+', ' ', 'g') as statement, generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements order by generic_plans + custom_plans desc limit 16`,
    ),
  )
  console.log('[PostgreSQL] prepared statements on one pooled connection (busiest first):')
  console.log('  generic  custom  statement')
  for (const row of rows) {
    console.log(
      `  ${String(row.generic).padStart(7)} ${String(row.custom).padStart(7)}  ${shortened(row.statement)}`,
    )
  }
  const custom = rows.filter((row) => row.custom > 5)
  console.log(
    custom.length === 0
      ? '  Every statement listed kept a generic plan after its first five calls.'
      : `  ${custom.length} statement(s) planned afresh on more than five calls (custom plans).`,
  )
}

type Fixtures = Awaited<ReturnType<typeof fixtures>>

/**
 * The statements behind the loaded pages, built by the BFF's own repositories (the manager's scope:
 * the organisation and its councils, no conflicts; the busiest child; the birth relative), each
 * run on one connection as a prepared statement with its generic plan forced, and explained: a
 * plan that can use the indexes with every value a parameter is the plan the BFF keeps. The queue's
 * total is a scalar subquery of its page, so it shows there as an InitPlan.
 */
async function explainStatements(database: Database, fx: Fixtures) {
  const db = database.db
  const councils = rowsOf<{ id: string }>(
    await db.execute(
      sql`select id from local_authorities where organisation_id = ${fx.organisationId} order by code`,
    ),
  )
  const [user] = rowsOf<{ id: string }>(
    await db.execute(sql`select id from users where email = ${fx.relative.email}`),
  )
  const manager = {
    organisationId: fx.organisationId,
    localAuthorityIds: councils.map((c) => c.id),
    conflictedFamilyIds: [],
    conflictedBirthRelativeIds: [],
  } as unknown as Parameters<typeof staffAgreementScope>[0]
  const queries = [
    [
      'review queue, first page',
      'bench_letterbox_queue',
      reviewQueuePageQuery(db, staffAgreementScope(manager), 1),
    ],
    [
      `child's letterbox, the longest history (${fx.children[0]!.letters} letters)`,
      'bench_letterbox_child',
      childLetterboxQuery(db, manager, fx.children[0]!.id),
    ],
    [
      `birth relative's letterbox (${fx.relative.letters} letters)`,
      'bench_letterbox_relative',
      birthRelativeLetterboxQuery(db, user!.id),
    ],
  ] as const satisfies readonly Explained[]
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

/** Issue 17's target: p95 < 50 ms and ≤ 3 × the baseline's p95. */
function printTarget(results: Figures[]) {
  const base = results[0]!
  console.log(
    `Target (issue 17's, on PostgreSQL; shown for both): p95 < ${targetP95Ms} ms and ≤ ${targetTimesBaseline} × baseline p95`,
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
      const timings = await seedBulkLetterbox(database.db, sizes)
      console.log(
        `Bulk seed: ${((performance.now() - started) / 1000).toFixed(1)} s (${Object.entries(
          timings,
        )
          .map(([step, t]) => `${step} ${(t / 1000).toFixed(1)} s`)
          .join(', ')})`,
      )
    }
    const data = await describeBulkLetterbox(database.db)
    console.log(
      `Data: ${data?.agreements} bench agreements since ${data?.oldest}, ${data?.exchanges} exchanges (${data?.overdue} overdue), ${data?.letters} letters (${data?.released} released, ${data?.withheld} withheld, ${data?.paper} on paper; ${data?.waiting} waiting to be checked in all), ${data?.versions} versions, ${data?.decisions} decisions, ${data?.photos} photos in all`,
    )
    const fx = await fixtures(database.db)
    const counts = fx.children.map((c) => c.letters)
    console.log(
      `Children's letterboxes: the ${counts.length} longest histories in turn, ${counts.at(-1)} to ${counts[0]} letters; the birth relative's page: ${fx.relative.letters} letters they may read (${fx.relative.email})`,
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
      staff: await signInStaff(baseUrl, staffEmail),
      'birth relative': await signInByEmail(baseUrl, database.db, fx.relative.email),
    }
    console.log(
      `Signed in as ${staffEmail} (team manager, all 4 local authorities) and ${fx.relative.email} (birth relative)`,
    )

    const targets: Target[] = [
      {
        name: 'baseline: GET /api/support-settings (PK lookup)',
        as: 'staff',
        method: 'GET',
        paths: ['/api/support-settings'],
      },
      {
        name: 'review queue: GET /api/staff/letterbox/review-queue',
        as: 'staff',
        method: 'GET',
        paths: ['/api/staff/letterbox/review-queue'],
      },
      {
        name: 'child: GET /api/staff/letterbox/children/:childId',
        as: 'staff',
        method: 'GET',
        paths: fx.children.map((c) => `/api/staff/letterbox/children/${c.id}`),
      },
      {
        name: 'birth relative: GET /api/letterbox',
        as: 'birth relative',
        method: 'GET',
        paths: ['/api/letterbox'],
      },
    ]
    if (warmupSeconds > 0) {
      for (const as of ['staff', 'birth relative'] as const) {
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
    printTarget(results)
    if (kind === 'postgres') {
      await printPlanCounts(database.db)
      await explainStatements(database, fx)
    }
    return results
  } finally {
    if (portal) await new Promise((resolve) => portal!.close(resolve))
    await database.close()
  }
}

// ---- PostgreSQL --------------------------------------------------------------------------------

// ---- Main --------------------------------------------------------------------------------------

console.log(
  `Letterbox benchmark: ${sizes.agreements.toLocaleString('en-GB')} agreements over ${sizes.years} years, ${sizes.letters.toLocaleString('en-GB')} letters (${sizes.waiting} waiting to be checked), ${sizes.photos.toLocaleString('en-GB')} photos; ${connections} connection${connections === 1 ? '' : 's'}, ${durationSeconds} s per endpoint (warm-up ${warmupSeconds} s), 127.0.0.1, load generator in its own thread`,
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
