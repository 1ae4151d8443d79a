import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import {
  contactLogs,
  referenceCounters,
  supportRequestEvents,
  supportRequestFeedback,
  supportRequestMessages,
  supportRequests,
  supportSettings,
  type NewSupportRequestRow,
} from '../schema/index.ts'
import type { Tx } from '../types.ts'
import type { DemoPeople } from './accounts.ts'
import { insertMany, type WorkingDays } from './builders.ts'
import { caseHolder, pick, sequence, type Random } from './people.ts'

// The words below are the BFF contract's (support-requests.ts), written here as the database
// stores them: the db workspace imports nothing of ours. Lists are in the contract's order, which
// the random picks depend on.

type Urgency = 'urgent' | 'soon' | 'routine'
const openStatuses = [
  'new',
  'duty_support',
  'advice_call_booked',
  'awaiting_allocation',
  'allocated',
] as const
type Status = (typeof openStatuses)[number] | 'closed'
const isOpen = (status: Status) => (openStatuses as readonly Status[]).includes(status)

/**
 * The triage decisions the demo makes: the tier each puts a request in, its name, and the status
 * it leads to (the BFF's status machine).
 */
const decisions = {
  advice_and_close: { tier: 1, name: 'Give advice and close', status: 'closed' },
  offer_group_or_training: { tier: 1, name: 'Offer a group or training', status: 'closed' },
  duty_support: { tier: 2, name: 'Short-term duty support', status: 'duty_support' },
  book_advice_call: {
    tier: 2,
    name: 'Book a support and advice call',
    status: 'advice_call_booked',
  },
  allocate_for_assessment: {
    tier: 3,
    name: 'Allocate for an assessment of need',
    status: 'awaiting_allocation',
  },
} as const satisfies Record<string, { tier: number; name: string; status: Status }>
type Decision = keyof typeof decisions

const crisisCategory = 'crisis_or_child_to_parent_violence'
const familyCategories = [
  'advice',
  'therapeutic_support',
  'education',
  'contact_and_letterbox',
  'groups_and_training',
  'financial',
  crisisCategory,
  'life_story_and_identity',
  'other',
]
const closureOutcomes = [
  'needs_met',
  'advice_given',
  'signposted',
  'referred_on',
  'no_longer_needed',
  'no_response',
]

/** What an agency starts with until it sets its own (the BFF's `defaultSupportSettings`). */
const defaultSettings = {
  dutyDays: [1, 2, 3, 4, 5],
  dutyOpens: '09:30',
  dutyCloses: '16:30',
  responseDays: { urgent: 1, soon: 3, routine: 5 } satisfies Record<Urgency, number>,
  crisisAllocationDays: 1,
  tiers: [
    { level: 1, name: 'Information and advice' },
    { level: 2, name: 'Duty support' },
    { level: 3, name: 'Allocated case' },
  ],
}

/** About 28 contacts a month across the agency (DOMAIN.md §10), for two years. */
const requestCount = 650

const day = 24 * 60 * 60 * 1000
const hour = 60 * 60 * 1000
/** What families write when they ask for support; the benchmark's large agency uses them too. */
export const demoRequestDescriptions = [
  'Our daughter has been refusing to go to school since the summer and we are struggling to cope.',
  'We would like to talk to someone about telling our son more about his adoption story.',
  'Things have become very difficult at home; our son has been lashing out at us.',
  'We received a letter from the birth family and are unsure how to reply.',
  'Could we be considered for therapy through the Adoption Support Fund?',
  'We would like to join a support group for adopters of teenagers.',
  'We need advice about a school place and an education, health and care plan.',
  'Our children are asking questions about their birth siblings.',
  'We are finding the transition to secondary school hard and would like some advice.',
  'We would like to know whether any financial support is available to us.',
]
const urgencies: Urgency[] = ['routine', 'routine', 'routine', 'soon', 'soon', 'urgent']
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

/** A request as the demo describes it; `demoRequests` works out the rest of its row. */
interface DemoRequest extends Omit<
  NewSupportRequestRow,
  'organisationId' | 'reference' | 'tier' | 'responseDueOn' | 'allocationDueOn' | 'urgency'
