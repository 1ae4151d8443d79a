// Bulk data for the Adoption Support Fund figures load benchmark (asf.ts): five financial years of
// a large agency's applications to the fund on top of the demo agency (its organisation, four
// local authorities, staff, families and children, the fund's two rule sets and its eight
// providers): forty more providers, the applications with their therapy lines, every step of
// their history and the invoices paid against them. Written with set-based SQL, one statement a
// table. Ids are md5 hashes of each row's number and every value is drawn from a hash, so each run
// writes the same data, but for which of the demo's children each application is for (the demo
// draws its ids afresh each time).
//
// Each application is for one of the demo's children (the family's council, as the app copies
// it) and one financial year, the years taking equal shares. Past years' applications are
// finished (completed, declined or withdrawn); this year's are in every status. Each step of an
// application is a fortnight after the last, but the end of therapy, which comes two to seven
// months after it began; nothing is dated after today. The rule set is the one in force on the
// year's first day; from April 2025 an application keeps within the fair access limit, before
// it the council pays the part over the limit (match funding). A quarter of the approvals are in
// part (70%). Completed applications are invoiced in full, those in progress in part; the
// application's `invoiced_pence` is the sum of its invoices, spread over its lines.
import { demoEmail, demoOrganisation, sql, type Db, type SQL } from '@asp/db'
import { rowsOf } from './postgres.ts'

/** Registration numbers of bench providers: a prefix the demo's register never uses. */
export const benchProviderPrefix = 'ASFB-'

export interface AsfBulkSizes {
  applications: number
  /** Therapy lines in all: every application has at least one. */
  lines: number
  /** Invoices in all: every application in progress or completed has at least one. */
  invoices: number
  /** Providers added to the demo's register. */
  providers: number
  /** Financial years, the current one the last. */
  years: number
}

/** A uniform draw in [0, 1) for the row keyed by `key`, one independent stream per `stream`. */
const u = (key: SQL, stream: number) =>
  sql`((hashtextextended((${key})::text, ${stream}::int8) & 2147483647)::float8 / 2147483648.0)`

/**
 * A deterministic uuid for a bench row: the md5 of its kind and number, with the version (4) and
 * variant bits set, as the contract's uuid checks expect.
 */
const idOf = (kind: string, key: SQL) =>
  sql`overlay(overlay(md5(${`asfb-${kind}-`} || (${key})::text) placing '4' from 13) placing '8' from 17)::uuid`

