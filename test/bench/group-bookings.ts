// Groups and training load benchmark: `npm run bench:groups`. Seeds a large programme on top of the
// demo agency (2,000 events over three years, two past and one to come, with 50,000 bookings, their
// attendees and the attendance at past sessions), serves the BFF in this process and measures:
//   (a) booking contention: BENCH_CONTENDERS families (200), each signed in, book places on one new
//       20-place event at the same moment; every booking takes the event's row lock, so they queue.
//       Bookings per second and latency, repeated BENCH_CONTENTION_RUNS times, each beside a burst of
//       as many primary-key reads at the same moment through the same stack;
//   (b) the events list (GET /api/group-events: the first page, and a page filtered by kind and
//       area) under BENCH_CONNECTIONS connections for BENCH_SECONDS, with autocannon.
// The baseline in both is GET /api/support-settings, which reads one row by primary key behind the
// same session, access and JSON stack and writes no audit event (as in support-requests.ts).
// Runs on PGlite, then on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL if set; else a
// throwaway server from scripts/postgres.mjs; skipped, saying so, where it is not installed). The
// list's load generator runs in its own thread (load.ts); the contention bursts are sent from this
// process's event loop, which the BFF (and, on PGlite, the database) shares.
//
// It asserts nothing but the booking outcome (exactly the places booked, the rest waiting, in
// order): figures vary run to run on shared machines, so compare only within one run.
//
// Settings: BENCH_SECONDS (30), BENCH_CONNECTIONS (20), BENCH_WARMUP_SECONDS (3), BENCH_EVENTS
// (2000), BENCH_BOOKINGS (50000), BENCH_CONTENDERS (200), BENCH_CONTENTION_PLACES (20),
// BENCH_CONTENTION_RUNS (3), BENCH_ENGINES (pglite,postgres).
import { randomUUID } from 'node:crypto'
import type { Server } from 'node:http'
import { cpus, loadavg } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import * as OTPAuth from 'otpauth'
import { createApp, createLogger, listen, seedDemoAccounts } from '@asp/bff'
import { demoEmail, demoPassword, demoTotpSecret } from '@asp/db'
import {
  createDatabase,
  demoOrganisation,
  groupEventSessions,
  groupEvents,
  sql,
  type Database,
  type Db,
} from '@asp/db'
import { load, percentile, type LoadFigures } from './load.ts'
import { postgresServer } from './postgres.ts'

const benchSecret = 'bench-secret-that-is-long-enough-0123456789'
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 30)
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20)
const sizes = {
  events: Number(process.env.BENCH_EVENTS ?? 2000),
  bookings: Number(process.env.BENCH_BOOKINGS ?? 50_000),
}
const contenders = Number(process.env.BENCH_CONTENDERS ?? 200)
const contentionPlaces = Number(process.env.BENCH_CONTENTION_PLACES ?? 20)
const contentionRuns = Number(process.env.BENCH_CONTENTION_RUNS ?? 3)
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim())
const managerEmail = demoEmail('manager')
/** Bench events are marked in their description, which the demo never uses this way. */
const benchMarker = 'Benchmark event'

/** `db.execute` answers rows on PGlite and a pg `QueryResult` on PostgreSQL: the rows either way. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[]
  return (result as { rows: T[] }).rows
}
async function rows<T>(db: Db, query: ReturnType<typeof sql>) {
  return rowsOf<T>(await db.execute(query))
}

// ---- Bulk data ---------------------------------------------------------------------------------

/** A uniform draw in [0, 1) for row `g`, one independent stream per `stream`. */
const draw = (stream: number) =>
  sql`((hashint4extended(g, ${stream}::int8) & 2147483647)::float8 / 2147483648.0)`

