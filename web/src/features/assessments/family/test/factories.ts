import { myAssessmentStageNames, type AssessmentStatus, type MyAssessment } from '@asp/bff/contract'
import type { MyPlan } from '../components/support-plan.tsx'

// Realistic, invented data for the family's assessment pages' tests, with overrides. Names are
// children's first names, as the BFF sends them; a birth relative's assessment names no children.

export const assessmentIds = {
  proposal: '6c4d5e6f-7a8b-4c93-9da4-e5f6a7b8c901',
  decided: '6c4d5e6f-7a8b-4c93-9da4-e5f6a7b8c902',
  withdrawn: '6c4d5e6f-7a8b-4c93-9da4-e5f6a7b8c903',
  birthRelative: '6c4d5e6f-7a8b-4c93-9da4-e5f6a7b8c904',
} as const

export const planId = '7d5e6f7a-8b9c-4da4-8eb5-f6a7b8c9d001'

export const proposalText =
  'We propose to fund therapeutic parenting training for you both.\n\nWe also propose play therapy for Mia, once a week for twelve weeks.\nYour worker will arrange it with the school.'

/** An assessment as the family sees it: by default a proposal waiting for their answer. */
export function buildMyAssessment(overrides: Partial<MyAssessment> = {}): MyAssessment {
  const status: AssessmentStatus = overrides.status ?? 'proposal_sent'
  return {
    id: assessmentIds.proposal,
    status,
    stage: myAssessmentStageNames[status],
    childNames: ['Mia', 'Leo'],
    workerName: 'Sam Okafor',
    requestedOn: '2026-10-03',
    proposal: proposalText,
    proposalSentAt: '2026-12-01T16:30:00.000Z',
    responseDueOn: '2026-12-29',
    canRespond: status === 'proposal_sent',
    response: null,
    representations: null,
    respondedAt: null,
    decision: null,
    decidedAt: null,
    plan: null,
    ...overrides,
  }
}

/** A shared support plan: therapy paid by the Adoption Support Fund, training by the agency. */
export function buildMyPlan(overrides: Partial<MyPlan> = {}): MyPlan {
  return {
    id: planId,
    status: 'active',
    namedWorkerName: 'Sam Okafor',
    nextReviewOn: '2027-07-05',
    services: [
      {
        description: 'Play therapy for Mia',
        provider: 'Northfield Therapy Partnership',
        frequency: 'Once a week',
        startsOn: '2027-01-11',
        endsOn: '2027-04-05',
        costPence: 240000,
        fundingSource: 'adoption_support_fund',
      },
      {
        description: 'Therapeutic parenting course',
        provider: 'The agency’s training team',
        frequency: 'Six sessions',
        startsOn: '2027-02-01',
        endsOn: null,
        costPence: 45050,
        fundingSource: 'agency',
      },
    ],
    reviews: [],
    outcome: null,
    ...overrides,
  }
}

/** A decided assessment with its plan. */
export function buildDecidedAssessment(overrides: Partial<MyAssessment> = {}): MyAssessment {
  return buildMyAssessment({
    id: assessmentIds.decided,
    status: 'decided',
    canRespond: false,
    response: 'agreed',
    respondedAt: '2026-12-08T10:00:00.000Z',
    decision:
      'We have decided to provide play therapy for Mia and a therapeutic parenting course.\n\nWe will review this plan in July.',
    decidedAt: '2026-12-15T11:45:00.000Z',
    plan: buildMyPlan(),
    ...overrides,
  })
}