/** A text[] built from bound parameters (never from SQL strings). */
const textArray = (values: readonly (string | number)[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${String(v)}`),
    sql`, `,
  )}]::text[]`

/** One item of `values`, chosen by a draw. */
const pickText = (values: readonly string[], draw: SQL) =>
  sql`(${textArray(values)})[1 + floor(${draw} * ${values.length})::int]`

/** A `case` choosing by a draw among shares (summing to 1): the last takes what is left. */
const byShare = (shares: readonly (readonly [string, number])[], draw: SQL) => {
  let limit = 0
  const parts = shares.slice(0, -1).map(([name, share]) => {
    limit += share
    return sql`when ${draw} < ${limit}::float8 then ${name}`
  })
  return sql`case ${sql.join(parts, sql` `)} else ${shares.at(-1)![0]} end`
}

/** Places and kinds of practice the bench providers' names are made of, with their therapies. */
const places = [
  'Ashcombe',
  'Brackenfield',
  'Calder Vale',
  'Dunmore',
  'Elmstead',
  'Foxley',
  'Greywell',
  'Hartland',
  'Ivybridge',
  'Juniper Hill',
]
const practices = [
  ['Family Therapy', ['ddp', 'therapeutic_parenting', 'psychotherapy']],
  ['Theraplay Centre', ['theraplay', 'therapeutic_parenting']],
  ['Creative Therapies', ['creative_therapy', 'theraplay']],
  ['Sensory Clinic', ['sensory_integration', 'specialist_assessment']],
  ['Psychology Practice', ['specialist_assessment', 'psychotherapy', 'ddp']],
  ['NVR and Parenting', ['non_violent_resistance', 'therapeutic_parenting', 'life_story_work']],
] as const
const registrationBodies = ['HCPC', 'UKCP', 'BACP', 'BAPT', 'Theraplay Institute']

const eligibilities = [
  ['adopted_from_care_england', 0.84],
  ['adopted_from_care_wales_scotland', 0.03],
  ['adopted_from_abroad', 0.02],
  ['special_guardianship_from_care', 0.1],
  ['child_arrangements_order_from_care', 0.01],
] as const
const justifications = [
  'The needs assessment found a high level of dysregulation at home and at school, rooted in early trauma. Attachment-focused therapy with the parents alongside is recommended.',
  'The child struggles with sensory overload after school. A sensory integration assessment and a block of therapy will give the family and school strategies that work.',
  'The parents are under strain from violent and controlling behaviour. A course in non-violent resistance will help them respond without escalating.',
  'The child is asking questions about their history that the family find hard to answer. Life story work will help them understand why they were adopted.',
  'Therapy last year helped; the review found the child still needs support to settle at secondary school.',
]
const outcomeTools = ['ac', 'bac', 'gbo', 'sdq', 'tayc_r']

/** Each status's history, as the state machine walks it (the demo's chains). */
const chains: Record<string, readonly string[]> = {
  draft: ['draft'],
  awaiting_approval: ['draft', 'awaiting_approval'],
  ready_to_submit: ['draft', 'awaiting_approval', 'ready_to_submit'],
  submitted: ['draft', 'awaiting_approval', 'ready_to_submit', 'submitted'],
  information_requested: [
    'draft',
    'awaiting_approval',
    'ready_to_submit',
    'submitted',
    'information_requested',
  ],
  approved: ['draft', 'awaiting_approval', 'ready_to_submit', 'submitted', 'approved'],
  declined: ['draft', 'awaiting_approval', 'ready_to_submit', 'submitted', 'declined'],
  in_progress: [
    'draft',
    'awaiting_approval',
    'ready_to_submit',
    'submitted',
    'approved',
    'in_progress',
  ],
  completed: [
    'draft',
    'awaiting_approval',
    'ready_to_submit',
    'submitted',
    'approved',
    'in_progress',
    'completed',
  ],
  withdrawn: ['draft', 'awaiting_approval', 'withdrawn'],
}

/** Past years: finished. */
const pastShares = [
  ['completed', 0.8],
  ['declined', 0.1],
  ['withdrawn', 0.1],
] as const
/** The current year: in every status, most therapy under way. */
const currentShares = [
  ['draft', 0.06],
  ['awaiting_approval', 0.06],
  ['ready_to_submit', 0.05],
  ['submitted', 0.12],
  ['information_requested', 0.05],
  ['approved', 0.12],
  ['in_progress', 0.34],
  ['declined', 0.06],
  ['completed', 0.1],
  ['withdrawn', 0.04],
] as const

const notes: Record<string, string> = {
  withdrawn: 'The family moved out of the area.',
  information_requested: 'The fund asked for the latest outcome scores.',
  declined: 'The fund found the therapy outside its scope.',
}

/** The London calendar date of an instant, 'yyyy-MM-dd'. */
function londonDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant)
}

/** The financial year today is in: the year its April starts in. */
export function currentFinancialYear(now = new Date()) {
  const today = londonDate(now)
  const year = Number(today.slice(0, 4))
  return Number(today.slice(5, 7)) >= 4 ? year : year - 1
}

/**
 * Writes `sizes.providers` providers, then `sizes.applications` applications over the last
 * `sizes.years` financial years with `sizes.lines` lines, every step of their history and
 * `sizes.invoices` invoices (at least one for each application in progress or completed).
 * Returns each step's time in ms.
 */
