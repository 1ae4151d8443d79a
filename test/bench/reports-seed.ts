// Bulk data for the reporting load benchmark (reports.ts) that the other benchmarks' seeds do not
// write: the support line's logged contacts, the steps of each bench request's status history, and
// a programme of groups and training. The requests, letters, assessments and fund applications
// come from the other benchmarks' own seeds (support-requests-seed.ts, letterbox-seed.ts,
// assessments-seed.ts, asf-seed.ts), which reports.ts runs first. Written with set-based SQL, one
// statement a table; every value is drawn from a hash of the row number, so each run writes the
// same data.
import { demoEmail, demoOrganisation, sql, type Db, type SQL } from '@asp/db'
import { rowsOf } from './postgres.ts'
import { benchReferencePrefix } from './support-requests-seed.ts'

/** Summaries of bench contact logs start with this, which the demo's never do. */
export const benchCallPrefix = 'Reports benchmark: '
/** Bench events are marked in their description, which the demo never uses this way. */
export const benchEventMarker = 'Reports benchmark event'

export interface ReportsBulkSizes {
  /** Logged contacts that made no request (advice, wrong numbers), over `years`. */
  calls: number
  /** How far back the calls go, as the support requests do. */
  years: number
  /** Group events over three years (two past, one to come), as the groups benchmark has. */
  events: number
  bookings: number
}

/** A uniform draw in [0, 1) for row `g`, one independent stream per `stream`. */
const draw = (stream: number) =>
  sql`((hashint4extended(g, ${stream}::int8) & 2147483647)::float8 / 2147483648.0)`

