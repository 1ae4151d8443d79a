// Bulk data for the letterbox load benchmark (letterbox.ts): a large agency's eighteen years of
// letterbox contact on top of the demo agency (its organisation, four local authorities and staff):
// families, children and birth relatives of their own, their agreements, the exchanges due under
// them and the letters that answered them, with versions, decisions and photos. Written with
// set-based SQL, one statement a table. Ids are md5 hashes of each row's number and every value is
// drawn from a hash, so each run writes the same data.
import { createHash } from 'node:crypto'
import { demoEmail, demoOrganisation, sql, type Db, type SQL } from '@asp/db'
import { rowsOf } from './postgres.ts'

/** References of bench families: a prefix the demo (CSA-nnnnn) never uses. */
export const benchFamilyPrefix = 'LBX-'

export interface LetterboxBulkSizes {
  agreements: number
  /** Every letter, drafts and those waiting to be checked included. */
  letters: number
  /** Letters sent and waiting to be checked now. */
  waiting: number
  photos: number
  /** How far back the oldest agreements go. */
  years: number
}

/** A 4 × 3 pixel JPEG: every bench photo's file holds these bytes. */
export const benchJpeg = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAADAAQDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AK4AJL//2Q==',
  'base64',
)

/** A uniform draw in [0, 1) for the row keyed by `key`, one independent stream per `stream`. */
const u = (key: SQL, stream: number) =>
  sql`((hashtextextended((${key})::text, ${stream}::int8) & 2147483647)::float8 / 2147483648.0)`

/**
 * A deterministic uuid for a bench row: the md5 of its kind and number, with the version (4) and
 * variant bits set, as the contract's uuid checks expect.
 */
const idOf = (kind: string, key: SQL) =>
  sql`overlay(overlay(md5(${`lbx-${kind}-`} || (${key})::text) placing '4' from 13) placing '8' from 17)::uuid`

/** A text[] built from bound parameters (never from SQL strings). */
const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
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
const relationships = [
  ['Birth mother', 'mother', 'Birth mum, '],
  ['Birth father', 'father', 'Birth dad, '],
  ['Birth grandmother', 'grandparent', 'Nana '],
  ['Birth sibling', 'sibling', 'Birth sibling, '],
  ['Birth aunt', 'other', 'Auntie '],
] as const

const familyLetters = [
  'Dear {to},\n\nWe hope this letter finds you well. It has been a busy few months here, so there is lots to tell you. {child} has settled well into a new class this year and really likes the teacher, and reading has clicked: the bedroom is filling up with books.\n\nWe had a week by the sea in the summer and {child} spent every day rock-pooling. {child} often asks about you, and we talk about you at bedtime.\n\nWe will write again in the spring. Take care of yourself.\n\nWith love from\n{family}',
  'Dear {to},\n\nThank you for your last letter; {child} asked us to read it twice. {child} has started swimming lessons and can now swim a whole length without stopping, and lost a front tooth last month and was very proud of the gap.\n\nChristmas was lovely, and {child} was up at five o’clock to see if Father Christmas had been.\n\nThank you for thinking of {child}. We look forward to hearing from you.\n\nBest wishes from\n{family}',
  'Dear {to},\n\nHere is our news from the last few months. {child} has joined the school choir and sings all the way home. Football has become a big thing too: {child} practises in the garden whenever it is dry.\n\n{child} had a birthday party with a few friends and a very large chocolate cake. Our dog follows {child} everywhere.\n\nWe hope the months ahead are good ones for you.\n\nWarm wishes from\n{family}',
  'Dear {to},\n\nIt has been a year of growing up. {child} has settled into secondary school and knows the way round the big building now, and has been learning the guitar.\n\nWe have had some ups and downs, as every family with a teenager does, but {child} is doing well and has a lovely group of friends.\n\nWith our best wishes, as always.\n\nWith love from\n{family}',
]
const relativeLetters = [
  'Dear {family},\n\nThank you for your letter and for all the news about {child}. I have started a new job in a café and I like the people there. I have been going to a support group and it has really helped me.\n\nI think about {child} every day, and especially on birthdays. Please tell {child} I love them very much.\n\nI look forward to your next letter.\n\nLots of love,\n{from}',
  'Dear {family},\n\nI read your letter lots of times. It means so much to hear how {child} is getting on. I have moved into a new flat and made it nice and cosy, and I passed my driving test on my second try!\n\nIt made me smile to hear about the swimming. I keep all your letters in a box by my bed.\n\nTake care of yourselves.\n\nAll my love,\n{from}',
  'Dear {family},\n\nI hope you are all well. My health is better than it was last year, which I am glad about. I got a little dog called Pepper and she keeps me busy.\n\nI hope {child} has a lovely Christmas. I will be thinking of you all.\n\nThank you for looking after {child} so well.\n\nLove from\n{from}',
]
const paperSummaries = [
  'Letter received by post. News about a new job and a move to a new flat; asks how {child} is getting on at school. Checked by hand; nothing identifying. Posted on.',
  'Birthday card and a short letter received by post. Sends love to {child}. Checked by hand and posted on.',
  'Letter received by post, with a drawing. A phone number was blacked out before it was posted on.',
]

