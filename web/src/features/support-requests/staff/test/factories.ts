import {
  supportStatuses,
  type AssessmentSummary,
  type assessmentsPageSchema,
  type assessmentTimelinessSchema,
  type QueueItem,
  type SupportStatus,
  type StaffSupportRequest,
  type supportSettingsSchema,
  type teamViewSchema,
  type myWorkSchema,
  type workerCaseloadSchema,
} from '@asp/bff/contract'
import type { z } from 'zod'
import { familyId, localAuthorities } from '../../../../test/factories.ts'

/** Realistic, fictional support line data for the web tests, with overrides. */

export const supportRequestId = '3f2b8c1a-6d4e-4a7b-9c0d-1e2f3a4b5c6d'
export const otherSupportRequestId = '3f2b8c1a-6d4e-4a7b-9c0d-1e2f3a4b5c6e'

export const workers = {
  sam: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2b01',
    name: 'Sam Okafor',
    role: 'support_worker',
    openCases: 12,
  },
  jo: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2b02',
    name: 'Jo Whitfield',
    role: 'support_worker',
    openCases: 1,
  },
  grace: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a05',
    name: 'Grace Okafor',
    role: 'team_manager',
    openCases: 0,
  },
} as const satisfies Record<string, z.infer<typeof workerCaseloadSchema>['workers'][number]>

export function buildWorkers(): z.infer<typeof workerCaseloadSchema> {
  return { workers: [workers.sam, workers.jo, workers.grace] }
}

export function buildQueueItem(overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    id: supportRequestId,
    reference: 'SR-2026-0042',
    queue: 'family',
    name: 'Sarah Philips and James Philips',
    localAuthorityName: localAuthorities.coventry.name,
    categories: ['education', 'therapeutic_support'],
    urgency: 'soon',
    status: 'new',
    channel: 'phone',
    receivedAt: '2026-10-01T09:45:00.000Z',
    workerName: null,
    safeguarding: false,
    due: { action: 'reply', dueOn: '2026-10-05', workingDaysLeft: 2, overdue: false },
    adviceCallAt: null,
    ...overrides,
  }
}

export function buildQueuePage(
  items: QueueItem[] = [buildQueueItem()],
  {
    page = 1,
    pageSize = 20,
    total = items.length,
    views = { waiting: total, open: total + 12 },
  }: {
    page?: number
    pageSize?: number
    total?: number
    views?: { waiting: number; open: number }
  } = {},
) {
  return { items, page, pageSize, total, views }
}

export function buildStaffSupportRequest(
  overrides: Partial<StaffSupportRequest> = {},
): StaffSupportRequest {
  return {
    id: supportRequestId,
    reference: 'SR-2026-0042',
    queue: 'family',
    status: 'new',
    channel: 'phone',
    categories: ['education'],
    urgency: 'soon',
    description:
      'Mia is refusing to go to school and the school wants a meeting.\nWe do not know what to say.',
    contactMethod: 'phone',
    contactPhone: '07700 900 982',
    contactTimes: 'Weekday mornings',
    receivedAt: '2026-10-01T09:45:00.000Z',
    localAuthority: { id: localAuthorities.coventry.id, name: localAuthorities.coventry.name },
    family: {
      id: familyId,
      reference: 'ACE-2024-0117',
      parentNames: ['Sarah Philips', 'James Philips'],
    },
    birthRelative: null,
    enquirer: null,
    children: [
      { id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', firstName: 'Mia', lastName: 'Philips' },
    ],
    worker: null,
    tier: null,
    safeguarding: false,
    adviceCallAt: null,
    daysToAdviceCall: null,
    due: { action: 'reply', dueOn: '2026-10-05', workingDaysLeft: 2, overdue: false },
    outcome: null,
    timeline: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        occurredAt: '2026-10-01T09:45:00.000Z',
        kind: 'contact-logged',
        summary: 'Phone call logged',
        actorName: 'Priya Shah',
      },
    ],
    messages: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000002',
        sentAt: '2026-10-01T10:00:00.000Z',
        from: 'family',
        authorName: 'Sarah Philips',
        body: 'Thank you for calling back.',
        attachments: [],
      },
    ],
    notes: [],
    allowedActions: ['triage', 'close', 'message', 'note'],
    version: 3,
    ...overrides,
  }
}