export async function seedBulkAsf(db: Db, sizes: AsfBulkSizes) {
  const timings: Record<string, number> = {}
  const now = new Date()
  // No instant after this one: a statement's now() moves on between statements.
  const latest = new Date(now.getTime() - 60_000).toISOString()
  const today = sql`${londonDate(now)}::date`
  const currentYear = currentFinancialYear(now)
  const firstYear = currentYear - sizes.years + 1
  const step = async (name: string, query: SQL) => {
    const started = performance.now()
    await db.execute(query)
    timings[name] = performance.now() - started
  }
  /** An instant in working hours on `date`, no later than `latest`. */
  const during = (date: SQL, key: SQL) =>
    sql`least(${latest}::timestamptz, ((${date})::timestamp + make_interval(mins => 540 + floor(${u(
      sql`(${key})::text || '@' || (${date})::text`,
      99,
    )} * 480)::int))::timestamptz)`

  const n = sizes.applications
  const k = sql`k`
  const org = sql`(select id from organisations where slug = ${demoOrganisation.slug})`
  const councils = sql`(select id, (row_number() over (order by code) - 1)::int as n
                        from local_authorities where organisation_id = ${org})`
  const staff = sql`(select
      (select id from users where email = ${demoEmail('worker')}) as worker,
      (select id from users where email = ${demoEmail('worker-wyvern')}) as wyvern,
      (select id from users where email = ${demoEmail('manager')}) as manager,
      (select id from users where email = ${demoEmail('finance')}) as finance)`

  const p = sql`p`
  await step(
    'providers',
    sql`
    insert into asf_providers (organisation_id, name, registration_body, registration_number,
      therapies, session_rate_pence, contact_email, contact_phone, created_at, updated_at)
    select ${org}, x.name, ${pickText(registrationBodies, u(p, 1))},
      ${benchProviderPrefix} || lpad(p::text, 5, '0'), x.therapies,
      5000 + 500 * floor(${u(p, 2)} * 15)::int,
      'referrals@' || regexp_replace(lower(x.name), '[^a-z]+', '-', 'g') || '.invalid',
      '01632 961 ' || lpad(p::text, 3, '0'),
      ${during(sql`current_date - ${Math.round(sizes.years * 365.25)}::int`, p)},
      ${during(sql`current_date - ${Math.round(sizes.years * 365.25)}::int`, p)}
    from generate_series(1, ${sizes.providers}) as p
    cross join lateral (
      select (${textArray(places)})[1 + (p - 1) % ${places.length}] || ' '
          || (${textArray(practices.map(([name]) => name))})[1 + ((p - 1) / ${places.length}) % ${practices.length}]
          || case when p > ${places.length * practices.length}
                  then ' ' || (1 + (p - 1) / ${places.length * practices.length}) else '' end as name,
        case 1 + ((p - 1) / ${places.length}) % ${practices.length}
          ${sql.join(
            practices.map(([, therapies], i) => sql`when ${i + 1} then ${textArray(therapies)}`),
            sql` `,
          )} end as therapies
    ) x
    `,
  )

  // Each application's plan: its child, year, status and history, and how many lines and
  // invoices it has. Both counts come to the sizes asked exactly: each application has one line
  // (each one invoiced, one invoice), and the rest are shared out by whole-number weights.
  const extraLines = Math.max(0, sizes.lines - n)
  const chainOf = (status: SQL) =>
    sql`case ${status} ${sql.join(
      Object.entries(chains).map(([name, chain]) => sql`when ${name} then ${textArray(chain)}`),
      sql` `,
    )} end`
  const planned = sql`(
    with
      kids as (
        select c.id as child_id, c.family_id, f.local_authority_id as la_id, la.n as la_n,
          (row_number() over (order by c.id))::int as i
        from children c
        join families f on f.id = c.family_id
        join ${councils} la on la.id = f.local_authority_id
        where f.organisation_id = ${org} and f.reference like 'CSA-%'
      ),
      drawn as (
        select k, ${firstYear} + (k - 1) % ${sizes.years} as fy,
          1 + floor(${u(k, 1)} * (select count(*) from kids))::int as kid,
          1 + floor(${u(k, 4)} * 7)::int as lw, ${u(k, 3)} as v,
          60 + floor(${u(k, 6)} * 150)::int as therapy,
          ${u(k, 2)} as s
        from generate_series(1, ${n}) as k
      ),
      statused as (
        select d.*, case when d.fy < ${currentYear} then ${byShare(pastShares, sql`d.s`)}
                         else ${byShare(currentShares, sql`d.s`)} end as status,
          make_date(d.fy, 4, 1) as year_start, make_date(d.fy + 1, 3, 31) as year_end
        from drawn d
      ),
      chained as (
        select s.*, ${chainOf(sql`s.status`)} as chain,
          sum(s.lw) over (order by s.k) as lines_upto, sum(s.lw) over () as lines_weight
        from statused s
      ),
      placed as (
        select c.*, cardinality(c.chain) as steps,
          c.year_start + floor(c.v * greatest(0, least(c.year_end, ${today}) - c.year_start
            - 14 * cardinality(c.chain)
            - case when c.status = 'completed' then c.therapy - 14 else 0 end))::int as created_on,
          1 + (${extraLines}::int8 * c.lines_upto) / c.lines_weight
            - (${extraLines}::int8 * (c.lines_upto - c.lw)) / c.lines_weight as lines,
          c.status in ('in_progress', 'completed') as invoiced
        from chained c
      ),
      weighed as (
        select x.*,
          case when x.invoiced then x.lines * (1 + floor(${u(sql`x.k`, 5)} * 3)::int) else 0 end as iw
        from placed x
      ),
      shared as (
        select w.*, sum(w.iw) over (order by w.k) as invoices_upto,
          greatest(1, sum(w.iw) over ()) as invoices_weight,
          greatest(0, ${sizes.invoices} - count(*) filter (where w.invoiced) over ()) as extra_invoices
        from weighed w
      )
    select x.k, x.fy, x.status, x.chain, x.steps, x.created_on, x.therapy, x.lines::int as lines,
      case when x.invoiced then 1 + (x.extra_invoices * x.invoices_upto) / x.invoices_weight
        - (x.extra_invoices * (x.invoices_upto - x.iw)) / x.invoices_weight else 0 end::int as invoices,
      kid.child_id, kid.family_id, kid.la_id,
      case when kid.la_n in (0, 1) then st.worker when kid.la_n = 3 then st.wyvern
           else st.manager end as worker_user_id,
      st.manager as manager_user_id, st.finance as finance_user_id,
      rules.id as rule_set_id, rules.fair_access_limit_pence as fair_limit,
      rules.match_funding_allowed as match_allowed
    from shared x
    join kids kid on kid.i = x.kid
    cross join ${staff} st
    cross join lateral (select r.id, r.fair_access_limit_pence, r.match_funding_allowed
                        from asf_rule_sets r where r.effective_from <= x.year_start
                        order by r.effective_from desc limit 1) rules
  )`
  /** The date of a step (1-based) of a planned application: a fortnight apart, therapy longer. */
  const stepOn = (i: SQL) =>
    sql`least(${today}, p.created_on + 14 * (${i} - 1)
      + case when p.chain[${i}] = 'completed' then p.therapy - 14 else 0 end)`
  const stepOf = (status: string) =>
    sql`case when array_position(p.chain, ${status}) is not null
             then ${stepOn(sql`array_position(p.chain, ${status})`)} end`

  // The lines: a provider from the register and one of its therapies; the sessions drawn, but
  // from April 2025 no more than keeps the application within the fair access limit.
  const plannedLines = sql`(
    with providers as (
      select id, therapies, session_rate_pence as rate, (row_number() over (order by id))::int as i
      from asf_providers where organisation_id = ${org}
    )
    select p.*, j, pr.id as provider_id,
      pr.therapies[1 + floor(${u(sql`p.k || '-' || j`, 41)} * cardinality(pr.therapies))::int]
        as therapy_type,
      least(4 + floor(${u(sql`p.k || '-' || j`, 42)} * 17)::int,
            case when p.match_allowed then 1000
                 else greatest(1, p.fair_limit / p.lines / pr.rate) end) as sessions,
      pr.rate
    from ${planned} p
    cross join lateral generate_series(1, p.lines) as j
    join providers pr
      on pr.i = 1 + floor(${u(sql`p.k || '-' || j`, 40)} * (select count(*) from providers))::int
  )`

  const fromFund = ['approved', 'in_progress', 'completed']
  await step(
    'applications',
    sql`
    insert into asf_applications (id, organisation_id, local_authority_id, family_id, child_id,
      financial_year, rule_set_id, eligibility, justification, assessed_on, due_on, status,
      total_pence, match_funding_pence, requested_pence, approved_pence, invoiced_pence,
      fund_reference, submitted_on, decided_on, worker_user_id, created_at, updated_at, version)
    with
      totals as (select k, sum(sessions * rate)::int as total from ${plannedLines} l group by k),
      money as (
        select p.*, t.total,
          case when p.match_allowed then greatest(0, t.total - p.fair_limit) else 0 end as match
        from ${planned} p join totals t on t.k = p.k
      ),
      approved as (
        select m.*, case when m.status in (${sql.join(
          fromFund.map((s) => sql`${s}`),
          sql`, `,
        )}) then case when ${u(sql`m.k`, 7)} < 0.25
                      then (round((m.total - m.match) * 0.7 / 100) * 100)::int
                      else m.total - m.match end end as approved
        from money m
      )
    select ${idOf('a', sql`p.k`)}, ${org}, p.la_id, p.family_id, p.child_id, p.fy, p.rule_set_id,
      ${byShare(eligibilities, u(sql`p.k`, 8))}, ${pickText(justifications, u(sql`p.k`, 9))},
      p.created_on - 5 - floor(${u(sql`p.k`, 10)} * 20)::int, p.created_on + 18, p.status,
      p.total, p.match, p.total - p.match, p.approved,
      case p.status when 'completed' then p.approved
                    when 'in_progress' then round(p.approved * (0.2 + 0.6 * ${u(sql`p.k`, 11)}))::int
                    else 0 end,
      case when 'submitted' = any(p.chain) then 'ASGSF-' || p.fy || '-' || (200000 + p.k) end,
      ${stepOf('submitted')}, coalesce(${stepOf('approved')}, ${stepOf('declined')}),
      p.worker_user_id, ${during(sql`p.created_on`, sql`p.k`)},
      ${during(stepOn(sql`p.steps`), sql`p.k`)}, p.steps
    from approved p
    `,
  )

  await step(
    'lines',
    sql`
    insert into asf_application_lines (id, application_id, position, therapy_type, provider_id,
      sessions, cost_pence, outcome_tool, baseline_score, end_score, ends_on)
    select ${idOf('l', sql`p.k || '-' || p.j`)}, ${idOf('a', sql`p.k`)}, p.j - 1, p.therapy_type,
      p.provider_id, p.sessions, p.sessions * p.rate,
      ${pickText(outcomeTools, u(sql`p.k || '-' || p.j`, 43))},
      10 + floor(${u(sql`p.k || '-' || p.j`, 44)} * 20)::int,
      case when p.status = 'completed' then 5 + floor(${u(sql`p.k || '-' || p.j`, 45)} * 15)::int end,
      make_date(p.fy + 1, 3, case when ${u(sql`p.k || '-' || p.j`, 46)} < 0.5 then 15 else 31 end)
    from ${plannedLines} p
    `,
  )

  await step(
    'events',
    sql`
    insert into asf_application_events (application_id, status, happened_on, note, by_user_id,
      created_at)
    select ${idOf('a', sql`p.k`)}, p.chain[i], ${stepOn(sql`i`)},
      case p.chain[i] ${sql.join(
        Object.entries(notes).map(([status, note]) => sql`when ${status} then ${note}`),
        sql` `,
      )} end,
      case when p.chain[i] = 'ready_to_submit' then p.manager_user_id else p.worker_user_id end,
      ${during(stepOn(sql`i`), sql`p.k || '-' || i`)}
    from ${planned} p
    cross join lateral generate_series(1, p.steps) as i
    `,
  )

  // The invoices: the application's invoiced amount in `invoices` whole-penny parts, between the
  // start of therapy and its end (or today), each against a line, the lines in turn.
  await step(
    'invoices',
    sql`
    insert into asf_invoices (application_id, line_id, invoice_number, invoiced_on, amount_pence,
      recorded_by_user_id, created_at)
    with invoiced as (
      select p.*, a.id, a.invoiced_pence::int8 as total,
        ${stepOf('in_progress')} as started_on,
        coalesce(${stepOf('completed')}, ${today}) as ended_on
      from ${planned} p
      join asf_applications a on a.id = ${idOf('a', sql`p.k`)}
      where p.invoices > 0
    )
    select p.id, ${idOf('l', sql`p.k || '-' || (1 + ((i - 1) * p.lines) / p.invoices)`)},
      'INV-B' || p.fy || '-' || p.k || '-' || i, d.invoiced_on,
      ((p.total * i) / p.invoices - (p.total * (i - 1)) / p.invoices)::int,
      p.finance_user_id, ${during(sql`d.invoiced_on`, sql`p.k || '-' || i`)}
    from invoiced p
    cross join lateral generate_series(1, p.invoices) as i
    cross join lateral (select p.started_on + ((p.ended_on - p.started_on) * i) / (p.invoices + 1)
                          as invoiced_on) d
    `,
  )

  // As autovacuum would leave tables loaded long ago: statistics and visibility maps.
  const analysed = performance.now()
  await db.execute(sql`vacuum analyze`)
  timings.vacuum = performance.now() - analysed
  return timings
}