const kinds = [
  ['stay_and_play', 'Stay and play coffee morning', 'in_person'],
  ['young_peoples_group', 'Young people’s group (12 to 18)', 'in_person'],
  ['childrens_activity', 'Online art club (ages 4 to 14)', 'online'],
  ['parents_wellbeing', 'Parents’ wellbeing group', 'in_person'],
  ['adopter_forum', 'Adopters’ forum', 'online'],
  ['family_and_friends_training', 'Family and friends training', 'in_person'],
  ['therapeutic_parenting_course', 'Therapeutic and sensory parenting', 'in_person'],
  ['fun_day', 'Fun day', 'in_person'],
] as const
const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`

/**
 * Writes `sizes.events` events over three years (two past, one to come) across the demo agency's
 * areas and every area, their sessions (courses have five, a week apart), `sizes.bookings`
 * bookings spread evenly over them (distinct families per event; one or two people each; about 5%
 * cancelled; booked while places last, then waiting, in order), their attendees, the places booked
 * and attendance at every past session. One statement per table. Returns each step's time in ms.
 */
async function seedBulkGroups(db: Db) {
  const timings: Record<string, number> = {}
  const step = async (name: string, query: ReturnType<typeof sql>) => {
    const started = performance.now()
    await db.execute(query)
    timings[name] = performance.now() - started
  }
  const bench = sql`(select id from group_events where description like ${`${benchMarker} %`})`

  await step(
    'events',
    sql`
    insert into group_events (
      organisation_id, local_authority_id, kind, title, description, audience, min_age, max_age,
      delivery, venue_name, online_link, capacity, status, starts_at, ends_at, published_at,
      cancelled_at, cancel_reason
    )
    with
      org as (select id from organisations where slug = ${demoOrganisation.slug}),
      la as (select array_agg(id order by code) as ids from local_authorities
             where organisation_id = (select id from org)),
      rows as (
        select g, (g % ${kinds.length}) + 1 as k, ${draw(1)} as u_cancel,
          date_trunc('day', statement_timestamp())
            - interval '730 days'
            + make_interval(days => (g * 1095 / ${sizes.events})::int)
            + make_interval(hours => 9 + (g % 9)) as starts_at
        from generate_series(0, ${sizes.events - 1}::int) as g
      )
    select (select id from org),
      case when g % 5 = 0 then null else (select ids from la)[g % 5] end,
      (${textArray(kinds.map((k) => k[0]))})[k],
      (${textArray(kinds.map((k) => k[1]))})[k],
      ${`${benchMarker} `} || g,
      case when k in (1, 2, 3, 8) then array['adopters', 'special_guardians', 'children']
           when k = 6 then array['family_and_friends']
           else array['adopters', 'special_guardians'] end,
      case k when 1 then 0 when 2 then 12 when 3 then 4 when 8 then 0 end,
      case k when 1 then 4 when 2 then 18 when 3 then 14 when 8 then 18 end,
      (${textArray(kinds.map((k) => k[2]))})[k],
      case when (${textArray(kinds.map((k) => k[2]))})[k] = 'in_person' then 'Ardenbury Family Centre' end,
      case when (${textArray(kinds.map((k) => k[2]))})[k] = 'online'
           then 'https://meet.example.invalid/bench/' || g end,
      case when k = 8 then 120 else 16 + (g % 4) * 8 end,
      case when u_cancel < 0.03 then 'cancelled' else 'published' end,
      starts_at,
      starts_at + interval '2 hours' + case when k = 7 then interval '28 days' else interval '0 days' end,
      starts_at - interval '42 days',
      case when u_cancel < 0.03 then starts_at - interval '3 days' end,
      case when u_cancel < 0.03 then 'The venue is not available' end
    from rows
  `,
  )

  await step(
    'sessions',
    sql`
    insert into group_event_sessions (event_id, starts_at, ends_at)
    select e.id, e.starts_at + s * interval '7 days', e.starts_at + s * interval '7 days' + interval '2 hours'
    from group_events e
    cross join lateral generate_series(0, case when e.kind = 'therapeutic_parenting_course' then 4 else 0 end) as s
    where e.id in ${bench}
  `,
  )

  await step(
    'bookings',
    sql`
    insert into group_bookings (
      event_id, family_id, kind, status, places, booked_at, waiting_since, cancelled_at, created_at, updated_at
    )
    with
      ev as (
        select id, capacity, status, starts_at, (row_number() over (order by starts_at, id) - 1)::int as n
        from group_events where id in ${bench}
      ),
      fam as (
        select id, (row_number() over (order by reference) - 1)::int as n
        from families where organisation_id = (select id from organisations where slug = ${demoOrganisation.slug})
      ),
      counts as (select (select count(*) from ev)::int as events, (select count(*) from fam)::int as families),
      rows as (
        select g, g % counts.events as e, g / counts.events as k, counts.families,
          1 + (${draw(2)} < 0.3)::int as places, ${draw(3)} < 0.05 as withdrew
        from generate_series(0, ${sizes.bookings - 1}::int) as g, counts
      ),
      placed as (
        select r.*, ev.id as event_id, ev.capacity, ev.status as event_status, ev.starts_at, fam.id as family_id,
          sum(case when r.withdrew then 0 else r.places end)
            over (partition by r.e order by r.k rows unbounded preceding) as running
        from rows r
        join ev on ev.n = r.e
        -- Distinct families for one event: 13 and the number of families share no factor.
        join fam on fam.n = (r.e * 7 + r.k * 13) % r.families
      )
    select event_id, family_id, 'booking',
      case when event_status = 'cancelled' or withdrew then 'cancelled'
           when running <= capacity then 'booked' else 'waiting' end,
      places,
      case when running <= capacity then starts_at - make_interval(days => 40 - k) end,
      case when running > capacity then starts_at - make_interval(days => 40 - k) end,
      case when event_status = 'cancelled' or withdrew then starts_at - interval '2 days' end,
      starts_at - make_interval(days => 40 - k),
      starts_at - make_interval(days => 40 - k)
    from placed
    order by e, k
  `,
  )

  await step(
    'attendees',
    sql`
    insert into group_booking_attendees (booking_id, family_parent_id, child_id, name)
    select b.id,
      case when s = 1 then p.id end,
      case when s = 2 then c.id end,
      case when s = 2 and c.id is null then 'Sam Guest' end
    from group_bookings b
    cross join lateral generate_series(1, b.places) as s
    left join lateral (select id from family_parents where family_id = b.family_id
                       order by created_at, id limit 1) p on true
    left join lateral (select id from children where family_id = b.family_id
                       order by date_of_birth, id limit 1) c on true
    where b.event_id in ${bench}
  `,
  )

  await step(
    'places booked',
    sql`
    update group_events e set places_booked = x.places
    from (select event_id, sum(places)::int as places from group_bookings
          where status = 'booked' and kind = 'booking' and event_id in ${bench}
          group by event_id) x
    where x.event_id = e.id
  `,
  )

  await step(
    'attendance',
    sql`
    insert into group_attendance (session_id, attendee_id, present, marked_at)
    select s.id, a.id, (hashtext(a.id::text || s.id::text) & 1023) < 870, s.starts_at + interval '15 minutes'
    from group_event_sessions s
    join group_events e on e.id = s.event_id and e.status = 'published'
    join group_bookings b on b.event_id = e.id and b.status = 'booked'
    join group_booking_attendees a on a.booking_id = b.id
    where e.id in ${bench} and s.ends_at < statement_timestamp()
  `,
  )

  const analysed = performance.now()
  await db.execute(sql`analyze`)
  timings.analyze = performance.now() - analysed
  return timings
}

async function describeBulkData(db: Db) {
  const [data] = await rows<{
    events: number
    upcoming: number
    sessions: number
    bookings: number
    waiting: number
    attendees: number
    marks: number
  }>(
    db,
    sql`
    select
      (select count(*)::int from group_events where description like ${`${benchMarker} %`}) as events,
      (select count(*)::int from group_events where description like ${`${benchMarker} %`}
         and starts_at > statement_timestamp() and status = 'published') as upcoming,
      (select count(*)::int from group_event_sessions) as sessions,
      (select count(*)::int from group_bookings) as bookings,
      (select count(*)::int from group_bookings where status = 'waiting') as waiting,
      (select count(*)::int from group_booking_attendees) as attendees,
      (select count(*)::int from group_attendance) as marks
  `,
  )
  return data!
}

/**
 * `count` adoptive parents who can sign in, each in a family of their own (families with no
 * account yet). They share the demo password, and the team manager's authenticator secret, copied
 * as stored (encrypted with the same secret), so that no crypto is needed here; codes are single
 * use per user, so every one of them can use the current code once.
 */
async function ensureBenchAdopters(db: Db, count: number) {
  const existing = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from users where email like 'bench-adopter-%@example.invalid'`,
  )
  if ((existing[0]?.n ?? 0) < count) {
    await db.execute(sql`
      with
        source as (
          select (select c.password from credentials c join users u on u.id = c.user_id
                  where u.email = ${demoEmail('adopter')} limit 1) as password,
                 (select t.secret from two_factors t join users u on u.id = t.user_id
                  where u.email = ${managerEmail} limit 1) as secret,
                 (select t.backup_codes from two_factors t join users u on u.id = t.user_id
                  where u.email = ${managerEmail} limit 1) as backup_codes
        ),
        chosen as (
          select p.id as parent_id, p.full_name, f.organisation_id,
            'bench-adopter-' || (row_number() over (order by f.reference))::text || '@example.invalid' as email
          from families f
          join lateral (select id, full_name from family_parents where family_id = f.id
                        order by created_at, id limit 1) p on true
          where f.organisation_id = (select id from organisations where slug = ${demoOrganisation.slug})
            and not exists (select 1 from family_parents q where q.family_id = f.id and q.user_id is not null)
          order by f.reference
          limit ${count}
        ),
        made as (
          insert into users (organisation_id, role, name, email, email_verified, two_factor_enabled, second_factor_method)
          select organisation_id, 'adopter', full_name, email, true, true, 'totp' from chosen
          returning id, email
        ),
        passwords as (
          insert into credentials (account_id, provider_id, user_id, password)
          select made.id::text, 'credential', made.id, (select password from source) from made
        ),
        factors as (
          insert into two_factors (user_id, secret, backup_codes, verified)
          select made.id, (select secret from source), (select backup_codes from source), true from made
        )
      update family_parents p set user_id = made.id, email = made.email
      from made join chosen on chosen.email = made.email
      where p.id = chosen.parent_id
    `)
  }
  return rows<{ email: string; familyParentId: string }>(
    db,
    sql`
    select u.email, p.id as "familyParentId" from users u join family_parents p on p.user_id = u.id
    where u.email like 'bench-adopter-%@example.invalid'
    order by (substring(u.email from 'bench-adopter-([0-9]+)@'))::int
    limit ${count}
  `,
  )
}