export function buildSupportSettings(): z.infer<typeof supportSettingsSchema> {
  return {
    dutyHours: { days: [1, 2, 3, 4, 5], opens: '09:30', closes: '16:30' },
    responseStandards: { urgent: 1, soon: 3, routine: 10 },
    crisisAllocationDays: 1,
    tiers: [
      { level: 1, name: 'Information and advice' },
      { level: 2, name: 'Duty support' },
      { level: 3, name: 'Allocated case' },
    ],
  }
}

/** Requests by status, as the API counts them: every status, none unless given. */
export function buildCounts(
  counts: Partial<Record<SupportStatus, number>> = {},
): Record<SupportStatus, number> {
  return Object.fromEntries(
    supportStatuses.map((status) => [status, counts[status] ?? 0]),
  ) as Record<SupportStatus, number>
}

export function buildMyWork(
  overrides: Partial<z.infer<typeof myWorkSchema>> = {},
): z.infer<typeof myWorkSchema> {
  return {
    counts: buildCounts({ allocated: 2, advice_call_booked: 1 }),
    overdue: 1,
    items: [
      buildQueueItem({ status: 'allocated', workerName: 'Tom Hughes' }),
      buildQueueItem({
        id: otherSupportRequestId,
        reference: 'SR-2026-0051',
        name: 'Freya Osei',
        status: 'allocated',
        workerName: 'Tom Hughes',
        due: { action: 'reply', dueOn: '2026-09-28', workingDaysLeft: -3, overdue: true },
      }),
    ],
    ...overrides,
  }
}

export function buildTeamView(
  overrides: Partial<z.infer<typeof teamViewSchema>> = {},
): z.infer<typeof teamViewSchema> {
  return {
    countsByStatus: buildCounts({ new: 4, awaiting_allocation: 6, allocated: 13 }),
    overdue: 3,
    unallocated: 6,
    crisisOverdueCount: 0,
    crisisOverdue: [],
    safeguardingAlerts: [buildQueueItem({ safeguarding: true })],
    workers: [workers.sam, workers.jo],
    ...overrides,
  }
}

// ---- Assessments of need, as "My work" and a team manager's home page show them ----------------

export const assessmentIds = {
  philips: '8e1d7f6a-2b9c-4d0e-8f4a-5b6c7d8e9fa1',
  osei: '8e1d7f6a-2b9c-4d0e-8f4a-5b6c7d8e9fa2',
  decided: '8e1d7f6a-2b9c-4d0e-8f4a-5b6c7d8e9fa3',
} as const

export type AssessmentsPage = z.infer<typeof assessmentsPageSchema>
export type AssessmentTimeliness = z.infer<typeof assessmentTimelinessSchema>

export function buildAssessmentSummary(
  overrides: Partial<AssessmentSummary> = {},
): AssessmentSummary {
  return {
    id: assessmentIds.philips,
    subject: 'adoptive_family',
    subjectName: 'ACE-2024-0117',
    childNames: ['Mia Philips'],
    localAuthorityName: localAuthorities.coventry.name,
    status: 'in_progress',
    workerName: 'Tom Hughes',
    requestedOn: '2026-09-01',
    startBy: '2026-09-15',
    completeBy: '2026-11-10',
    responseDueOn: null,
    late: false,
    ...overrides,
  }
}

export function buildAssessmentsPage(
  items: AssessmentSummary[] = [buildAssessmentSummary()],
  overrides: Partial<AssessmentsPage> = {},
): AssessmentsPage {
  return { items, page: 1, pageSize: 25, total: items.length, ...overrides }
}

export function buildTimeliness(
  overrides: Partial<AssessmentTimeliness> = {},
): AssessmentTimeliness {
  return {
    waitingToStart: 4,
    waitingPastStandard: 1,
    inProgress: 7,
    inProgressPastTarget: 2,
    awaitingSignOff: 3,
    awaitingResponse: 2,
    readyForDecision: 1,
    reviewsDueSoon: 5,
    reviewsOverdue: 0,
    ...overrides,
  }
}