> {
  receivedAt: Date
  urgency: Urgency
  status: Status
  decision: Decision | null
  /** The conversation so far: who wrote, from which side, and how many days after it came in. */
  messages?: {
    authorUserId: string | null
    fromSide: 'team' | 'family'
    body: string
    days: number
  }[]
}

/**
 * A service's history: two years of requests, most closed, about 90 on duty support or waiting
 * and the rest allocated, so the queue, My work and the team view have something to show. The
 * demo adopter has one allocated with a conversation, the birth relative one on duty support, and
 * a crisis is past the agency's standard for a named worker.
 */
export async function seedSupportRequests(
  tx: Tx,
  people: DemoPeople,
  workingDays: WorkingDays,
  now: Date,
) {
  const { organisationId } = people
  const dutyUserId = people.staffIds.duty
  const random = sequence(20_261_125)
  const requests = drawRequests(random, people, now)
  const adopters = people.families[0]!
  const crisisFamily = people.families[8]!
  const recent = new Date(now.getTime() - 12 * day)
  const crisisAt = new Date(`${workingDays.add(now, -3)}T10:15:00Z`)
  requests.push(
    {
      queue: 'family',
      localAuthorityId: adopters.localAuthorityId,
      familyId: adopters.id,
      createdByUserId: people.adopterUserId,
      channel: 'portal',
      categories: ['therapeutic_support'],
      description:
        'Our son has been having big outbursts after contact visits. We would like to talk about therapeutic parenting support.',
      urgency: 'soon',
      contactMethod: 'portal',
      status: 'allocated',
      decision: 'allocate_for_assessment',
      workerId: caseWorker(people, adopters.localAuthorityId),
      receivedAt: recent,
      firstRespondedAt: new Date(recent.getTime() + day),
      messages: [
        {
          authorUserId: caseWorker(people, adopters.localAuthorityId),
          fromSide: 'team',
          body: 'Thank you for getting in touch. I will be your support worker. Could we arrange a home visit next week?',
          days: 1,
        },
        {
          authorUserId: people.adopterUserId,
          fromSide: 'family',
          body: 'Yes please. Tuesday or Wednesday afternoon would suit us best.',
          days: 2,
        },
      ],
    },
    {
      queue: 'birth_relative',
      localAuthorityId: people.birthRelative.localAuthorityId,
      birthRelativeId: people.birthRelative.id,
      createdByUserId: people.birthRelative.userId,
      channel: 'portal',
      categories: ['help_writing_a_letter'],
      description: 'I would like some help writing my letterbox letter this year.',
      urgency: 'routine',
      contactMethod: 'portal',
      status: 'duty_support',
      decision: 'duty_support',
      receivedAt: recent,
      firstRespondedAt: new Date(recent.getTime() + 2 * day),
      messages: [
        {
          authorUserId: dutyUserId,
          fromSide: 'team',
          body: 'We can help you with your letter. Would a phone call on Thursday morning suit you?',
          days: 2,
        },
      ],
    },
    // A crisis the duty team is supporting, still without a worker three working days after it
    // came in: past the agency's standard, so the queue, the team view and the manager's home
    // show it.
    {
      queue: 'family',
      localAuthorityId: crisisFamily.localAuthorityId,
      familyId: crisisFamily.id,
      createdByUserId: dutyUserId,
      channel: 'phone',
      categories: [crisisCategory],
      description:
        'Our son hit his sister and then me last night. We are frightened of what happens next.',
      urgency: 'urgent',
      contactMethod: 'phone',
      status: 'duty_support',
      decision: 'duty_support',
      safeguarding: true,
      receivedAt: crisisAt,
      firstRespondedAt: new Date(crisisAt.getTime() + 2 * hour),
    },
  )

  await tx.insert(supportSettings).values({ organisationId, ...defaultSettings })
  const counters = await insertRequests(tx, requests, { organisationId, dutyUserId, workingDays })
  await tx.insert(contactLogs).values(
    Array.from({ length: 40 }, (_, n) => ({
      organisationId,
      receivedAt: new Date(now.getTime() - Math.floor(random() * 365 * day)),
      channel: 'phone',
      classification: n % 3 === 0 ? 'wrong_number' : 'seeking_information',
      summary:
        n % 3 === 0 ? 'Caller wanted another council service' : 'Asked about the groups programme',
      loggedByUserId: dutyUserId,
    })),
  )
  await tx
    .insert(referenceCounters)
    .values([...counters].map(([year, last]) => ({ organisationId, prefix: 'ASR', year, last })))
}