/** A new published event for every area, one session in two weeks, booking open now. */
async function createContentionEvent(db: Db, run: number) {
  const [org] = await rows<{ id: string }>(
    db,
    sql`select id from organisations where slug = ${demoOrganisation.slug}`,
  )
  const startsAt = new Date(Date.now() + 14 * 24 * 3600_000)
  const endsAt = new Date(startsAt.getTime() + 2 * 3600_000)
  const [event] = await db
    .insert(groupEvents)
    .values({
      organisationId: org!.id,
      localAuthorityId: null,
      kind: 'parents_wellbeing',
      title: `Parents’ wellbeing group (contention run ${run})`,
      description: 'Written by the benchmark for the contention run.',
      audience: ['adopters', 'special_guardians'],
      delivery: 'in_person',
      venueName: 'Ardenbury Family Centre',
      capacity: contentionPlaces,
      status: 'published',
      startsAt,
      endsAt,
      publishedAt: new Date(),
    })
    .returning({ id: groupEvents.id })
  await db.insert(groupEventSessions).values({ eventId: event!.id, startsAt, endsAt })
  return event!.id
}

// ---- Sign-in -----------------------------------------------------------------------------------

/** A cookie jar and a fetch that stands at its own address (X-Forwarded-For, one proxy hop). */
class Client {
  private jar = new Map<string, string>()
  constructor(
    readonly baseUrl: string,
    readonly address: string,
  ) {}

