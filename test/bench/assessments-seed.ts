// Bulk data for the needs assessments load benchmark (assessments.ts): five years of a large
// agency's assessments of need on top of the demo agency (its organisation, four local authorities
// and staff): families, children, parents and birth relatives of their own, their assessments with
// sections and every saved version, the support plans made from the decided ones, the plans'
// services and reviews. Written with set-based SQL, one statement a table. Ids are md5 hashes of
// each row's number and every value is drawn from a hash, so each run writes the same data.
//
// Dates follow each assessment's course, drawn as days after it was asked for: started (its start
// standard is 14 calendar days on, 10 working days), sent for sign-off (its target is 56 days after
// the start, 40 working days), signed off, the proposal sent (the family has 28 days, to the next
// weekday), answered or not, decided. Today falls in the stage of its status; weekends count,
// bank holidays do not.
import { assessmentSections } from '@asp/bff/contract'
import { demoEmail, demoOrganisation, sql, type Db, type SQL } from '@asp/db'
import { rowsOf } from './postgres.ts'

/** References of bench families: a prefix the demo (CSA-nnnnn) and letterbox (LBX-) never use. */
export const benchFamilyPrefix = 'NAB-'

export interface AssessmentBulkSizes {
  assessments: number
  plans: number
  reviews: number
  /** How far back the oldest assessments go. */
  years: number
  /** Open assessments in the first two councils held by the demo support worker. */
  caseload: number
}

/** A uniform draw in [0, 1) for the row keyed by `key`, one independent stream per `stream`. */
const u = (key: SQL, stream: number) =>
  sql`((hashtextextended((${key})::text, ${stream}::int8) & 2147483647)::float8 / 2147483648.0)`

/** A whole number of days in [from, from + span), drawn for `key`. */
const days = (key: SQL, stream: number, from: number, span: number) =>
  sql`(${from} + floor(${u(key, stream)} * ${span})::int)`

/**
 * A deterministic uuid for a bench row: the md5 of its kind and number, with the version (4) and
 * variant bits set, as the contract's uuid checks expect.
 */
const idOf = (kind: string, key: SQL) =>
  sql`overlay(overlay(md5(${`nab-${kind}-`} || (${key})::text) placing '4' from 13) placing '8' from 17)::uuid`