/** Two years of family requests, oldest first, each as far along as its age makes likely. */
function drawRequests(random: Random, people: DemoPeople, now: Date): DemoRequest[] {
  // The worker-adopter's own family (index 2) never asks: its requests would be hidden from them.
  const eligible = people.families.filter((_, n) => n !== 2)
  const times = Array.from(
    { length: requestCount },
    () => now.getTime() - Math.floor(random() ** 1.3 * 730 * day) - hour,
  ).sort((a, b) => a - b)
  return times.map((time): DemoRequest => {
    const family = pick(random, eligible)
    const ageDays = (now.getTime() - time) / day
    const urgency = pick(random, urgencies)
    const progress = drawProgress(random, ageDays)
    const decision = progress.decision
    let status = progress.status
    const categories = [pick(random, familyCategories)]
    const safeguarding = decision === 'duty_support' && random() < 0.05
    // A crisis has a worker within days: only a recent one may still be waiting for one.
    const isCrisis = safeguarding || categories.includes(crisisCategory)
    if (isCrisis && isOpen(status) && status !== 'new' && ageDays > 10) status = 'allocated'
    // Duty support, advice calls and waiting for a worker last weeks, not years: an old request
    // still open is an allocated case.
    if (isOpen(status) && ageDays > 120) status = 'allocated'
    const hasWorker =
      status === 'allocated' || (status === 'closed' && decision === 'allocate_for_assessment')
    const adviceCallAt =
      decision === 'book_advice_call' ? new Date(time + Math.round(6.9 * day) + 3 * hour) : null
    // Drawn in this order, after the rest: the sequence gives the same requests every time.
    const channel = pick(random, channels)
    const description = pick(random, demoRequestDescriptions)
    const firstRespondedAt = decision ? new Date(time + Math.round(random() * 2 * day)) : null
    const outcome = status === 'closed' ? pick(random, closureOutcomes) : null
    const drawnClosedAt =
      status === 'closed' ? new Date(time + Math.round((5 + random() * 60) * day)) : null
    // Advice given or a group offered closes the request at triage, as the support line does.
    const closedAt =
      decision && decisions[decision].status === 'closed' ? firstRespondedAt : drawnClosedAt
    return {
      queue: 'family',
      localAuthorityId: family.localAuthorityId,
      familyId: family.id,
      createdByUserId: people.staffIds.duty,
      channel,
      categories,
      description,
      urgency,
      contactMethod: 'phone',
      status,
      decision,
      safeguarding,
      workerId: hasWorker ? caseWorker(people, family.localAuthorityId) : null,
      receivedAt: new Date(time),
      firstRespondedAt,
      adviceCallAt,
      outcome,
      closedAt,
    }
  })
}

/** Who holds the allocated cases of a local authority. */
const caseWorker = (people: DemoPeople, laId: string) =>
  people.staffIds[caseHolder(people.laIds.indexOf(laId))]