  cookie() {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  headers() {
    return {
      'content-type': 'application/json',
      accept: 'application/json',
      origin: this.baseUrl,
      'sec-fetch-site': 'same-origin',
      'x-forwarded-for': this.address,
      cookie: this.cookie(),
    }
  }

  async send(method: 'GET' | 'POST', path: string, body?: object) {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: this.headers(),
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1)
      if (/max-age=0/i.test(cookie) || value === '') this.jar.delete(name)
      else this.jar.set(name, value)
    }
    return { status: res.status, text: await res.text() }
  }

  /** Password, then the authenticator code (made from the team manager's demo secret). */
  async signIn(email: string, totpSecretOf: string) {
    const first = await this.send('POST', '/api/session', { email, password: demoPassword })
    if (first.status !== 200) throw new Error(`Sign-in of ${email}: ${first.status} ${first.text}`)
    const totp = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromUTF8(demoTotpSecret(totpSecretOf)),
      digits: 6,
      period: 30,
    })
    const second = await this.send('POST', '/api/session/second-factor', {
      method: 'totp',
      code: totp.generate(),
    })
    if (second.status !== 200) {
      throw new Error(`Second factor of ${email}: ${second.status} ${second.text}`)
    }
  }
}

/** An address in the benchmarking range (RFC 2544, 198.18.0.0/15) for client `n`. */
const addressOf = (n: number) => `198.18.${Math.floor(n / 250)}.${1 + (n % 250)}`