/** A text[] built from bound parameters (never from SQL strings). */
const textArray = (values: readonly (string | number)[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${String(v)}`),
    sql`, `,
  )}]::text[]`

/** One item of `values`, chosen by a draw. */
const pickText = (values: readonly string[], draw: SQL) =>
  sql`(${textArray(values)})[1 + floor(${draw} * ${values.length})::int]`

const firstNames = [
  'Amelia',
  'Ben',
  'Chloe',
  'Daniel',
  'Ella',
  'Finley',
  'Grace',
  'Harry',
  'Isla',
  'Jack',
  'Leah',
  'Mason',
  'Nia',
  'Oscar',
  'Poppy',
  'Rhys',
  'Sofia',
  'Theo',
  'Zara',
  'Aisha',
]
const surnames = [
  'Abbott',
  'Bennett',
  'Carter',
  'Dawson',
  'Ellis',
  'Fletcher',
  'Gill',
  'Hughes',
  'Iqbal',
  'Jennings',
  'Khan',
  'Lowe',
  'Mistry',
  'Norris',
  'Osei',
  'Patel',
]
const relationships = ['Birth mother', 'Birth father', 'Birth grandmother', 'Birth sibling']
const familyReasons = [
  'Child-to-parent violence at home is increasing.',
  'Help with school: the child is at risk of exclusion.',
  'Telling the child their adoption story as they ask more questions.',
  'Settling after a move to secondary school.',
  'Developmental trauma: the parents want to learn therapeutic parenting.',
  'Support after contact with a birth sibling became difficult.',
]
const relativeReasons = [
  'Help with writing letterbox letters.',
  'Counselling apart from the child’s worker.',
  'Support after the adoption order was made.',
]
/** Short section texts: the seed writes some 700,000 versions at full size. */
const sectionWords = [
  'Calmer since the summer.',
  'School is working with the family.',
  'Sleep is broken some nights.',
  'Asks about birth family.',
  'Parents feel worn down.',
  'Wants to know more about their story.',
]
const services = [
  ['Therapeutic parenting course', 'The agency', 'Weekly for 8 weeks', 0, 'agency'],
  [
    'Theraplay sessions',
    'Brightpath Therapies',
    'Fortnightly for 6 months',
    240_000,
    'adoption_support_fund',
  ],
  ['DDP', 'Oakfield Family Therapy', 'Weekly for 12 weeks', 300_000, 'adoption_support_fund'],
  ['School liaison', 'Virtual school', 'Termly meeting', 0, 'education'],
  ['Life story work', 'The agency', 'Six sessions', 0, 'agency'],
  ['Adopter peer support group', 'The agency', 'Monthly', 0, 'agency'],
] as const
const reviewTexts = [
  'The course is finished; Theraplay continues.',
  'School liaison moved to termly.',
  'Sessions paused over the summer.',
  'No change: the family want the plan to go on.',
]

/** Open statuses by share of all assessments (4% open in all), then withdrawn; the rest decided. */
const statusShares = [
  ['waiting', 0.008],
  ['in_progress', 0.012],
  ['returned', 0.002],
  ['awaiting_sign_off', 0.006],
  ['signed_off', 0.002],
  ['proposal_sent', 0.006],
  ['response_received', 0.004],
  ['withdrawn', 0.038],
] as const

/**
 * Writes bench workers (three in each council), `0.6 × assessments` families with one or two
 * children and parents each, birth relatives (one for every twentieth assessment, each the
 * subject of it), `sizes.assessments` assessments asked for over `sizes.years` years (4% open
 * now, in every status; `sizes.caseload` of the open ones in the first two councils held by the
 * demo support worker), their children, parents, sections (all twelve once started, one to three
 * saves each) and versions; `sizes.plans` plans of decided assessments with one to three services
 * and about `sizes.reviews` reviews in all (6% of active plans overdue a review, 8% due within
 * four weeks). Returns each step's time in ms.
 */
export async function seedBulkAssessments(db: Db, sizes: AssessmentBulkSizes) {
  const timings: Record<string, number> = {}
  // No instant after this one: a statement's now() moves on between statements.
  const latest = new Date(Date.now() - 60_000).toISOString()
  /**
   * An instant in working hours on `date` (a date), no later than `latest`: the same for the same
   * `key` and date, so that two things recorded on one day of one record keep their order.
   */
  const during = (date: SQL, key: SQL) =>
    sql`least(${latest}::timestamptz, ((${date})::timestamp + make_interval(mins => 540 + floor(${u(
      sql`(${key})::text || '@' || (${date})::text`,
      99,
    )} * 480)::int))::timestamptz)`
  const step = async (name: string, query: SQL) => {
    const started = performance.now()
    await db.execute(query)
    timings[name] = performance.now() - started
  }
  const n = sizes.assessments
  const familyCount = Math.max(1, Math.round(n * 0.6))
  const relativeCount = Math.floor(n / 20)
  const horizon = Math.round(sizes.years * 365.25)
  const k = sql`k`
  const f = sql`f`
  const org = sql`(select id from organisations where slug = ${demoOrganisation.slug})`
  const councils = sql`(select id, (row_number() over (order by code) - 1)::int as n
                        from local_authorities where organisation_id = ${org})`
  const staff = sql`(select
      (select id from users where email = ${demoEmail('worker')}) as worker,
      (select id from users where email = ${demoEmail('manager')}) as manager,
      (select id from users where email = ${demoEmail('duty')}) as duty)`
  /** The bench assessments' ids. */
  const benchIds = sql`(select ${idOf('a', k)} as id from generate_series(1, ${n}) as k)`
  const familyOf = sql`((k - 1) % ${familyCount} + 1)`
  // A family's council, like the demo's: a county and three smaller unitaries.
  const councilOf = (key: SQL, stream: number) =>
    sql`case when ${u(key, stream)} < 0.45 then 0 when ${u(key, stream)} < 0.65 then 1
             when ${u(key, stream)} < 0.85 then 2 else 3 end`

  // Bench support workers: three for each council. They never sign in.
  await step(
    'users',
    sql`
    insert into users (id, organisation_id, role, name, email, email_verified, two_factor_enabled,
      second_factor_method, created_at, updated_at)
    select ${idOf('uw', sql`w`)}, ${org}, 'support_worker'::role,
      (${textArray(firstNames)})[w] || ' ' || (${textArray(surnames)})[w],
      'nab-worker-' || w || '@example.invalid', true, true, 'totp'::second_factor_method, now(), now()
    from generate_series(1, 12) as w
    `,
  )
  await step(
    'staff councils',
    sql`
    insert into staff_local_authorities (user_id, local_authority_id)
    select ${idOf('uw', sql`w`)}, la.id
    from generate_series(1, 12) as w
    join ${councils} la on la.n = (w - 1) / 3
    `,
  )

  await step(
    'families',
    sql`
    insert into families (id, organisation_id, local_authority_id, reference, address_line_1, town,
      postcode, phone)
    select ${idOf('f', f)}, ${org}, la.id, ${benchFamilyPrefix} || lpad(f::text, 6, '0'),
      (1 + f % 120) || ' Mill Lane', 'Ardenbury', 'XX' || (1 + f % 9) || ' 1AB',
      '01632 960 ' || lpad((f % 1000)::text, 3, '0')
    from generate_series(1, ${familyCount}) as f
    join ${councils} la on la.n = ${councilOf(f, 1)}
    `,
  )

  const fi = sql`f || '-' || i`
  await step(
    'parents',
    sql`
    insert into family_parents (id, family_id, kind, full_name)
    select ${idOf('p', fi)}, ${idOf('f', f)}, 'adopter',
      ${pickText(firstNames, u(fi, 3))} || ' ' || ${pickText(surnames, u(f, 4))}
    from generate_series(1, ${familyCount}) as f
    cross join lateral generate_series(1, case when ${u(f, 5)} < 0.7 then 2 else 1 end) as i
    `,
  )

  await step(
    'children',
    sql`
    insert into children (id, family_id, first_name, last_name, date_of_birth, adoption_order_date)
    select ${idOf('c', fi)}, ${idOf('f', f)}, ${pickText(firstNames, u(fi, 6))},
      ${pickText(surnames, u(f, 4))}, b.born, b.born + ${days(fi, 8, 300, 1100)}
    from generate_series(1, ${familyCount}) as f
    cross join lateral generate_series(1, case when ${u(f, 7)} < 0.45 then 2 else 1 end) as i
    cross join lateral (select current_date - ${days(fi, 9, 1500, 4500)} as born) b
    `,
  )

  // A birth relative of the first child of family r, in a council of their own.
  const r = sql`r`
  await step(
    'birth relatives',
    sql`
    insert into birth_relatives (id, organisation_id, local_authority_id, child_id, full_name,
      relationship)
    select ${idOf('r', r)}, ${org}, la.id,
      ${idOf('c', sql`((r - 1) % ${familyCount} + 1) || '-1'`)},
      ${pickText(firstNames, u(r, 10))} || ' ' || ${pickText(surnames, u(r, 11))},
      ${pickText(relationships, u(r, 12))}
    from generate_series(1, ${relativeCount}) as r
    join ${councils} la on la.n = ${councilOf(r, 13)}
    `,
  )

  // Each assessment's course, in days after it was asked for: s to start, then w writing, g to
  // sign off, p to send the proposal, the family's answer r days later (85%; else none), the
  // decision d days after the answer or the end of the 28 days.
  const status = sql`case ${sql.join(
    statusShares.reduce<{ limit: number; parts: SQL[] }>(
      ({ limit, parts }, [name, share]) => ({
        limit: limit + share,
        parts: [...parts, sql`when ${u(k, 20)} < ${limit + share}::float8 then ${name}`],
      }),
      { limit: 0, parts: [] },
    ).parts,
    sql` `,
  )} else 'decided' end`
  const at = (offset: SQL) => during(sql`c.requested_on + ${offset}`, sql`c.k`)
  await step(
    'assessments',
    sql`
    insert into needs_assessments (id, organisation_id, local_authority_id, subject, family_id,
      birth_relative_id, status, reason, worker_user_id, requested_on, start_by, started_on,
      complete_by, manager_comments, submitted_at, signed_off_at, signed_off_by_user_id, proposal,
      proposal_sent_at, response_due_on, response, representations, responded_at, decision,
      decided_at, decided_by_user_id, withdrawn_reason, created_by_user_id, created_at, updated_at,
      version)
    with
      drawn as (
        select k, k % 20 = 0 as br, ${status} as status,
          ${days(k, 21, 2, 24)} as s, ${days(k, 22, 20, 45)} as w, ${days(k, 23, 1, 8)} as g,
          ${days(k, 24, 1, 6)} as p, ${days(k, 25, 3, 24)} as r, ${days(k, 26, 1, 10)} as d,
          ${u(k, 27)} < 0.85 as answers, ${u(k, 28)} as v, ${u(k, 29)} as vw
        from generate_series(1, ${n}) as k
      ),
      course as (
        select x.*, x.s + x.w as t_sub, x.s + x.w + x.g as t_sign, x.s + x.w + x.g + x.p as t_prop,
          x.answers or x.status = 'response_received' as responds,
          case when x.vw < 0.5 then floor(x.vw * 2 * x.s)::int
               else x.s + floor((x.vw - 0.5) * 2 * x.w)::int end as t_wd
        from drawn x
      ),
      timed as (
        select c.*, c.t_prop + c.r as t_resp,
          case when c.responds then c.t_prop + c.r else c.t_prop + 30 end + c.d as t_dec
        from course c
      ),
      aged as (
        select t.*, greatest(0, case t.status
          when 'waiting' then floor(t.v * t.s)::int
          when 'in_progress' then t.s + floor(t.v * t.w)::int
          when 'returned' then t.t_sub + 1 + floor(t.v * 12)::int
          when 'awaiting_sign_off' then t.t_sub + floor(t.v * t.g)::int
          when 'signed_off' then t.t_sign + floor(t.v * t.p)::int
          when 'proposal_sent' then t.t_prop + floor(t.v * case when t.responds then t.r
                                                              else 30 + t.d end)::int
          when 'response_received' then t.t_resp + floor(t.v * t.d)::int
          when 'decided' then t.t_dec + floor(t.v * greatest(0, ${horizon} - t.t_dec))::int
          else t.t_wd + 1 + floor(t.v * greatest(0, ${horizon} - t.t_wd - 1))::int end) as age
        from timed t
      ),
      placed as (
        select a.*, current_date - a.age as requested_on,
          coalesce(fam.local_authority_id, rel.local_authority_id) as la_id, la.n as la_n,
          fam.id as family_id, rel.id as birth_relative_id,
          a.status not in ('waiting', 'withdrawn') or a.status = 'withdrawn' and a.t_wd >= a.s as started,
          a.status in ('awaiting_sign_off', 'returned', 'signed_off', 'proposal_sent',
                       'response_received', 'decided') as submitted,
          a.status in ('signed_off', 'proposal_sent', 'response_received', 'decided') as signed,
          a.status in ('proposal_sent', 'response_received', 'decided') as proposed,
          a.status in ('response_received', 'decided') and a.responds as responded
        from aged a
        left join families fam on not a.br and fam.id = ${idOf('f', familyOf)}
        left join birth_relatives rel on a.br and rel.id = ${idOf('r', sql`k / 20`)}
        join ${councils} la on la.id = coalesce(fam.local_authority_id, rel.local_authority_id)
      ),
      allocated as (
        select p.*,
          p.status not in ('decided', 'withdrawn') and p.la_n < 2 as caseload,
          row_number() over (
            partition by p.status not in ('decided', 'withdrawn') and p.la_n < 2
            order by ${u(sql`p.k`, 30)}) as rank
        from placed p
      )
    select ${idOf('a', sql`c.k`)}, ${org}, c.la_id,
      case when c.br then 'birth_relative' else 'adoptive_family' end, c.family_id,
      c.birth_relative_id, c.status,
      case when c.br then ${pickText(relativeReasons, u(sql`c.k`, 31))}
           else ${pickText(familyReasons, u(sql`c.k`, 31))} end,
      case when c.caseload and c.rank <= ${sizes.caseload} then st.worker
           when c.status = 'waiting' and ${u(sql`c.k`, 32)} < 0.5 then null
           else ${idOf('uw', sql`c.la_n * 3 + 1 + floor(${u(sql`c.k`, 33)} * 3)::int`)} end,
      c.requested_on, c.requested_on + 14,
      case when c.started then c.requested_on + c.s end,
      case when c.started then c.requested_on + c.s + 56 end,
      case when c.status = 'returned' then 'Say more about school.' end,
      case when c.submitted then ${at(sql`c.t_sub`)} end,
      case when c.signed then ${at(sql`c.t_sign`)} end,
      case when c.signed then st.manager end,
      case when c.proposed then 'Therapeutic parenting course, and Theraplay through the fund.' end,
      case when c.proposed then ${at(sql`c.t_prop`)} end,
      case when c.proposed then (select case extract(isodow from due)::int when 6 then due + 2
                                            when 7 then due + 1 else due end
                                 from (select c.requested_on + c.t_prop + 28 as due) d) end,
      case when c.responded then
        case when ${u(sql`c.k`, 37)} < 0.3 then 'representations' else 'agreed' end end,
      case when c.responded and ${u(sql`c.k`, 37)} < 0.3 then 'Please start before the summer.' end,
      case when c.responded then ${at(sql`c.t_resp`)} end,
      case when c.status = 'decided' then 'We will provide the services we proposed.' end,
      case when c.status = 'decided' then ${at(sql`c.t_dec`)} end,
      case when c.status = 'decided' then st.manager end,
      case when c.status = 'withdrawn' then 'The family asked us to stop: things settled.' end,
      st.duty, ${at(sql`0`)},
      ${at(
        sql`case c.status when 'waiting' then 0 when 'in_progress' then c.s
              when 'returned' then c.t_sub + 1 when 'awaiting_sign_off' then c.t_sub
              when 'signed_off' then c.t_sign when 'proposal_sent' then c.t_prop
              when 'response_received' then c.t_resp when 'decided' then c.t_dec
              else c.t_wd end`,
      )},
      case c.status when 'waiting' then 1 when 'in_progress' then 2 when 'withdrawn' then 2
                    when 'awaiting_sign_off' then 3 when 'returned' then 4
                    when 'signed_off' then 4 when 'proposal_sent' then 5 else 6 end
    from allocated c cross join ${staff} st
    `,
  )

  const bench = sql`(select a.* from needs_assessments a where a.id in ${benchIds})`
  await step(
    'assessment children',
    sql`
    insert into assessment_children (assessment_id, child_id)
    select a.id, c.id from ${bench} a join children c on c.family_id = a.family_id
    `,
  )
  await step(
    'assessment parents',
    sql`
    insert into assessment_parents (assessment_id, parent_id)
    select a.id, p.id from ${bench} a join family_parents p on p.family_id = a.family_id
    `,
  )

  // Every section of a started assessment, saved one to three times between the start and when
  // it was sent for sign-off (or withdrawn, or today); finished once sent for sign-off.
  const sectionKey = sql`a.id::text || s.section`
  const sectioned = sql`(
    select a.id as assessment_id, s.section, s.idx::int as idx,
      coalesce(a.worker_user_id, st.manager) as by_user, a.started_on,
      case a.status when 'in_progress' then s.idx <= floor(${u(sql`a.id`, 50)} * 12)
                    when 'returned' then s.section <> 'analysis'
                    when 'withdrawn' then s.idx <= 3 else true end as finished,
      ${days(sectionKey, 51, 1, 3)} as saves,
      greatest(1, case when a.submitted_at is not null then a.submitted_at::date
                       when a.status = 'withdrawn' then a.updated_at::date
                       else current_date end - a.started_on) as span,
      ${pickText(sectionWords, u(sectionKey, 52))} as words
    from ${bench} a
    cross join unnest(${textArray(assessmentSections)}) with ordinality as s(section, idx)
    cross join ${staff} st
    where a.started_on is not null)`
  const savedAt = (number: SQL) =>
    sql`least(${latest}::timestamptz, x.started_on::timestamp + interval '9 hours'
      + make_interval(secs => x.span * 86400.0 * ((x.idx - 1) + ${number}::float8 / (x.saves + 1)) / 12))`
  const textOf = (number: SQL) =>
    sql`x.words || case when ${number} > 1 then ' Updated, save ' || ${number} || '.' else '' end`
  await step(
    'sections',
    sql`
    insert into assessment_sections (assessment_id, section, content, finished, updated_by_user_id,
      updated_at, version)
    select x.assessment_id, x.section, ${textOf(sql`x.saves`)}, x.finished, x.by_user,
      ${savedAt(sql`x.saves`)}, x.saves
    from ${sectioned} x
    `,
  )
  await step(
    'section versions',
    sql`
    insert into assessment_section_versions (assessment_id, section, number, content, finished,
      changed_by_user_id, changed_at)
    select x.assessment_id, x.section, v, ${textOf(sql`v`)}, x.finished and v = x.saves, x.by_user,
      ${savedAt(sql`v`)}
    from ${sectioned} x
    cross join lateral generate_series(1, x.saves) as v
    `,
  )

  // Plans of `sizes.plans` decided assessments: made days after the decision, shared days later
  // (drafts among those of the last month), closed after eight months to three years. A plan
  // lived L days (shared to closed, or to today) and has m reviews, evenly spaced, m drawn so that
  // the reviews come to about `sizes.reviews` in all; its next review is one spacing after the
  // last, today + a few weeks, or, for some, weeks ago (overdue).
  const liveDays = (shared: SQL, closed: SQL) =>
    sql`(coalesce(${closed}, current_date) - ${shared})`
  const reviewCount = (key: SQL, live: SQL, total: SQL) =>
    sql`floor(${sizes.reviews}::float8 * ${live} / greatest(1, ${total}) + ${u(key, 60)})::int`
  await step(
    'plans',
    sql`
    insert into support_plans (id, organisation_id, local_authority_id, assessment_id, subject,
      family_id, birth_relative_id, status, named_worker_user_id, next_review_on, shared_at,
      outcome, closed_at, created_by_user_id, created_at, updated_at, version)
    with
      chosen as (
        select a.*, a.decided_at::date as decided_on
        from ${bench} a
        where a.status = 'decided'
        order by ${u(sql`a.id`, 61)}
        limit ${sizes.plans}
      ),
      made as (
        select c.*, least(current_date, c.decided_on + ${days(sql`c.id`, 62, 1, 10)}) as created_on
        from chosen c
      ),
      shared as (
        select m.*,
          case when current_date - m.created_on < 30 and ${u(sql`m.id`, 63)} < 0.6 then null
               else least(current_date, m.created_on + ${days(sql`m.id`, 64, 1, 10)}) end as shared_on,
          ${days(sql`m.id`, 65, 240, 900)} as lasts
        from made m
      ),
      closing as (
        select s.*, case when s.shared_on + s.lasts < current_date then s.shared_on + s.lasts end
          as closed_on
        from shared s
      ),
      lived as (
        select c.*, coalesce(${liveDays(sql`c.shared_on`, sql`c.closed_on`)}, 0) as live
        from closing c
      ),
      counted as (
        select l.*, ${reviewCount(sql`l.id`, sql`l.live`, sql`sum(l.live) over ()`)} as reviews,
          ${days(sql`l.id`, 66, 1, 40)} as ago, ${days(sql`l.id`, 67, 1, 27)} as ahead,
          ${u(sql`l.id`, 68)} as due
        from lived l
      ),
      spaced as (
        select c.*,
          case when c.shared_on is null or c.closed_on is not null then null
               when c.due < 0.06 and c.live > c.ago + 10 then c.live - c.ago
               when c.due < 0.14 and c.reviews * c.ahead <= c.live then c.live + c.ahead
          end as next_in
        from counted c
      )
    select ${idOf('plan', sql`s.id`)}, s.organisation_id, s.local_authority_id, s.id, s.subject,
      s.family_id, s.birth_relative_id,
      case when s.shared_on is null then 'draft' when s.closed_on is not null then 'closed'
           else 'active' end,
      coalesce(s.worker_user_id, s.decided_by_user_id),
      case when s.shared_on is null then s.created_on + 90
           when s.next_in is not null then s.shared_on + s.next_in
           else s.shared_on + round((s.reviews + 1) * s.live::float8 / (s.reviews + 0.5::float8))::int end,
      case when s.shared_on is not null then ${during(sql`s.shared_on`, sql`s.id`)} end,
      case when s.closed_on is not null then 'The services were delivered; the family asked to close the plan.' end,
      case when s.closed_on is not null then ${during(sql`s.closed_on`, sql`s.id`)} end,
      coalesce(s.worker_user_id, s.decided_by_user_id),
      ${during(sql`s.created_on`, sql`s.id`)},
      ${during(sql`coalesce(s.closed_on, s.shared_on, s.created_on)`, sql`s.id`)},
      case when s.shared_on is null then 1 when s.closed_on is null then 2 else 3 end
    from spaced s
    `,
  )

  const benchPlans = sql`(select p.* from support_plans p where p.assessment_id in ${benchIds})`
  await step(
    'plan services',
    sql`
    insert into plan_services (plan_id, description, provider, frequency, starts_on, ends_on,
      cost_pence, funding_source, position)
    select p.id, (${textArray(services.map((s) => s[0]))})[t],
      (${textArray(services.map((s) => s[1]))})[t], (${textArray(services.map((s) => s[2]))})[t],
      p.created_at::date + 14,
      case when ${u(sql`p.id::text || i`, 80)} < 0.7 then p.created_at::date + 194 end,
      (${textArray(services.map((s) => s[3]))})[t]::int, (${textArray(services.map((s) => s[4]))})[t],
      i - 1
    from ${benchPlans} p
    cross join lateral generate_series(1, ${days(sql`p.id`, 81, 1, 3)}) as i
    cross join lateral (select 1 + (floor(${u(sql`p.id`, 82)} * ${services.length})::int + i)
                               % ${services.length} as t) pick
    `,
  )

  // The reviews: the same count per plan as the plan's next review was spaced by, recomputed
  // from the plan's dates, between its sharing and its next review.
  await step(
    'plan reviews',
    sql`
    insert into plan_reviews (plan_id, reviewed_on, what_changed, next_review_on,
      reviewed_by_user_id, created_at)
    with
      lived as (
        select p.id, p.assessment_id, p.named_worker_user_id, p.next_review_on,
          p.shared_at::date as shared_on,
          ${liveDays(sql`p.shared_at::date`, sql`p.closed_at::date`)} as live
        from ${benchPlans} p
        where p.shared_at is not null
      ),
      counted as (
        select l.*, ${reviewCount(sql`l.assessment_id`, sql`l.live`, sql`sum(l.live) over ()`)} as reviews
        from lived l
      )
    select c.id,
      c.shared_on + round(i * (c.next_review_on - c.shared_on)::float8 / (c.reviews + 1))::int,
      ${pickText(reviewTexts, u(sql`c.id::text || i`, 90))},
      c.shared_on + round((i + 1) * (c.next_review_on - c.shared_on)::float8 / (c.reviews + 1))::int,
      c.named_worker_user_id,
      ${during(
        sql`c.shared_on + round(i * (c.next_review_on - c.shared_on)::float8 / (c.reviews + 1))::int`,
        sql`c.id`,
      )}
    from counted c
    cross join lateral generate_series(1, c.reviews) as i
    `,
  )

  // As autovacuum would leave tables loaded long ago: statistics and visibility maps.
  const analysed = performance.now()
  await db.execute(sql`vacuum analyze`)
  timings.vacuum = performance.now() - analysed
  return timings
}

/** Counts of what the bench wrote (and of everything, where the demo adds to it). */
export async function describeBulkAssessments(db: Db) {
  const benchFamilies = sql`(select id from families where reference like ${`${benchFamilyPrefix}%`})`
  const benchIds = sql`(select a.id from needs_assessments a
    where a.family_id in ${benchFamilies}
       or a.birth_relative_id in (select r.id from birth_relatives r join children c on c.id = r.child_id
                                  where c.family_id in ${benchFamilies}))`
  const result = await db.execute(sql`
    with bench as (select a.* from needs_assessments a where a.id in ${benchIds}),
      plans as (select p.* from support_plans p where p.assessment_id in ${benchIds})
    select
      (select count(*)::int from families where reference like ${`${benchFamilyPrefix}%`}) as families,
      (select count(*)::int from children c join families f on f.id = c.family_id
         where f.reference like ${`${benchFamilyPrefix}%`}) as children,
      (select count(*)::int from family_parents p join families f on f.id = p.family_id
         where f.reference like ${`${benchFamilyPrefix}%`}) as parents,
      (select count(*)::int from bench where subject = 'birth_relative') as "relativeAssessments",
      (select count(*)::int from bench) as assessments,
      (select count(*)::int from needs_assessments) as "allAssessments",
      (select json_object_agg(status, n) from (select status, count(*)::int as n from bench
         group by status order by status) s) as "byStatus",
      (select count(*)::int from bench where coalesce(case
         when status = 'waiting' then start_by
         when status in ('in_progress', 'returned', 'awaiting_sign_off') then complete_by
         when status = 'proposal_sent' then response_due_on end < current_date, false)) as late,
      (select min(requested_on)::text from bench) as oldest,
      (select count(*)::int from assessment_children where assessment_id in ${benchIds}) as "childLinks",
      (select count(*)::int from assessment_parents where assessment_id in ${benchIds}) as "parentLinks",
      (select count(*)::int from assessment_sections where assessment_id in ${benchIds}) as sections,
      (select count(*)::int from assessment_section_versions where assessment_id in ${benchIds}) as versions,
      (select count(*)::int from plans) as plans,
      (select json_object_agg(status, n) from (select status, count(*)::int as n from plans
         group by status order by status) s) as "plansByStatus",
      (select count(*)::int from plans where status = 'active' and next_review_on < current_date) as "reviewsOverdue",
      (select count(*)::int from plans where status = 'active' and next_review_on >= current_date
         and next_review_on < current_date + 28) as "reviewsDueSoon",
      (select count(*)::int from plan_services where plan_id in (select id from plans)) as services,
      (select count(*)::int from plan_reviews where plan_id in (select id from plans)) as reviews,
      (select count(*)::int from needs_assessments a join users u on u.id = a.worker_user_id
         where u.email = ${demoEmail('worker')}) as "workerAll",
      (select count(*)::int from needs_assessments a join users u on u.id = a.worker_user_id
         where u.email = ${demoEmail('worker')} and a.status not in ('decided', 'withdrawn')) as "workerOpen"
  `)
  return rowsOf<{
    families: number
    children: number
    parents: number
    relativeAssessments: number
    assessments: number
    allAssessments: number
    byStatus: Record<string, number>
    late: number
    oldest: string
    childLinks: number
    parentLinks: number
    sections: number
    versions: number
    plans: number
    plansByStatus: Record<string, number>
    reviewsOverdue: number
    reviewsDueSoon: number
    services: number
    reviews: number
    workerAll: number
    workerOpen: number
  }>(result)[0]!
}