/** Where a request of this age stands: new for a few days, mostly closed after three months. */
function drawProgress(
  random: Random,
  ageDays: number,
): { status: Status; decision: Decision | null } {
  if (ageDays < 4) return { status: 'new', decision: null }
  if (ageDays > 90 && random() < 0.93) {
    const decision = pick(random, [
      'advice_and_close',
      'offer_group_or_training',
      'allocate_for_assessment',
      'duty_support',
    ] as const)
    return { status: 'closed', decision }
  }
  const decision = pick(random, [
    'duty_support',
    'duty_support',
    'book_advice_call',
    'allocate_for_assessment',
    'allocate_for_assessment',
    'allocate_for_assessment',
  ] as const)
  if (decision === 'duty_support') return { status: 'duty_support', decision }
  if (decision === 'book_advice_call') {
    return { status: ageDays > 14 ? 'allocated' : 'advice_call_booked', decision }
  }
  return { status: random() < 0.8 ? 'allocated' : 'awaiting_allocation', decision }
}

/** How families rate the support in the demo, most of them well, as agencies' returns show. */
const demoRatings = [
  'very_satisfied',
  'satisfied',
  'very_satisfied',
  'satisfied',
  'very_satisfied',
  'neither',
  'satisfied',
  'dissatisfied',
  'very_satisfied',
  'very_dissatisfied',
] as const
const demoComments = [
  'Our worker listened and the group helped us feel less alone.',
  'It took a while to hear back, but the advice call was useful.',
  null,
  'We would have liked more than one session.',
]

/**
 * The feedback the `n`th family request left once closed: two in five of them, a day or two
 * after closing, by a rule on `n` rather than a draw, so the demo's random sequence is unchanged.
 */
function feedbackOf(n: number, request: Omit<DemoRequest, 'decision'>) {
  if (request.status !== 'closed' || !request.closedAt || !request.familyId) return undefined
  if (n % 5 >= 2) return undefined
  return {
    rating: demoRatings[(n * 7) % demoRatings.length]!,
    comment: demoComments[n % demoComments.length] ?? null,
    leftAt: new Date(request.closedAt.getTime() + (1 + (n % 2)) * day),
  }
}

/** A change to what a request's status history keeps: its status, tier and worker from `at`. */
interface Change {
  status: Status
  tier: number | null
  workerId: string | null
  at: Date
}

/**
 * What happened to a request after it came in new, in order: the status its triage led to when it
 * was first answered, its worker where one came later (after the advice call, or after a day of
 * duty support for a crisis and a fortnight for the rest), and its closing. The last change leaves
 * the request as the demo describes it. Each comes later than the one before: the trigger dates a
 * change by the request's updated_at only when that moves.
 */
function changesOf(request: Omit<DemoRequest, 'decision'>, decision: Decision | null): Change[] {
  const { status, firstRespondedAt, adviceCallAt, closedAt } = request
  if (!decision || !firstRespondedAt) return []
  const { tier, status: triaged } = decisions[decision]
  const workerId = request.workerId ?? null
  // Allocating for an assessment names the worker there and then when the demo has one.
  const changes: Change[] =
    triaged === 'awaiting_allocation' && workerId
      ? [{ status: 'allocated', tier, workerId, at: firstRespondedAt }]
      : [{ status: triaged, tier, workerId: null, at: firstRespondedAt }]
  const last = () => changes.at(-1)!.status
  if (status === 'allocated' && last() !== 'allocated') {
    const isCrisis = request.safeguarding || request.categories.includes(crisisCategory)
    const after = (isCrisis ? 1 : 14) * day
    const at = adviceCallAt ?? new Date(firstRespondedAt.getTime() + after)
    changes.push({ status, tier, workerId, at })
  }
  if (status === 'closed' && closedAt && last() !== 'closed') {
    changes.push({ status, tier, workerId, at: closedAt })
  }
  return changes
}

/**
 * Makes one change to each of many requests in one statement. The trigger on support_requests
 * writes each change to the request's status history, dated by its updated_at (migration 0020).
 */
async function applyChanges(tx: Tx, changes: (Change & { id: string })[]) {
  const values = changes.map(
    (c) =>
      sql`(${c.id}::uuid, ${c.status}, ${c.tier}::integer, ${c.workerId}::uuid, ${c.at.toISOString()}::timestamptz)`,
  )
  await tx.execute(sql`
    update ${supportRequests} as r
    set status = v.status, tier = v.tier, worker_id = v.worker_id, updated_at = v.changed_at
    from (values ${sql.join(values, sql`, `)}) as v (id, status, tier, worker_id, changed_at)
    where r.id = v.id`)
}

