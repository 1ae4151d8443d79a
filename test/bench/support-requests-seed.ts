// Bulk data for the support-request load benchmark (support-requests.ts): a large agency's five
// years of requests, their events and messages, written with set-based SQL on top of the demo
// agency (its organisation, four local authorities, 360 families, birth relatives and staff).
// Every value is drawn from a hash of the row number, so each run writes the same data.
import { birthRelativeCategories, closureOutcomes, familyCategories } from '@asp/bff/contract'
import {
  demoEmail,
  demoOrganisation,
  demoRequestDescriptions,
  sql,
  type Db,
  type SQL,
} from '@asp/db'
import { rowsOf } from './postgres.ts'

/** References of bench rows: a prefix the demo (ASR-yyyy-nnnnnn) never uses. */
export const benchReferencePrefix = 'BENCH-'

export interface BulkSizes {
  requests: number
  messages: number
  /** How far back the history goes. */
  years: number
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

const messageBodies = [
  'Thank you for getting in touch. Could we arrange a call this week to talk it through?',
  'Yes please, Tuesday or Wednesday afternoon would suit us best.',
  'I have sent you the details of the next support group; it meets on the first Thursday of the month.',
  'Things have been a little calmer since we last spoke, thank you.',
  'I have spoken to the school and they would like to meet with us both next week.',
  'Could you send me the form for the Adoption Support Fund application?',
  'We have booked the therapist’s first session for the end of the month.',
  'Please call me when you can; it has been a difficult few days.',
]

const channels = [
  'phone',
  'phone',
  'phone',
  'portal',
  'portal',
  'email',
  'email',
  'letter',
  'referral',
]

/**
 * Writes `sizes.requests` support requests spread over `sizes.years` years across the demo
 * families, birth relatives and local authorities (most closed, a few thousand open across the
 * open statuses, allocated ones with the demo workers), each with its `created` event (and
 * `triaged` and `closed` events where they apply), then exactly `sizes.messages` messages, more of
 * them on allocated cases. One statement per table. Returns the time each step took, in ms.
 */
export async function seedBulkSupportRequests(db: Db, sizes: BulkSizes) {
  const timings: Record<string, number> = {}
  const step = async (name: string, query: SQL) => {
    const started = performance.now()
    await db.execute(query)
    timings[name] = performance.now() - started
  }
  const last = sizes.requests - 1
  const days = Math.round(sizes.years * 365.25)

  await step(
    'requests',
    sql`
    insert into support_requests (
      organisation_id, local_authority_id, reference, queue, family_id, birth_relative_id,
      enquirer_name, enquirer_contact, created_by_user_id, channel, categories, child_ids,
      description, urgency, contact_method, status, tier, safeguarding, worker_id, received_at,
      response_due_on, allocation_due_on, first_responded_at, advice_call_at, days_to_advice_call, outcome,
      closed_at, created_at, updated_at
    )
    with
      org as (select id from organisations where slug = ${demoOrganisation.slug}),
      la as (
        select id, (row_number() over (order by code) - 1)::int as n
        from local_authorities where organisation_id = (select id from org)
      ),
      fam as (
        select f.id, f.local_authority_id,
          coalesce((select array_agg(c.id order by c.date_of_birth) from children c
                    where c.family_id = f.id), '{}'::uuid[]) as kids,
          (row_number() over (order by f.reference) - 1)::int as n
        from families f where f.organisation_id = (select id from org)
      ),
      rel as (
        select id, local_authority_id, (row_number() over (order by id) - 1)::int as n
        from birth_relatives where organisation_id = (select id from org)
      ),
      sizes as (select (select count(*) from fam) as families, (select count(*) from rel) as relatives),
      staff as (
        select
          (select id from users where email = ${demoEmail('duty')}) as duty,
          (select id from users where email = ${demoEmail('manager')}) as manager,
          (select id from users where email = ${demoEmail('worker')}) as worker,
          (select id from users where email = ${demoEmail('worker-wyvern')}) as wyvern
      ),
      -- One row per request: g = 0 is the newest. Ages grow a little faster than g, so that recent
      -- years have more requests than early ones, as a growing service has.
      rows as (
        select g,
          statement_timestamp()
            - make_interval(secs => (power(g::float8 / ${sizes.requests}, 1.1) * ${days} * 86400
                                     + ${draw(1)} * 86400)) as received_at,
          ${draw(2)} as u_status, ${draw(3)} as u_open, ${draw(4)} as u_worker,
          ${draw(5)} as u_queue, ${draw(6)} as u_who, ${draw(7)} as u_urgency,
          ${draw(8)} as u_reply, ${draw(9)} as u_close, ${draw(10)} as u_safeguarding,
          ${pickText(channels, 11)} as channel,
          ${pickText(familyCategories, 12)} as family_category,
          ${pickText(birthRelativeCategories, 12)} as relative_category,
          ${pickText(demoRequestDescriptions, 13)} as description,
          ${pickText(closureOutcomes, 14)} as outcome
        from generate_series(0, ${last}::int) as g
      ),
      shaped as (
        select r.*,
          extract(epoch from statement_timestamp() - r.received_at) / 86400 as age_days,
          case when r.u_queue < 0.9 then 'family'
               when r.u_queue < 0.97 then 'birth_relative'
               else 'enquirer' end as who,
          case when r.u_urgency < 0.17 then 'urgent'
               when r.u_urgency < 0.5 then 'soon'
               else 'routine' end as urgency
        from rows r
      ),
      statused as (
        select s.*,
          case
            when s.age_days < 4 then 'new'
            when s.age_days < 90 and s.u_status >= 0.5 or s.age_days >= 90 and s.u_status >= 0.996 then
              case when s.age_days >= 90 then 'allocated'
                   when s.u_open < 0.25 then 'duty_support'
                   when s.u_open < 0.35 then 'advice_call_booked'
                   when s.u_open < 0.5 then 'awaiting_allocation'
                   else 'allocated' end
            when s.u_open < 0.93 then 'closed'
            else 'withdrawn'
          end as status
        from shaped s
      ),
      located as (
        select s.*,
          coalesce(f.local_authority_id, b.local_authority_id, l.id) as local_authority_id,
          f.id as family_id, f.kids, b.id as birth_relative_id,
          coalesce(fl.n, bl.n, l.n) as la_index
        from statused s
        cross join sizes z
        left join fam f on s.who = 'family' and f.n = floor(s.u_who * z.families)::int
        left join rel b on s.who = 'birth_relative' and b.n = floor(s.u_who * z.relatives)::int
        left join la l on s.who = 'enquirer' and l.n = floor(s.u_who * 4)::int
        left join la fl on fl.id = f.local_authority_id
        left join la bl on bl.id = b.local_authority_id
      ),
      due as (
        select l.*,
          (l.received_at at time zone 'Europe/London')::date as received_on,
          (l.received_at at time zone 'Europe/London')::date
            + case l.urgency when 'urgent' then 1 when 'soon' then 5 else 7 end as due_on
        from located l
      )
    select
      (select id from org),
      d.local_authority_id,
      ${benchReferencePrefix} || lpad((d.g + 1)::text, 6, '0'),
      case when d.who = 'birth_relative' then 'birth_relative' else 'family' end,
      d.family_id,
      d.birth_relative_id,
      case when d.who = 'enquirer' then 'Enquirer ' || (d.g + 1) end,
      case when d.who = 'enquirer' then '01632 960 ' || lpad((d.g % 1000)::text, 3, '0') end,
      st.duty,
      d.channel,
      array[case when d.who = 'birth_relative' then d.relative_category else d.family_category end],
      case when d.who = 'family' then d.kids[1:1 + (d.g % 2)] else '{}'::uuid[] end,
      d.description,
      d.urgency,
      case when d.channel = 'portal' then 'portal' else 'phone' end,
      d.status,
      case when d.status = 'new' then null
           when d.status in ('duty_support', 'advice_call_booked') then 2
           when d.status in ('awaiting_allocation', 'allocated') or d.u_worker < 0.3 then 3
           else 1 end,
      d.u_safeguarding < case when d.status in ('duty_support', 'allocated') then 0.03 else 0.01 end,
      case when d.status = 'allocated' or d.status = 'closed' and d.u_worker < 0.3 then
        case d.la_index when 0 then st.worker when 1 then st.worker when 3 then st.wyvern
             else st.manager end
      end,
      d.received_at,
      -- A reply due on a weekend is due on the Monday.
      d.due_on + case extract(isodow from d.due_on) when 6 then 2 when 7 then 1 else 0 end,
      -- A crisis's worker by the next weekday (the agency's standard of one working day).
      d.received_on + case extract(isodow from d.received_on) when 5 then 3 when 6 then 2 else 1 end,
      case when d.status <> 'new' then d.received_at + make_interval(secs => d.u_reply * 2 * 86400) end,
      case when d.status = 'advice_call_booked' then d.received_at + interval '7 days' end,
      case when d.status = 'advice_call_booked' then 5 end,
      case when d.status = 'closed' then d.outcome end,
      case when d.status in ('closed', 'withdrawn') then
        least(statement_timestamp(), d.received_at + make_interval(secs => (5 + d.u_close * 60) * 86400))
      end,
      d.received_at,
      d.received_at
    from due d cross join staff st
    `,
  )

  await step(
    'events',
    sql`
    insert into support_request_events
      (support_request_id, occurred_at, actor_user_id, kind, summary, family_summary)
    select r.id, e.occurred_at, e.actor_user_id, e.kind, e.summary, e.family_summary
    from support_requests r
    cross join lateral (values
      (r.received_at, r.created_by_user_id, 'created',
       case when r.channel = 'portal' then 'Request made in the portal'
            else 'Contact by ' || r.channel || ' logged' end,
       case when r.channel = 'portal' then 'You asked for support' else 'We recorded your call' end),
      (r.first_responded_at, r.created_by_user_id, 'triaged',
       'Triage: ' || case r.tier when 1 then 'Give advice and close' when 2 then 'Short-term duty support'
                                 else 'Allocate for an assessment of need' end,
       'The duty team looked at your request'),
      (r.closed_at, r.created_by_user_id, r.status,
       case when r.status = 'closed' then 'Closed' else 'Withdrawn' end,
       case when r.status = 'closed' then 'Your request was closed' else 'You withdrew your request' end)
    ) as e(occurred_at, actor_user_id, kind, summary, family_summary)
    where r.reference like ${`${benchReferencePrefix}%`} and e.occurred_at is not null
    `,
  )

  // Exactly `messages` messages: each request gets a share by weight (allocated cases talk most),
  // rounded down, and the remainder goes one each to the first requests by reference.
  await step(
    'messages',
    sql`
    insert into support_request_messages (support_request_id, author_user_id, from_side, body, sent_at)
    with
      weighted as (
        select r.id, r.reference, r.received_at, r.worker_id, r.created_by_user_id,
          coalesce(r.closed_at, statement_timestamp()) as until,
          (case when r.worker_id is not null then 8
                when r.status in ('duty_support', 'advice_call_booked', 'awaiting_allocation') then 4
                when r.status = 'new' then 0.5
                else 1 end)
            * (0.5 + (hashtext(r.reference) & 1023) / 1024.0) as weight
        from support_requests r
        where r.reference like ${`${benchReferencePrefix}%`}
      ),
      total as (select sum(weight) as weight from weighted),
      shares as (
        select w.*, floor(w.weight * ${sizes.messages} / t.weight)::int as base,
          row_number() over (order by w.reference) as rn
        from weighted w cross join total t
      ),
      spare as (select ${sizes.messages} - sum(base) as n from shares)
    select s.id,
      case when k % 2 = 1 then coalesce(s.worker_id, s.created_by_user_id) end,
      case when k % 2 = 1 then 'team' else 'family' end,
      (${textArray(messageBodies)})[1 + (hashtext(s.reference || k) & 1023) % ${messageBodies.length}],
      s.received_at + (s.until - s.received_at) * k / (c.n + 1)
    from shares s
    cross join spare p
    cross join lateral (select s.base + case when s.rn <= p.n then 1 else 0 end as n) c
    cross join lateral generate_series(1, c.n) as k
    `,
  )

  // As autovacuum would leave a table loaded long ago: statistics, and the visibility map that lets
  // the queue's count read its index alone.
  const analysed = performance.now()
  await db.execute(sql`vacuum analyze`)
  timings.vacuum = performance.now() - analysed
  return timings
}

/** Counts of what the bench wrote, to print beside the figures. */
export async function describeBulkData(db: Db) {
  const like = `${benchReferencePrefix}%`
  const result = await db.execute(sql`
    select
      (select count(*)::int from support_requests where reference like ${like}) as requests,
      (select count(*)::int from support_requests
        where reference like ${like} and status not in ('closed', 'withdrawn')) as open,
      (select count(*)::int from support_requests
        where reference like ${like} and status = 'allocated') as allocated,
      (select count(*)::int from support_request_events) as events,
      (select count(*)::int from support_request_messages) as messages,
      (select min(received_at)::date::text from support_requests) as oldest
  `)
  return rowsOf<{
    requests: number
    open: number
    allocated: number
    events: number
    messages: number
    oldest: string
  }>(result)[0]
}