/**
 * Writes `sizes.agreements` agreements started over `sizes.years` years (more of them long ago:
 * a service that has run that long), for children of about 0.8 × as many families, with one or two
 * birth relatives each (three in five with a portal account; the others write on paper); their
 * exchanges to a year from now; `sizes.letters` letters answering the exchanges (the family's more
 * often than the birth relatives'): almost all released, about 2% withheld, 8% returned once
 * first, `sizes.waiting` waiting to be checked, some returned and some drafts now; their versions
 * and decisions; and `sizes.photos` photos with their files. Returns each step's time in ms.
 */
export async function seedBulkLetterbox(db: Db, sizes: LetterboxBulkSizes) {
  const timings: Record<string, number> = {}
  const step = async (name: string, query: SQL) => {
    const started = performance.now()
    await db.execute(query)
    timings[name] = performance.now() - started
  }
  const agreements = sizes.agreements
  const familyCount = Math.round(agreements * 0.8)
  const drafts = Math.round(sizes.waiting / 2)
  const returnedNow = Math.round(sizes.waiting / 4)
  const history = sizes.letters - sizes.waiting - drafts - returnedNow
  const k = sql`k`
  const f = sql`f`
  const org = sql`(select id from organisations where slug = ${demoOrganisation.slug})`
  const familyOfChild = sql`((k - 1) % ${familyCount} + 1)`
  const partiesOf = sql`(case when ${u(k, 2)} < 0.25 then 2 else 1 end)`
  const hasAccount = (key: SQL) => sql`(${u(key, 9)} < 0.6)`
  // The staff who hold each council's cases (the demo's `caseHolder`), and the duty officer.
  const staff = sql`(select
      (select id from users where email = ${demoEmail('worker')}) as worker,
      (select id from users where email = ${demoEmail('worker-wyvern')}) as wyvern,
      (select id from users where email = ${demoEmail('manager')}) as manager,
      (select id from users where email = ${demoEmail('duty')}) as duty)`
  const holder = (laIndex: SQL) =>
    sql`case ${laIndex} when 0 then st.worker when 1 then st.worker when 3 then st.wyvern else st.manager end`

  // Accounts: nine families in ten write in the portal; three birth relatives in five.
  await step(
    'users',
    sql`
    insert into users (id, organisation_id, role, name, email, email_verified, two_factor_enabled,
      second_factor_method, created_at, updated_at)
    select ${idOf('uf', f)}, ${org}, 'adopter'::role,
      ${pickText(firstNames, u(f, 10))} || ' ' || ${pickText(surnames, u(f, 11))},
      'lbx-family-' || f || '@example.invalid', true, true, 'email'::second_factor_method, now(), now()
    from generate_series(1, ${familyCount}) as f
    where ${u(f, 20)} < 0.9
    union all
    select ${idOf('ur', sql`k || '-' || j`)}, ${org}, 'birth_relative'::role,
      ${pickText(firstNames, u(sql`k || '-' || j`, 12))} || ' ' || ${pickText(surnames, u(sql`k || '-' || j`, 13))},
      'lbx-relative-' || k || '-' || j || '@example.invalid', true, true,
      'email'::second_factor_method, now(), now()
    from generate_series(1, ${agreements}) as k
    cross join lateral generate_series(1, ${partiesOf}) as j
    where ${hasAccount(sql`k || '-' || j`)}
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
    join (select id, (row_number() over (order by code) - 1)::int as n from local_authorities
          where organisation_id = ${org}) la
      on la.n = case when ${u(f, 1)} < 0.45 then 0 when ${u(f, 1)} < 0.65 then 1
                     when ${u(f, 1)} < 0.85 then 2 else 3 end
    `,
  )

  await step(
    'parents',
    sql`
    insert into family_parents (id, family_id, user_id, kind, full_name, email)
    select ${idOf('p', sql`f || '-' || i`)}, ${idOf('f', f)},
      case when i = 1 and ${u(f, 20)} < 0.9 then ${idOf('uf', f)} end, 'adopter',
      case when i = 1 and ${u(f, 20)} < 0.9 then u.name
           else ${pickText(firstNames, u(sql`f || '-' || i`, 14))} || ' ' || ${pickText(surnames, u(f, 11))} end,
      case when i = 1 then 'lbx-family-' || f || '@example.invalid' end
    from generate_series(1, ${familyCount}) as f
    cross join lateral generate_series(1, case when ${u(f, 21)} < 0.7 then 2 else 1 end) as i
    left join users u on u.id = ${idOf('uf', f)}
    `,
  )

  // Each agreement has its own child; the agreement started `years_ago` before today, the child
  // was adopted up to a year before that and born up to four years before.
  const yearsAgo = sql`(${sizes.years} * sqrt(${u(k, 3)}) + 0.05)`
  const startsOn = sql`(current_date - (${yearsAgo} * 365.25)::int)`
  await step(
    'children',
    sql`
    insert into children (id, family_id, first_name, last_name, date_of_birth, adoption_order_date)
    select ${idOf('c', k)}, ${idOf('f', familyOfChild)}, ${pickText(firstNames, u(k, 15))},
      ${pickText(surnames, u(familyOfChild, 11))},
      ${startsOn} - (180 + ${u(k, 4)} * 1300)::int, ${startsOn} - (30 + ${u(k, 5)} * 300)::int
    from generate_series(1, ${agreements}) as k
    `,
  )

  const kj = sql`k || '-' || j`
  await step(
    'birth relatives',
    sql`
    insert into birth_relatives (id, organisation_id, local_authority_id, user_id, child_id,
      full_name, relationship, email)
    select ${idOf('r', kj)}, ${org}, fam.local_authority_id,
      case when ${hasAccount(kj)} then ${idOf('ur', kj)} end, ${idOf('c', k)},
      ${pickText(firstNames, u(kj, 12))} || ' ' || ${pickText(surnames, u(kj, 13))},
      ${pickText(
        relationships.map((r) => r[0]),
        u(kj, 16),
      )},
      case when ${hasAccount(kj)} then 'lbx-relative-' || k || '-' || j || '@example.invalid' end
    from generate_series(1, ${agreements}) as k
    cross join lateral generate_series(1, ${partiesOf}) as j
    join families fam on fam.id = ${idOf('f', familyOfChild)}
    `,
  )

  // 70% both ways, 25% from the family, 5% to it; two months a year for 70%, one for the rest.
  // About 1 in 12 ended or paused. Reviews a year after the start, then every three years; 4% due.
  const firstReview = sql`(${startsOn} + interval '1 year')::date`
  const reviewsSince = sql`greatest(0, floor((current_date - ${firstReview}) / (3 * 365.25)))::int`
  // The review that fell due was not held yet.
  const reviewDue = sql`(${u(k, 18)} < 0.04)`
  await step(
    'agreements',
    sql`
    insert into contact_agreements (id, organisation_id, local_authority_id, family_id, child_id,
      direction, exchange_months, photos_allowed, cards_allowed, gifts_allowed, child_exchange_name,
      family_exchange_name, watch_words, reminder_weeks, starts_on, status, status_reason,
      next_review_on, last_reviewed_on, created_by_user_id, created_at, updated_at)
    select ${idOf('a', k)}, ${org}, fam.local_authority_id, fam.id, c.id,
      case when ${u(k, 1)} < 0.7 then 'two_way' when ${u(k, 1)} < 0.95 then 'from_family'
           else 'to_family' end,
      case when ${u(k, 6)} < 0.7 then array[m, (m + 5) % 12 + 1] else array[m] end,
      ${u(k, 7)} < 0.6, ${u(k, 7)} < 0.8, false, c.first_name, c.first_name || '’s mum and dad',
      case when ${u(k, 8)} < 0.5 then array['Oakfield Primary', 'Ardenbury Rangers'] else '{}'::text[] end,
      4, ${startsOn},
      case when ${u(k, 17)} < 0.05 then 'ended' when ${u(k, 17)} < 0.08 then 'paused' else 'active' end,
      case when ${u(k, 17)} < 0.05 then 'The young person asked to stop letters for now.'
           when ${u(k, 17)} < 0.08 then 'Paused at the birth relative’s request.' end,
      case when ${firstReview} > current_date then ${firstReview}
           when ${reviewDue} then (${firstReview} + ${reviewsSince} * interval '3 years')::date
           else (${firstReview} + (${reviewsSince} + 1) * interval '3 years')::date end,
      case when ${firstReview} > current_date or ${reviewDue} and ${reviewsSince} = 0 then null
           when ${reviewDue} then (${firstReview} + (${reviewsSince} - 1) * interval '3 years')::date
           else (${firstReview} + ${reviewsSince} * interval '3 years')::date end,
      ${holder(sql`la.n`)}, ${startsOn}::timestamptz, ${startsOn}::timestamptz
    from generate_series(1, ${agreements}) as k
    cross join lateral (select 1 + floor(${u(k, 22)} * 12)::int as m) months
    join children c on c.id = ${idOf('c', k)}
    join families fam on fam.id = c.family_id
    join (select id, (row_number() over (order by code) - 1)::int as n from local_authorities
          where organisation_id = ${org}) la on la.id = fam.local_authority_id
    cross join ${staff} st
    `,
  )

  await step(
    'parties',
    sql`
    insert into contact_agreement_parties (agreement_id, birth_relative_id, relationship, exchange_name)
    select ${idOf('a', k)}, r.id,
      case r.relationship ${sql.join(
        relationships.map(([name, party]) => sql`when ${name} then ${party}`),
        sql` `,
      )} end,
      case r.relationship ${sql.join(
        relationships.map(([name, , prefix]) => sql`when ${name} then ${prefix}`),
        sql` `,
      )} end || split_part(r.full_name, ' ', 1)
    from generate_series(1, ${agreements}) as k
    cross join lateral generate_series(1, ${partiesOf}) as j
    join birth_relatives r on r.id = ${idOf('r', kj)}
    `,
  )

  // The schedule: each writing side, every due month from the start to a year from now (or from
  // when a stopped agreement stopped: a year before now, here).
  await step(
    'exchanges',
    sql`
    insert into letterbox_exchanges (organisation_id, agreement_id, writer_side, birth_relative_id,
      due_month, created_at)
    select a.organisation_id, a.id, w.side, w.birth_relative_id, m::date,
      greatest(a.created_at, m - interval '12 months')
    from contact_agreements a
    join families fam on fam.id = a.family_id and fam.reference like ${`${benchFamilyPrefix}%`}
    cross join lateral (
      select 'adoptive_family' as side, null::uuid as birth_relative_id
      where a.direction <> 'to_family'
      union all
      select 'birth_relative', p.birth_relative_id from contact_agreement_parties p
      where p.agreement_id = a.id and a.direction <> 'from_family'
    ) w
    cross join lateral generate_series(
      date_trunc('month', a.starts_on::timestamp),
      date_trunc('month', current_date::timestamp)
        + case when a.status = 'active' then interval '12 months' else interval '0 months' end,
      interval '1 month'
    ) m
    where extract(month from m)::int = any(a.exchange_months)
    `,
  )

  // The history: `history` letters, answering past exchanges (the family's more often). A writer
  // without a portal account writes on paper, which staff log.
  const e = sql`e.id`
  await step(
    'letters',
    sql`
    insert into letters (organisation_id, agreement_id, exchange_id, from_side, birth_relative_id,
      author_user_id, channel, status, body, submitted_versions, submitted_at, review_started_at,
      released_body, released_at, released_by_user_id, first_read_at, paper_date, logged_by_user_id,
      created_at, updated_at, version)
    with
      past as (
        select e.*, a.child_exchange_name as child, a.family_exchange_name as family,
          a.family_id, a.local_authority_id,
          ${u(e, 30)} * case when e.writer_side = 'adoptive_family' then 1 else 1.35 end as score
        from letterbox_exchanges e
        join contact_agreements a on a.id = e.agreement_id
        join families fam on fam.id = a.family_id and fam.reference like ${`${benchFamilyPrefix}%`}
        where e.due_month <= date_trunc('month', current_date) - interval '2 months'
      ),
      chosen as (select * from past order by score limit ${history}),
      written as (
        select e.*,
          case when e.writer_side = 'adoptive_family'
               then (select p.user_id from family_parents p where p.family_id = e.family_id
                     and p.user_id is not null limit 1)
               else (select r.user_id from birth_relatives r where r.id = e.birth_relative_id) end
            as author,
          e.due_month + make_interval(days => case when e.writer_side = 'adoptive_family'
                                                   then -20 + floor(${u(e, 31)} * 48)::int
                                                   else 5 + floor(${u(e, 31)} * 40)::int end,
                                      hours => 10 + floor(${u(e, 32)} * 11)::int) as written_at,
          -- Who the family greets, and how a birth relative signs: first names.
          (select split_part(r.full_name, ' ', 1) from contact_agreement_parties pr
           join birth_relatives r on r.id = pr.birth_relative_id
           where pr.agreement_id = e.agreement_id order by r.full_name limit 1) as party,
          (select split_part(r.full_name, ' ', 1) from birth_relatives r
           where r.id = e.birth_relative_id) as writer_name,
          ${u(e, 33)} as u_status, ${u(e, 34)} as u_read, ${u(e, 35)} as u_body
        from chosen e
      ),
      shaped as (
        select w.*,
          case when w.author is null then 'paper' else 'portal' end as channel,
          case when w.author is not null and w.u_status < 0.02 then 'withheld' else 'released' end as status,
          case when w.author is not null and w.u_status >= 0.02 and w.u_status < 0.1 then 2 else 1 end as versions,
          replace(replace(replace(replace(
            case when w.author is null then ${pickText(paperSummaries, sql`w.u_body`)}
                 when w.writer_side = 'adoptive_family' then ${pickText(familyLetters, sql`w.u_body`)}
                 else ${pickText(relativeLetters, sql`w.u_body`)} end,
            '{child}', w.child), '{family}', w.family), '{to}', coalesce(w.party, 'you')),
            '{from}', coalesce(w.writer_name, '')) as text,
          la.n as la_n
        from written w
        join (select id, (row_number() over (order by code) - 1)::int as n from local_authorities
              where organisation_id = ${org}) la on la.id = w.local_authority_id
      ),
      timed as (
        select s.*,
          s.written_at + (s.versions - 1) * interval '4 days' as sent_at,
          s.written_at + (s.versions - 1) * interval '4 days'
            + make_interval(hours => 20 + floor(s.u_read * 50)::int) as decided_at
        from shaped s
      )
    select t.organisation_id, t.agreement_id, t.id, t.writer_side, t.birth_relative_id, t.author,
      t.channel, t.status,
      t.text,
      case when t.channel = 'portal' then t.versions else 0 end,
      case when t.channel = 'portal' then t.sent_at end,
      case when t.channel = 'portal' then t.decided_at - interval '30 minutes' end,
      case when t.status = 'released' then
        case when t.u_body < 0.1 then replace(t.text, 'the teacher', '[removed by the agency]')
             else t.text end end,
      case when t.status = 'released' then
        case when t.channel = 'paper' then t.written_at + interval '2 days' else t.decided_at end end,
      case when t.status = 'released' then
        case when t.channel = 'paper' then st.duty else ${holder(sql`t.la_n`)} end end,
      case when t.channel = 'portal' and t.status = 'released' and t.u_read < 0.8
           then least(now() - interval '1 hour',
                      t.decided_at + make_interval(hours => 2 + floor(t.u_read * 200)::int)) end,
      case when t.channel = 'paper' then t.written_at::date end,
      case when t.channel = 'paper' then st.duty end,
      t.written_at - interval '2 days',
      case when t.channel = 'paper' then t.written_at + interval '2 days'
           else t.decided_at + interval '2 days' end,
      4
    from timed t cross join ${staff} st
    `,
  )

  // Now: letters waiting to be checked (sent over the last two weeks, some opened), some returned
  // for changes, and drafts, from portal writers whose next exchange is due soon.
  await step(
    'letters now',
    sql`
    insert into letters (organisation_id, agreement_id, exchange_id, from_side, birth_relative_id,
      author_user_id, channel, status, body, submitted_versions, submitted_at, review_started_at,
      returned_reason, created_at, updated_at, version)
    with
      soon as (
        select e.*, a.child_exchange_name as child, a.family_exchange_name as family,
          case when e.writer_side = 'adoptive_family'
               then (select p.user_id from family_parents p where p.family_id = a.family_id
                     and p.user_id is not null limit 1)
               else (select r.user_id from birth_relatives r where r.id = e.birth_relative_id) end
            as author,
          (select split_part(r.full_name, ' ', 1) from contact_agreement_parties pr
           join birth_relatives r on r.id = pr.birth_relative_id
           where pr.agreement_id = e.agreement_id order by r.full_name limit 1) as party,
          (select split_part(r.full_name, ' ', 1) from birth_relatives r
           where r.id = e.birth_relative_id) as writer_name
        from letterbox_exchanges e
        join contact_agreements a on a.id = e.agreement_id and a.status = 'active'
        join families fam on fam.id = a.family_id and fam.reference like ${`${benchFamilyPrefix}%`}
        where e.letter_id is null
          and e.due_month between date_trunc('month', current_date) - interval '1 month'
                              and date_trunc('month', current_date) + interval '3 months'
      ),
      ranked as (
        select e.*, row_number() over (order by ${u(e, 40)}) as rn, ${u(e, 41)} as u_time
        from soon e
        where e.author is not null
      )
    select r.organisation_id, r.agreement_id,
      case when r.rn <= ${sizes.waiting + returnedNow} then r.id end,
      r.writer_side, r.birth_relative_id, r.author, 'portal',
      case when r.rn <= ${sizes.waiting} then 'submitted'
           when r.rn <= ${sizes.waiting + returnedNow} then 'returned' else 'draft' end,
      replace(replace(replace(replace(
        case when r.writer_side = 'adoptive_family' then (${textArray(familyLetters)})[1 + r.rn::int % ${familyLetters.length}]
             else (${textArray(relativeLetters)})[1 + r.rn::int % ${relativeLetters.length}] end,
        '{child}', r.child), '{family}', r.family), '{to}', coalesce(r.party, 'you')), '{from}', coalesce(r.writer_name, '')),
      case when r.rn <= ${sizes.waiting + returnedNow} then 1 else 0 end,
      case when r.rn <= ${sizes.waiting} then now() - make_interval(secs => r.u_time * 14 * 86400)
           when r.rn <= ${sizes.waiting + returnedNow} then now() - interval '15 days' end,
      case when r.rn <= ${sizes.waiting} and r.u_time < 0.3 then now() - make_interval(secs => r.u_time * 14 * 86400) + interval '3 hours'
           when r.rn > ${sizes.waiting} and r.rn <= ${sizes.waiting + returnedNow} then now() - interval '13 days' end,
      case when r.rn > ${sizes.waiting} and r.rn <= ${sizes.waiting + returnedNow}
           then 'Please take out the name of the school, then send the letter again.' end,
      now() - interval '20 days',
      now() - make_interval(secs => r.u_time * 14 * 86400),
      2
    from ranked r
    where r.rn <= ${sizes.waiting + returnedNow + drafts}
    `,
  )

  await step(
    'answered',
    sql`
    update letterbox_exchanges e set letter_id = l.id
    from letters l
    where l.exchange_id = e.id and e.letter_id is null
    `,
  )

  // Every text sent for checking: one version, two for letters returned once and sent again.
  await step(
    'versions',
    sql`
    insert into letter_versions (letter_id, number, body, submitted_by_user_id, submitted_at)
    select l.id, v.number, l.body, l.author_user_id,
      l.submitted_at - (l.submitted_versions - v.number) * interval '4 days'
    from letters l
    join contact_agreements a on a.id = l.agreement_id
    join families fam on fam.id = a.family_id and fam.reference like ${`${benchFamilyPrefix}%`}
    cross join lateral generate_series(1, l.submitted_versions) as v(number)
    where l.channel = 'portal' and l.submitted_versions > 0
    `,
  )

  await step(
    'decisions',
    sql`
    insert into letter_decisions (letter_id, version_number, decision, reason, redactions,
      decided_by_user_id, decided_at)
    select l.id, d.version_number, d.decision, d.reason, d.redactions,
      coalesce(l.released_by_user_id, a.created_by_user_id), d.decided_at
    from letters l
    join contact_agreements a on a.id = l.agreement_id
    join families fam on fam.id = a.family_id and fam.reference like ${`${benchFamilyPrefix}%`}
    cross join lateral (values
      (1, 'returned', 'Please take out the name of the school, then send the letter again.',
       '[]'::jsonb,
       case when l.status = 'returned' then l.review_started_at else l.submitted_at - interval '3 days' end,
       l.submitted_versions = 2 or l.status = 'returned'),
      (l.submitted_versions, l.status,
       case when l.status = 'withheld' then 'Asks the child to make contact in secret.' end,
       case when l.released_body like '%[removed by the agency]%'
            then '[{"start": 120, "end": 131, "text": "the teacher"}]'::jsonb else '[]'::jsonb end,
       coalesce(l.released_at, l.updated_at),
       l.status in ('released', 'withheld'))
    ) as d(version_number, decision, reason, redactions, decided_at, made)
    where l.channel = 'portal' and d.made
    `,
  )

  // Photos: two with each of `photos / 2` portal letters from the family under agreements that
  // allow them, the newest first; each its own file of the same bytes.
  const digest = createHash('sha256').update(benchJpeg).digest('hex')
  await step(
    'photos',
    sql`
    with
      chosen as (
        select l.id as letter_id, l.status, l.organisation_id, l.author_user_id,
          coalesce(l.submitted_at, l.created_at) as at,
          row_number() over (order by l.created_at desc, l.id) as rn
        from letters l
        join contact_agreements a on a.id = l.agreement_id and a.photos_allowed
        join families fam on fam.id = a.family_id and fam.reference like ${`${benchFamilyPrefix}%`}
        where l.channel = 'portal' and l.from_side = 'adoptive_family'
      ),
      each_photo as (
        select c.*, i, (c.rn - 1) * 2 + i as n from chosen c cross join generate_series(1, 2) as i
        where c.rn <= ${Math.ceil(sizes.photos / 2)}
      ),
      stored as (
        insert into files (id, organisation_id, uploaded_by_user_id, file_name, content_type,
          size_bytes, sha256, content, created_at)
        select ${idOf('file', sql`n`)}, organisation_id, author_user_id, 'photo-' || n || '.jpg',
          'image/jpeg', ${benchJpeg.length}, ${digest}, ${benchJpeg}, at
        from each_photo where n <= ${sizes.photos}
      )
    insert into letter_photos (letter_id, file_id, status, width, height, created_at)
    select p.letter_id, ${idOf('file', sql`p.n`)},
      case when p.status = 'released' and ${u(sql`p.n`, 50)} < 0.92 then 'approved'
           when p.status in ('released', 'withheld') then 'withheld' else 'pending' end,
      1600, 1200, p.at
    from each_photo p
    where p.n <= ${sizes.photos}
    `,
  )

  // As autovacuum would leave tables loaded long ago: statistics and visibility maps.
  const analysed = performance.now()
  await db.execute(sql`vacuum analyze`)
  timings.vacuum = performance.now() - analysed
  return timings
}