/**
 * Inserts the requests with their history (made, triaged, allocated, closed) and conversations.
 * References run per year in the order given; answers the last number of each year, for the
 * counters.
 */
async function insertRequests(
  tx: Tx,
  requests: DemoRequest[],
  agency: { organisationId: string; dutyUserId: string; workingDays: WorkingDays },
) {
  const { organisationId, dutyUserId, workingDays } = agency
  const counters = new Map<number, number>()
  const rows: NewSupportRequestRow[] = []
  const histories: { id: string; changes: Change[] }[] = []
  const events: (typeof supportRequestEvents.$inferInsert)[] = []
  const messages: (typeof supportRequestMessages.$inferInsert)[] = []
  const feedback: (typeof supportRequestFeedback.$inferInsert)[] = []
  for (const { decision, messages: conversation = [], ...request } of requests) {
    const supportRequestId = randomUUID()
    const { receivedAt, channel } = request
    const year = receivedAt.getUTCFullYear()
    counters.set(year, (counters.get(year) ?? 0) + 1)
    // Written as it came in; `changesOf` then takes it to where it stands.
    rows.push({
      ...request,
      id: supportRequestId,
      organisationId,
      reference: `ASR-${year}-${String(counters.get(year)).padStart(6, '0')}`,
      status: 'new',
      tier: null,
      workerId: null,
      responseDueOn: workingDays.add(receivedAt, defaultSettings.responseDays[request.urgency]),
      allocationDueOn: workingDays.add(receivedAt, defaultSettings.crisisAllocationDays),
      daysToAdviceCall: request.adviceCallAt
        ? workingDays.between(receivedAt, request.adviceCallAt as Date)
        : null,
      createdAt: receivedAt,
      updatedAt: receivedAt,
    })
    histories.push({ id: supportRequestId, changes: changesOf(request, decision) })
    events.push({
      supportRequestId,
      occurredAt: receivedAt,
      actorUserId: request.createdByUserId ?? null,
      kind: 'created',
      summary: channel === 'portal' ? 'Request made in the portal' : `Contact by ${channel} logged`,
      familySummary: channel === 'portal' ? 'You asked for support' : 'We recorded your call',
    })
    if (decision && request.firstRespondedAt) {
      events.push({
        supportRequestId,
        occurredAt: request.firstRespondedAt,
        actorUserId: dutyUserId,
        kind: 'triaged',
        summary: `Triage: ${decisions[decision].name}`,
        familySummary: 'The duty team looked at your request',
        reason: 'Discussed with the family on the phone',
      })
    }
    const left = feedbackOf(rows.length, request)
    if (left) {
      feedback.push({
        ...left,
        supportRequestId,
        organisationId,
        localAuthorityId: request.localAuthorityId,
      })
    }
    if (request.closedAt) {
      events.push({
        supportRequestId,
        occurredAt: request.closedAt,
        actorUserId: dutyUserId,
        kind: 'closed',
        summary: 'Closed',
        familySummary: 'Your request was closed',
      })
    }
    for (const { days, ...message } of conversation) {
      messages.push({
        ...message,
        supportRequestId,
        sentAt: new Date(receivedAt.getTime() + days * day),
      })
    }
  }
  await insertMany(tx, supportRequests, rows, 200)
  // Each request's first change, then each one's second, and so on, a few hundred at a time: a
  // request's history is written in the order it happened.
  for (let step = 0; ; step += 1) {
    const changes = histories.flatMap(({ id, changes: all }) => {
      const change = all[step]
      return change ? [{ id, ...change }] : []
    })
    if (changes.length === 0) break
    for (let i = 0; i < changes.length; i += 200) {
      await applyChanges(tx, changes.slice(i, i + 200))
    }
  }
  await insertMany(tx, supportRequestEvents, events)
  await insertMany(tx, supportRequestMessages, messages)
  await insertMany(tx, supportRequestFeedback, feedback)
  return counters
}
