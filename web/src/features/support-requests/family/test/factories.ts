import type { MySupportRequest, SupportDraft } from '@asp/bff/contract'
import type { z } from 'zod'
import type { mySupportRequestsSchema, supportRequestCreatedSchema } from '@asp/bff/contract'

// Realistic, invented data for the support request pages' tests, with overrides.

export const supportRequestId = '3f2b8c1d-6e4a-4b9f-8d7c-2a1b0c9d8e7f'
export const childIds = {
  mia: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  leo: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e60',
} as const

type MySupportRequestSummary = z.infer<typeof mySupportRequestsSchema>['requests'][number]
type SupportRequestCreated = z.infer<typeof supportRequestCreatedSchema>

/** A draft with every question answered, as an adoptive parent would leave it. */
export function buildDraft(overrides: Partial<SupportDraft> = {}): SupportDraft {
  return {
    categories: ['education', 'therapeutic_support'],
    childIds: [childIds.mia],
    description:
      'Mia has been refusing to go to school since half term.\nShe says the other children ask about her birth family.',
    urgency: 'soon',
    contactMethod: 'phone',
    contactPhone: '07700 900 982',
    contactTimes: 'Weekday mornings',
    ...overrides,
  }
}

export function buildCreated(
  overrides: Partial<SupportRequestCreated> = {},
): SupportRequestCreated {
  return {
    id: supportRequestId,
    reference: 'ASR-2026-000123',
    outsideDutyHours: false,
    dutyOpensAt: null,
    expectedReplyBy: '2026-11-30',
    ...overrides,
  }
}

export function buildMySupportRequestSummary(
  overrides: Partial<MySupportRequestSummary> = {},
): MySupportRequestSummary {
  return {
    id: supportRequestId,
    reference: 'ASR-2026-000123',
    categories: ['education'],
    status: 'allocated',
    statusText: 'Your support worker is helping you',
    receivedAt: '2026-11-24T10:15:00.000Z',
    workerName: 'Sam Okafor',
    unreadMessages: 1,
    ...overrides,
  }
}

export function buildMySupportRequest(overrides: Partial<MySupportRequest> = {}): MySupportRequest {
  return {
    ...buildMySupportRequestSummary(),
    description: 'Mia has been refusing to go to school since half term.\nShe is very anxious.',
    urgency: 'soon',
    children: [{ id: childIds.mia, firstName: 'Mia' }],
    contactMethod: 'phone',
    adviceCallAt: '2026-11-27T14:30:00.000Z',
    expectedReplyBy: '2026-11-30',
    timeline: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        occurredAt: '2026-11-24T10:15:00.000Z',
        kind: 'created',
        summary: 'You asked for support',
        actorName: 'Sarah Philips',
      },
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000002',
        occurredAt: '2026-11-25T09:40:00.000Z',
        kind: 'allocated',
        summary: 'Sam Okafor is your support worker',
        actorName: null,
      },
    ],
    messages: [
      {
        id: 'b1b2c3d4-0000-4000-8000-000000000001',
        sentAt: '2026-11-25T09:45:00.000Z',
        from: 'team',
        authorName: 'Sam Okafor',
        body: 'Hello Sarah,\nI will call you on Friday.\n\nSam',
        attachments: [
          {
            id: 'c1b2c3d4-0000-4000-8000-000000000001',
            fileName: 'School support leaflet.pdf',
            contentType: 'application/pdf',
            sizeBytes: 245_760,
          },
        ],
      },
    ],
    feedback: null,
    canLeaveFeedback: false,
    canWithdraw: true,
    version: 4,
    ...overrides,
  }
}