/** A text[] built from bound parameters (never from SQL strings). */
const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`

/** One item of `values`, chosen by the draw of `stream`. */
const pickText = (values: readonly string[], stream: number) =>
  sql`(${textArray(values)})[1 + floor(${draw(stream)} * ${values.length})::int]`

const callSummaries = [
  'Asked about the groups programme',
  'Asked how to apply to the Adoption Support Fund',
  'Caller wanted another council service',
  'Asked for the letterbox team’s address',
  'School asked what support the agency offers',
  'Asked when the next training course runs',
]

const eventKinds = [
  ['stay_and_play', 'Stay and play coffee morning', 'in_person'],
  ['young_peoples_group', 'Young people’s group (12 to 18)', 'in_person'],
  ['childrens_activity', 'Online art club (ages 4 to 14)', 'online'],
  ['parents_wellbeing', 'Parents’ wellbeing group', 'in_person'],
  ['adopter_forum', 'Adopters’ forum', 'online'],
  ['family_and_friends_training', 'Family and friends training', 'in_person'],
  ['therapeutic_parenting_course', 'Therapeutic and sensory parenting', 'in_person'],
  ['fun_day', 'Fun day', 'in_person'],
] as const

async function timed(timings: Record<string, number>, name: string, run: () => Promise<unknown>) {
  const started = performance.now()
  await run()
  timings[name] = performance.now() - started
}

/**
 * The support line's log: a contact for every bench request that came in by phone, email, letter
 * or referral (logged by the duty officer, who made the request from it, so it names the
 * request), and `sizes.calls` contacts that made no request, spread over `sizes.years` years the
 * way the requests are (more of them lately), one in seven with no local authority recorded (a
 * caller who would not say, a wrong number).
 */
export async function seedBulkContactLogs(db: Db, sizes: ReportsBulkSizes) {
  const timings: Record<string, number> = {}
  const days = Math.round(sizes.years * 365.25)
  await timed(timings, 'contacts for requests', () =>
    db.execute(sql`
    insert into contact_logs (organisation_id, local_authority_id, received_at, channel,
      referral_source, classification, family_id, enquirer_name, enquirer_contact,
      support_request_id, summary, logged_by_user_id)
    select r.organisation_id, r.local_authority_id, r.received_at, r.channel,
      case when r.channel = 'referral' then 'school' end,
      case when r.tier = 1 then 'new_request_advice' else 'new_request_action' end,
      r.family_id, r.enquirer_name, r.enquirer_contact, r.id,
      ${benchCallPrefix} || 'request made from the call', r.created_by_user_id
    from support_requests r
    where r.reference like ${`${benchReferencePrefix}%`} and r.channel <> 'portal'
    `),
  )
  await timed(timings, 'contacts without a request', () =>
    db.execute(sql`
    insert into contact_logs (organisation_id, local_authority_id, received_at, channel,
      classification, enquirer_name, enquirer_contact, summary, logged_by_user_id)
    with
      org as (select id from organisations where slug = ${demoOrganisation.slug}),
      la as (
        select id, (row_number() over (order by code) - 1)::int as n
        from local_authorities where organisation_id = (select id from org)
      ),
      rows as (
        select g,
          statement_timestamp()
            - make_interval(secs => (power(g::float8 / ${sizes.calls}, 1.1) * ${days} * 86400
                                     + ${draw(21)} * 86400)) as received_at,
          ${draw(22)} as u_unrecorded, ${draw(26)} as u_la, ${draw(23)} as u_kind,
          ${pickText(['phone', 'phone', 'phone', 'email', 'email', 'letter', 'referral'], 24)} as channel,
          ${pickText(callSummaries, 25)} as summary
        from generate_series(0, ${sizes.calls - 1}::int) as g
      )
    select (select id from org),
      case when r.u_unrecorded >= ${1 / 7}::float8
           then (select id from la where la.n = floor(r.u_la * 4)::int) end,
      r.received_at, r.channel,
      case when r.u_kind < 0.8 then 'seeking_information' else 'wrong_number' end,
      'Caller ' || (r.g + 1), '01632 960 ' || lpad((r.g % 1000)::text, 3, '0'),
      ${benchCallPrefix} || r.summary,
      (select id from users where email = ${demoEmail('duty')})
    from rows r
    `),
  )
  return timings
}

/**
 * The steps of each bench request's status history (migration 0020). The requests are written in
 * one statement with their statuses of today, so the insert trigger gives each one row: today's
 * status, dated when it came in. That alone would time well enough (one row a request), but a real
 * history has a row for each change, and "as at" reads all of them up to the period's end; so each
 * request also gets the rows of its course: new when it came in (written after the trigger's row,
 * at the same instant, so it counts as the later of the two), the outcome of triage at the first
 * reply, and its closing or withdrawal. About three rows a request.
 */
export async function seedBulkStatusHistory(db: Db) {
  const timings: Record<string, number> = {}
  await timed(timings, 'status history', () =>
    db.execute(sql`
    insert into support_request_status_history (support_request_id, organisation_id,
      local_authority_id, queue, family_id, birth_relative_id, status, tier, worker_id, changed_at)
    select r.id, r.organisation_id, r.local_authority_id, r.queue, r.family_id,
      r.birth_relative_id, s.status, s.tier, s.worker_id, s.changed_at
    from support_requests r
    cross join lateral (values
      (1, 'new', null::integer, null::uuid, r.received_at),
      (2, case when r.status not in ('closed', 'withdrawn') then r.status
               when r.tier = 2 then 'duty_support'
               when r.tier = 3 and r.worker_id is null then 'awaiting_allocation'
               when r.tier = 3 then 'allocated' end,
       r.tier, r.worker_id, r.first_responded_at),
      (3, case when r.status in ('closed', 'withdrawn') then r.status end, r.tier, r.worker_id,
       r.closed_at)
    ) as s (step, status, tier, worker_id, changed_at)
    where r.reference like ${`${benchReferencePrefix}%`} and r.status <> 'new'
      and s.status is not null and s.changed_at is not null
    order by s.changed_at, r.id, s.step
    `),
  )
  return timings
}

/**
 * A programme of groups and training as the groups benchmark (group-bookings.ts, which keeps its
 * seed to itself) writes it: `sizes.events` events over three years (two past, one to come)
 * across the agency's areas and every area, their sessions (courses have five, a week apart),
 * `sizes.bookings` bookings spread evenly over them (distinct families for each event; one or two
 * people; about 5% cancelled; booked while places last, then waiting), their attendees, the places
 * booked and attendance at every past session.
 */
export async function seedBulkGroups(db: Db, sizes: ReportsBulkSizes) {
  const timings: Record<string, number> = {}
  const step = (name: string, query: SQL) => timed(timings, name, () => db.execute(query))
  const bench = sql`(select id from group_events where description like ${`${benchEventMarker} %`})`
  const kinds = eventKinds

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
      ${`${benchEventMarker} `} || g,
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
  return timings
}

/** The London instants a financial year runs between, as SQL. */
const yearBounds = (financialYear: number) => ({
  start: sql`(${`${financialYear}-04-01`}::timestamp at time zone 'Europe/London')`,
  end: sql`(${`${financialYear + 1}-04-01`}::timestamp at time zone 'Europe/London')`,
  from: sql`${`${financialYear}-04-01`}::date`,
  to: sql`${`${financialYear + 1}-03-31`}::date`,
})

/** Counts of everything the reports read, in all and in the financial year loaded. */
export async function describeReportsData(db: Db, financialYear: number) {
  const y = yearBounds(financialYear)
  const [data] = rowsOf<Record<string, number>>(
    await db.execute(sql`
    select
      (select count(*)::int from support_requests) as requests,
      (select count(*)::int from support_requests
        where received_at >= ${y.start} and received_at < ${y.end}) as "yearRequests",
      (select count(*)::int from support_requests
        where received_at >= ${y.start} and received_at < ${y.end}
          and queue = 'birth_relative') as "yearBirthRelativeRequests",
      (select count(*)::int from support_request_status_history) as history,
      (select count(*)::int from contact_logs) as contacts,
      (select count(*)::int from contact_logs where support_request_id is null) as "contactsWithoutRequest",
      (select count(*)::int from contact_logs where support_request_id is null
        and received_at >= ${y.start} and received_at < ${y.end}) as "yearContactsWithoutRequest",
      (select count(*)::int from letters) as letters,
      (select count(*)::int from letters
        where released_at >= ${y.start} and released_at < ${y.end}) as "yearLettersReleased",
      (select count(*)::int from letterbox_exchanges) as exchanges,
      (select count(*)::int from needs_assessments) as assessments,
      (select count(*)::int from needs_assessments
        where signed_off_at >= ${y.start} and signed_off_at < ${y.end}) as "yearAssessmentsSignedOff",
      (select count(*)::int from asf_applications) as applications,
      (select count(*)::int from asf_applications
        where submitted_on between ${y.from} and ${y.to}) as "yearApplicationsSent",
      (select count(*)::int from asf_invoices) as invoices,
      (select count(*)::int from group_events) as events,
      (select count(*)::int from group_events
        where starts_at >= ${y.start} and starts_at < ${y.end}) as "yearEvents",
      (select count(*)::int from group_bookings) as bookings,
      (select count(*)::int from families) as families
  `),
  )
  return data!
}

/** What the year's contacts, letters and referrals should come to, counted from the tables. */
export async function expectedYearFigures(db: Db, financialYear: number) {
  const y = yearBounds(financialYear)
  const [row] = rowsOf<{
    contacts: number
    letters: number
    fromFamilies: number
    referrals: number
    applications: number
  }>(
    await db.execute(sql`
    select
      (select count(*)::int from support_requests
        where received_at >= ${y.start} and received_at < ${y.end})
      + (select count(*)::int from contact_logs where support_request_id is null
        and received_at >= ${y.start} and received_at < ${y.end}) as contacts,
      (select count(*)::int from letters
        where released_at >= ${y.start} and released_at < ${y.end}) as letters,
      (select count(*)::int from letters where from_side = 'adoptive_family'
        and released_at >= ${y.start} and released_at < ${y.end}) as "fromFamilies",
      (select count(*)::int from support_requests where queue = 'birth_relative'
        and received_at >= ${y.start} and received_at < ${y.end}) as referrals,
      (select count(*)::int from asf_applications
        where submitted_on between ${y.from} and ${y.to}) as applications
  `),
  )
  return row!
}
