import {
  contactLogs,
  referenceCounters,
  supportRequestEvents,
  supportRequestMessages,
  supportRequests,
  supportSettings,
  type Db,
  type NewSupportRequestRow,
} from '@asp/db'
import {
  closureOutcomes,
  crisisCategory,
  familyCategories,
  triageDecisionNames,
  type SupportStatus,
  type TriageDecision,
  type Urgency,
} from '../../contract/index.ts'
import { addWorkingDays, workingDaysBetween } from '../../platform/working-days/working-days.ts'
import { isOpen } from '../support-requests/status-machine.ts'
import { bankHolidays, defaultSupportSettings } from '../support-requests/support-settings.ts'
import { pick, sequence } from './demo-people.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** About 28 contacts a month across the agency (DOMAIN.md §10), for two years. */
export const demoRequestCount = 650

const day = 24 * 60 * 60 * 1000
const descriptions = [
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

const tierOf: Record<TriageDecision, number> = {
  advice_and_close: 1,
  offer_group_or_training: 1,
  refer_on: 1,
  duty_support: 2,
  book_advice_call: 2,
  allocate_for_assessment: 3,
}

export interface DemoSupportInput {
  organisationId: string
  families: { id: string; localAuthorityId: string }[]
  /** Family index 0 is the demo adopter's; 2 is the worker-adopter's own (conflict). */
  demoAdopterFamilyId: string
  birthRelative: { id: string; localAuthorityId: string }
  /** The worker who holds allocated cases in each local authority, by its id. */
  workerForLa: Map<string, string>
  dutyUserId: string
  adopterUserId: string
  birthRelativeUserId: string
  now: Date
}

/**
 * A service's history: two years of requests, most closed, about 90 on duty support or waiting
 * and the rest allocated, so the queue, My work and the team view have something to show.
 */
export async function seedDemoSupportRequests(tx: Tx, input: DemoSupportInput) {
  const random = sequence(20_261_125)
  const allocationDue = (receivedAt: Date) =>
    addWorkingDays(receivedAt, defaultSupportSettings.crisisAllocationDays, bankHolidays)
  await tx.insert(supportSettings).values({
    organisationId: input.organisationId,
    dutyDays: defaultSupportSettings.dutyHours.days,
    dutyOpens: defaultSupportSettings.dutyHours.opens,
    dutyCloses: defaultSupportSettings.dutyHours.closes,
    responseDays: defaultSupportSettings.responseDays,
    crisisAllocationDays: defaultSupportSettings.crisisAllocationDays,
    tiers: defaultSupportSettings.tiers,
  })
  const counters = new Map<number, number>()
  const reference = (at: Date) => {
    const year = at.getUTCFullYear()
    const next = (counters.get(year) ?? 0) + 1
    counters.set(year, next)
    return `ASR-${year}-${String(next).padStart(6, '0')}`
  }
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
  const eligible = input.families.filter((_, n) => n !== 2)

  const times = Array.from(
    { length: demoRequestCount },
    () => input.now.getTime() - Math.floor(random() ** 1.3 * 730 * day) - 60 * 60 * 1000,
  ).sort((a, b) => a - b)
  const rows: NewSupportRequestRow[] = []
  const decisions: (TriageDecision | null)[] = []
  for (const time of times) {
    const family = pick(random, eligible)
    const receivedAt = new Date(time)
    const ageDays = (input.now.getTime() - time) / day
    const urgency = pick(random, urgencies)
    let status: SupportStatus
    let decision: TriageDecision | null
    if (ageDays < 4) {
      status = 'new'
      decision = null
    } else if (ageDays > 90 && random() < 0.93) {
      status = 'closed'
      decision = pick(random, [
        'advice_and_close',
        'offer_group_or_training',
        'allocate_for_assessment',
        'duty_support',
      ] as const)
    } else {
      decision = pick(random, [
        'duty_support',
        'duty_support',
        'book_advice_call',
        'allocate_for_assessment',
        'allocate_for_assessment',
        'allocate_for_assessment',
      ] as const)
      status =
        decision === 'duty_support'
          ? 'duty_support'
          : decision === 'book_advice_call'
            ? ageDays > 14
              ? 'allocated'
              : 'advice_call_booked'
            : random() < 0.8
              ? 'allocated'
              : 'awaiting_allocation'
    }
    const categories = [pick(random, familyCategories)]
    const safeguarding = decision === 'duty_support' && random() < 0.05
    // A crisis has a worker within days: only a recent one may still be waiting for one.
    if (
      (safeguarding || categories.includes(crisisCategory)) &&
      isOpen(status) &&
      status !== 'new' &&
      ageDays > 10
    ) {
      status = 'allocated'
    }
    // Duty support, advice calls and waiting for a worker last weeks, not years: an old request
    // still open is an allocated case.
    if (isOpen(status) && ageDays > 120) status = 'allocated'
    const workerId =
      status === 'allocated' || (status === 'closed' && decision === 'allocate_for_assessment')
        ? (input.workerForLa.get(family.localAuthorityId) ?? null)
        : null
    const callAt =
      decision === 'book_advice_call' ? new Date(time + Math.round(6.9 * day) + 3 * 3600_000) : null
    rows.push({
      organisationId: input.organisationId,
      localAuthorityId: family.localAuthorityId,
      reference: reference(receivedAt),
      queue: 'family',
      familyId: family.id,
      createdByUserId: input.dutyUserId,
      channel: pick(random, channels),
      categories,
      description: pick(random, descriptions),
      urgency,
      contactMethod: 'phone',
      status,
      tier: decision ? tierOf[decision] : null,
      workerId,
      receivedAt,
      responseDueOn: addWorkingDays(
        receivedAt,
        defaultSupportSettings.responseDays[urgency],
        bankHolidays,
      ),
      allocationDueOn: allocationDue(receivedAt),
      firstRespondedAt: decision ? new Date(time + Math.round(random() * 2 * day)) : null,
      adviceCallAt: callAt,
      daysToAdviceCall: callAt ? workingDaysBetween(receivedAt, callAt, bankHolidays) : null,
      outcome: status === 'closed' ? pick(random, closureOutcomes) : null,
      closedAt: status === 'closed' ? new Date(time + Math.round((5 + random() * 60) * day)) : null,
      safeguarding,
      createdAt: receivedAt,
      updatedAt: receivedAt,
    })
    decisions.push(decision)
  }
  // The demo adopter: one request allocated with a conversation, one closed; the birth relative: one on duty support.
  const recent = new Date(input.now.getTime() - 12 * day)
  const adopterOpen: NewSupportRequestRow = {
    organisationId: input.organisationId,
    localAuthorityId: input.families[0]!.localAuthorityId,
    reference: reference(recent),
    queue: 'family',
    familyId: input.demoAdopterFamilyId,
    createdByUserId: input.adopterUserId,
    channel: 'portal',
    categories: ['therapeutic_support'],
    description:
      'Our son has been having big outbursts after contact visits. We would like to talk about therapeutic parenting support.',
    urgency: 'soon',
    contactMethod: 'portal',
    status: 'allocated',
    tier: 3,
    workerId: input.workerForLa.get(input.families[0]!.localAuthorityId) ?? null,
    receivedAt: recent,
    responseDueOn: addWorkingDays(recent, 3, bankHolidays),
    allocationDueOn: allocationDue(recent),
    firstRespondedAt: new Date(recent.getTime() + day),
    createdAt: recent,
    updatedAt: recent,
  }
  const relativeRequest: NewSupportRequestRow = {
    organisationId: input.organisationId,
    localAuthorityId: input.birthRelative.localAuthorityId,
    reference: reference(recent),
    queue: 'birth_relative',
    birthRelativeId: input.birthRelative.id,
    createdByUserId: input.birthRelativeUserId,
    channel: 'portal',
    categories: ['help_writing_a_letter'],
    description: 'I would like some help writing my letterbox letter this year.',
    urgency: 'routine',
    contactMethod: 'portal',
    status: 'duty_support',
    tier: 2,
    receivedAt: recent,
    responseDueOn: addWorkingDays(recent, 5, bankHolidays),
    allocationDueOn: allocationDue(recent),
    firstRespondedAt: new Date(recent.getTime() + 2 * day),
    createdAt: recent,
    updatedAt: recent,
  }
  // A crisis the duty team is supporting, still without a worker three working days after it came
  // in: past the agency's standard, so the queue, the team view and the manager's home show it.
  const crisisAt = new Date(`${addWorkingDays(input.now, -3, bankHolidays)}T10:15:00Z`)
  const crisisFamily = input.families[8]!
  const crisis: NewSupportRequestRow = {
    organisationId: input.organisationId,
    localAuthorityId: crisisFamily.localAuthorityId,
    reference: reference(crisisAt),
    queue: 'family',
    familyId: crisisFamily.id,
    createdByUserId: input.dutyUserId,
    channel: 'phone',
    categories: [crisisCategory],
    description:
      'Our son hit his sister and then me last night. We are frightened of what happens next.',
    urgency: 'urgent',
    contactMethod: 'phone',
    status: 'duty_support',
    tier: 2,
    safeguarding: true,
    receivedAt: crisisAt,
    responseDueOn: addWorkingDays(crisisAt, 1, bankHolidays),
    allocationDueOn: allocationDue(crisisAt),
    firstRespondedAt: new Date(crisisAt.getTime() + 2 * 60 * 60 * 1000),
    createdAt: crisisAt,
    updatedAt: crisisAt,
  }
  rows.push(crisis, adopterOpen, relativeRequest)
  decisions.push('duty_support', 'allocate_for_assessment', 'duty_support')

  const inserted: { id: string; status: string; receivedAt: Date; workerId: string | null }[] = []
  for (let i = 0; i < rows.length; i += 200) {
    inserted.push(
      ...(await tx
        .insert(supportRequests)
        .values(rows.slice(i, i + 200))
        .returning({
          id: supportRequests.id,
          status: supportRequests.status,
          receivedAt: supportRequests.receivedAt,
          workerId: supportRequests.workerId,
        })),
    )
  }
  const events = inserted.flatMap((request, n) => {
    const row = rows[n]!
    const decision = decisions[n]
    const list: (typeof supportRequestEvents.$inferInsert)[] = [
      {
        supportRequestId: request.id,
        occurredAt: request.receivedAt,
        actorUserId: row.createdByUserId ?? null,
        kind: 'created',
        summary:
          row.channel === 'portal'
            ? 'Request made in the portal'
            : `Contact by ${row.channel} logged`,
        familySummary: row.channel === 'portal' ? 'You asked for support' : 'We recorded your call',
      },
    ]
    if (decision && row.firstRespondedAt) {
      list.push({
        supportRequestId: request.id,
        occurredAt: row.firstRespondedAt as Date,
        actorUserId: input.dutyUserId,
        kind: 'triaged',
        summary: `Triage: ${triageDecisionNames[decision]}`,
        familySummary: 'The duty team looked at your request',
        reason: 'Discussed with the family on the phone',
      })
    }
    if (row.closedAt) {
      list.push({
        supportRequestId: request.id,
        occurredAt: row.closedAt as Date,
        actorUserId: input.dutyUserId,
        kind: 'closed',
        summary: 'Closed',
        familySummary: 'Your request was closed',
      })
    }
    return list
  })
  for (let i = 0; i < events.length; i += 300) {
    await tx.insert(supportRequestEvents).values(events.slice(i, i + 300))
  }
  const [openOne, relativeOne] = inserted.slice(-2)
  await tx.insert(supportRequestMessages).values([
    {
      supportRequestId: openOne!.id,
      authorUserId: openOne!.workerId,
      fromSide: 'team',
      body: 'Thank you for getting in touch. I will be your support worker. Could we arrange a home visit next week?',
      sentAt: new Date(recent.getTime() + day),
    },
    {
      supportRequestId: openOne!.id,
      authorUserId: input.adopterUserId,
      fromSide: 'family',
      body: 'Yes please. Tuesday or Wednesday afternoon would suit us best.',
      sentAt: new Date(recent.getTime() + 2 * day),
    },
    {
      supportRequestId: relativeOne!.id,
      authorUserId: input.dutyUserId,
      fromSide: 'team',
      body: 'We can help you with your letter. Would a phone call on Thursday morning suit you?',
      sentAt: new Date(recent.getTime() + 2 * day),
    },
  ])
  await tx.insert(contactLogs).values(
    Array.from({ length: 40 }, (_, n) => ({
      organisationId: input.organisationId,
      receivedAt: new Date(input.now.getTime() - Math.floor(random() * 365 * day)),
      channel: 'phone',
      classification: n % 3 === 0 ? 'wrong_number' : 'seeking_information',
      summary:
        n % 3 === 0 ? 'Caller wanted another council service' : 'Asked about the groups programme',
      loggedByUserId: input.dutyUserId,
    })),
  )
  for (const [year, last] of counters) {
    await tx
      .insert(referenceCounters)
      .values({ organisationId: input.organisationId, prefix: 'ASR', year, last })
  }
  return inserted.length
}