/** Counts of what the bench wrote, to print beside the figures. */
export async function describeBulkLetterbox(db: Db) {
  const bench = sql`(select a.id from contact_agreements a join families f on f.id = a.family_id
                     where f.reference like ${`${benchFamilyPrefix}%`})`
  const result = await db.execute(sql`
    select
      (select count(*)::int from ${bench} b) as agreements,
      (select count(*)::int from letterbox_exchanges where agreement_id in ${bench}) as exchanges,
      (select count(*)::int from letterbox_exchanges where agreement_id in ${bench}
         and letter_id is null and due_month < date_trunc('month', current_date) - interval '1 month') as overdue,
      (select count(*)::int from letters where agreement_id in ${bench}) as letters,
      (select count(*)::int from letters where agreement_id in ${bench} and status = 'released') as released,
      (select count(*)::int from letters where agreement_id in ${bench} and status = 'withheld') as withheld,
      (select count(*)::int from letters where agreement_id in ${bench} and channel = 'paper') as paper,
      (select count(*)::int from letters where status = 'submitted') as waiting,
      (select count(*)::int from letter_versions) as versions,
      (select count(*)::int from letter_decisions) as decisions,
      (select count(*)::int from letter_photos) as photos,
      (select min(starts_on)::text from contact_agreements) as oldest
  `)
  return rowsOf<{
    agreements: number
    exchanges: number
    overdue: number
    letters: number
    released: number
    withheld: number
    paper: number
    waiting: number
    versions: number
    decisions: number
    photos: number
    oldest: string
  }>(result)[0]
}