// ---- Measuring ---------------------------------------------------------------------------------

interface Burst {
  name: string
  perSecond: number
  p50: number
  p95: number
  max: number
  statuses: string
}

/** Sends every request at once; latency of each, and requests per second over the whole burst. */
async function burst(name: string, requests: (() => Promise<{ status: number }>)[]) {
  const times: number[] = []
  const statuses = new Map<number, number>()
  const started = performance.now()
  await Promise.all(
    requests.map(async (send) => {
      const at = performance.now()
      const { status } = await send()
      times.push(performance.now() - at)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  return {
    name,
    perSecond: requests.length / elapsed,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? Number.NaN,
    statuses: [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' '),
  } satisfies Burst
}

interface Target {
  name: string
  path: string
  client: Client
}

interface Figures extends LoadFigures {
  name: string
}

/** Loads one path for `seconds` from the load generator's own thread. */
async function loadTarget(target: Target, seconds: number): Promise<Figures> {
  const figures = await load({
    url: target.client.baseUrl,
    connections,
    seconds,
    headers: target.client.headers(),
    method: 'GET',
    paths: [target.path],
  })
  if (figures.statuses.length > 0) {
    console.log(
      `  ${target.name}: non-2xx answers ${figures.statuses.map(([s, n]) => `${s}×${n}`).join(', ')}`,
    )
  }
  return { ...figures, name: target.name }
}

/** Waits until the app has answered every request it started (autocannon drops connections). */
function trackInFlight(server: Server) {
  let inFlight = 0
  server.on('request', (_req, res) => {
    inFlight += 1
    res.once('close', () => {
      inFlight -= 1
    })
  })
  return async function drained() {
    while (inFlight > 0) await sleep(10)
  }
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-')
const load1 = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`

function portOf(server: Server) {
  const address = server.address()
  return typeof address === 'object' && address ? address.port : 0
}

// ---- One engine --------------------------------------------------------------------------------

interface EngineResult {
  kind: string
  contention: { run: number; baseline: Burst; booking: Burst; outcome: string }[]
  list: Figures[]
}

async function benchEngine(kind: 'pglite' | 'postgres', url?: string): Promise<EngineResult> {
  console.log(`\n=== ${kind === 'pglite' ? 'PGlite (in memory)' : `PostgreSQL ${url}`} ===`)
  const opened = performance.now()
  const database: Database = await createDatabase({ url, seed: 'always' })
  const demo = await seedDemoAccounts(database.db, benchSecret)
  console.log(
    `Demo agency: ${demo === 'already-seeded' ? 'already there' : 'seeded'} in ${((performance.now() - opened) / 1000).toFixed(1)} s`,
  )
  const db = database.db
  let portal: Server | undefined
  try {
    const before = await describeBulkData(db)
    if (before.events > 0) {
      console.log(`Bulk data already there (${before.events} bench events): not seeded again`)
    } else {
      const started = performance.now()
      const timings = await seedBulkGroups(db)
      console.log(
        `Bulk seed: ${((performance.now() - started) / 1000).toFixed(1)} s (${Object.entries(
          timings,
        )
          .map(([step, t]) => `${step} ${(t / 1000).toFixed(1)} s`)
          .join(', ')})`,
      )
    }
    const data = await describeBulkData(db)
    console.log(
      `Data: ${data.events} bench events (${data.upcoming} to come), ${data.sessions} sessions, ${data.bookings} bookings in all (${data.waiting} waiting), ${data.attendees} attendees, ${data.marks} attendance marks`,
    )
    const adopters = await ensureBenchAdopters(db, contenders)
    if (adopters.length < contenders) {
      throw new Error(`Only ${adopters.length} families without an account for ${contenders}`)
    }

    portal = await listen(
      createApp({
        config: {
          env: 'test',
          webDistDir: '',
          // Each client stands at its own address, so per-address throttles count each apart.
          trustProxyHops: 1,
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
    // Idle connections are closed by the client (undici: after 4 s) before the server would close
    // them (Node: 5 s), so a burst never reuses a socket the server is closing (ECONNRESET).
    portal.keepAliveTimeout = 65_000
    portal.headersTimeout = 66_000
    const drained = trackInFlight(portal)
    const baseUrl = `http://127.0.0.1:${portOf(portal)}`
    const manager = new Client(baseUrl, addressOf(contenders + 1))
    await manager.signIn(managerEmail, managerEmail)
    const families = adopters.map((a, n) => ({ ...a, client: new Client(baseUrl, addressOf(n)) }))
    const signInStarted = performance.now()
    for (let i = 0; i < families.length; i += 4) {
      await Promise.all(families.slice(i, i + 4).map((f) => f.client.signIn(f.email, managerEmail)))
    }
    console.log(
      `Signed in: the team manager and ${families.length} adoptive parents (${((performance.now() - signInStarted) / 1000).toFixed(1)} s)`,
    )

    // (a) Contention
    const contention: EngineResult['contention'] = []
    console.log(`Contention: ${load1()}`)
    for (let run = 1; run <= contentionRuns; run += 1) {
      const eventId = await createContentionEvent(db, run)
      const baseline = await burst(
        'baseline: GET /api/support-settings',
        families.map(() => () => manager.send('GET', '/api/support-settings')),
      )
      await drained()
      const booking = await burst(
        'book: POST /api/group-events/:id/bookings',
        families.map(
          (f) => () =>
            f.client.send('POST', `/api/group-events/${eventId}/bookings`, {
              idempotencyKey: randomUUID(),
              attendees: [{ familyParentId: f.familyParentId }],
            }),
        ),
      )
      await drained()
      const [outcome] = await rows<{ booked: number; waiting: number; places: number }>(
        db,
        sql`
        select
          (select count(*)::int from group_bookings where event_id = ${eventId} and status = 'booked') as booked,
          (select count(*)::int from group_bookings where event_id = ${eventId} and status = 'waiting') as waiting,
          (select places_booked from group_events where id = ${eventId}) as places
      `,
      )
      const expected = Math.min(contentionPlaces, families.length)
      const ok =
        outcome!.booked === expected &&
        outcome!.places === expected &&
        outcome!.waiting === families.length - expected
      contention.push({
        run,
        baseline,
        booking,
        outcome: `${outcome!.booked} booked, ${outcome!.waiting} waiting, places_booked ${outcome!.places}${ok ? '' : ' (NOT AS EXPECTED)'}`,
      })
      if (!ok) process.exitCode = 1
    }

    // (b) The events list
    const [la] = await rows<{ id: string; name: string }>(
      db,
      sql`select id, name from local_authorities order by code limit 1`,
    )
    const family = families[0]!.client
    const targets: Target[] = [
      {
        name: 'baseline: GET /api/support-settings (PK lookup)',
        path: '/api/support-settings',
        client: manager,
      },
      {
        name: 'events list: GET /api/group-events (page 1)',
        path: '/api/group-events',
        client: family,
      },
      {
        name: `events list: ?kind=stay_and_play&localAuthorityId=<${la!.name.split(' ')[0]}>`,
        path: `/api/group-events?kind=stay_and_play&localAuthorityId=${la!.id}`,
        client: family,
      },
      {
        name: 'events list: GET /api/group-events?page=2',
        path: '/api/group-events?page=2',
        client: family,
      },
    ]
    for (const target of targets) {
      const probe = await target.client.send('GET', target.path)
      if (probe.status !== 200) throw new Error(`${target.path}: ${probe.status} ${probe.text}`)
    }
    if (warmupSeconds > 0) {
      for (const target of targets)
        await loadTarget(target, Math.max(1, warmupSeconds / targets.length))
      await drained()
    }
    console.log(`Loading: ${load1()}`)
    const list: Figures[] = []
    for (const target of targets) {
      list.push(await loadTarget(target, durationSeconds))
      await drained()
    }
    console.log(`Loaded: ${load1()}`)
    printEngine({ kind, contention, list })
    return { kind, contention, list }
  } finally {
    if (portal) await new Promise((resolve) => portal!.close(resolve))
    await database.close()
  }
}

function printEngine(result: EngineResult) {
  const name = result.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'
  console.log('')
  console.log(
    `${name}, (a) contention: ${contenders} requests at once; the event has ${contentionPlaces} places. Latency in ms.`,
  )
  console.log(
    `${'run'.padEnd(4)} ${'request'.padEnd(42)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)} ${'p95 ×base'.padStart(10)}  answers; outcome`,
  )
  for (const c of result.contention) {
    for (const b of [c.baseline, c.booking]) {
      console.log(
        `${String(c.run).padEnd(4)} ${b.name.padEnd(42)} ${b.perSecond.toFixed(0).padStart(7)} ${ms(b.p50).padStart(7)} ${ms(b.p95).padStart(7)} ${ms(b.max).padStart(7)} ${(b.p95 / c.baseline.p95).toFixed(2).padStart(10)}  ${b.statuses}${b === c.booking ? `; ${c.outcome}` : ''}`,
      )
    }
  }
  const base = result.list[0]!
  console.log('')
  console.log(
    `${name}, (b) events list: ${connections} connections, ${durationSeconds} s each; latency in ms over every 2xx response`,
  )
  console.log(
    `${'endpoint'.padEnd(64)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'non-2xx'.padStart(8)} ${'p95 ×base'.padStart(10)} ${'req/s ×base'.padStart(12)}`,
  )
  for (const r of result.list) {
    console.log(
      `${r.name.padEnd(64)} ${r.requestsPerSecond.toFixed(0).padStart(7)} ${ms(r.p50).padStart(7)} ${ms(r.p95).padStart(7)} ${ms(r.p99).padStart(7)} ${String(r.failures).padStart(8)} ${(r.p95 / base.p95).toFixed(2).padStart(10)} ${(r.requestsPerSecond / base.requestsPerSecond).toFixed(2).padStart(12)}`,
    )
  }
}

// ---- PostgreSQL --------------------------------------------------------------------------------

// ---- Main --------------------------------------------------------------------------------------

console.log(
  `Groups benchmark: ${sizes.events.toLocaleString('en-GB')} events, ${sizes.bookings.toLocaleString('en-GB')} bookings; contention ${contenders} bookings × ${contentionRuns} runs for ${contentionPlaces} places; events list ${connections} connections × ${durationSeconds} s (warm-up ${warmupSeconds} s); 127.0.0.1, load generator in the same process`,
)
const results: EngineResult[] = []
if (engines.includes('pglite')) results.push(await benchEngine('pglite'))
if (engines.includes('postgres')) {
  const server = await postgresServer()
  if (server) {
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
      results.push(await benchEngine('postgres', server.url))
    } finally {
      stop()
    }
  }
}
if (results.length > 1) {
  console.log('\n=== Summary ===')
  for (const result of results) printEngine(result)
}