/** Counts of what the bench wrote, and of everything with the demo's. */
export async function describeBulkAsf(db: Db, financialYear: number) {
  const result = await db.execute(sql`
    with
      bench_providers as (select id from asf_providers
                          where registration_number like ${`${benchProviderPrefix}%`}),
      apps as (select a.*, la.code from asf_applications a
               join local_authorities la on la.id = a.local_authority_id),
      invoiced as (select application_id, sum(amount_pence)::int8 as sum, count(*) as n
                   from asf_invoices group by application_id)
    select
      (select count(*)::int from bench_providers) as "benchProviders",
      (select count(*)::int from asf_providers) as providers,
      (select count(*)::int from apps) as applications,
      (select count(*)::int from asf_application_lines) as lines,
      (select count(*)::int from asf_application_events) as events,
      (select count(*)::int from asf_invoices) as invoices,
      (select min(financial_year) from apps) as "firstYear",
      (select json_object_agg(financial_year, n) from (select financial_year, count(*)::int as n
         from apps group by financial_year order by financial_year) s) as "byYear",
      (select json_object_agg(status, n) from (select status, count(*)::int as n from apps
         where financial_year < ${financialYear} group by status order by status) s) as "pastByStatus",
      (select json_object_agg(status, n) from (select status, count(*)::int as n from apps
         where financial_year = ${financialYear} group by status order by status) s) as "yearByStatus",
      (select json_object_agg(code, n) from (select code, count(*)::int as n from apps
         where financial_year = ${financialYear} group by code order by code) s) as "yearByCouncil",
      (select count(distinct child_id)::int from apps) as children,
      (select count(*)::int from apps where match_funding_pence > 0) as "matchFunded",
      (select count(*)::int from apps a left join invoiced i on i.application_id = a.id
         where a.invoiced_pence <> coalesce(i.sum, 0)) as "invoicedMismatches",
      (select count(*)::int from apps where invoiced_pence > coalesce(approved_pence, 0)
         or requested_pence <> total_pence - match_funding_pence) as "moneyBreaches",
      (select count(*)::int from apps a where total_pence <> (select coalesce(sum(cost_pence), 0)
         from asf_application_lines l where l.application_id = a.id)) as "totalMismatches",
      (select max(happened_on)::text from asf_application_events) as "lastEvent",
      (select max(invoiced_on)::text from asf_invoices) as "lastInvoice",
      (select count(*)::int from asf_application_lines
         where provider_id in (select id from bench_providers)) as "benchProviderLines"
  `)
  return rowsOf<{
    benchProviders: number
    providers: number
    applications: number
    lines: number
    events: number
    invoices: number
    firstYear: number
    byYear: Record<string, number>
    pastByStatus: Record<string, number>
    yearByStatus: Record<string, number>
    yearByCouncil: Record<string, number>
    children: number
    matchFunded: number
    invoicedMismatches: number
    moneyBreaches: number
    totalMismatches: number
    lastEvent: string
    lastInvoice: string
    benchProviderLines: number
  }>(result)[0]!
}
