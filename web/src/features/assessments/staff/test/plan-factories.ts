import type { StaffAssessment, StaffPlan, workerCaseloadSchema } from '@asp/bff/contract'
import type { z } from 'zod'
import { buildUser } from '../../../../test/factories.ts'
import { assessmentId, buildStaffAssessment } from './factories.ts'

/** Realistic, fictional support plan data for the staff's web tests, with overrides. */

export const planId = '9f2e8a7b-3c0d-4e1f-9a5b-6c7d8e9fa0b1'
export const serviceIds = [
  '9f2e8a7b-3c0d-4e1f-9a5b-6c7d8e9fa0c1',
  '9f2e8a7b-3c0d-4e1f-9a5b-6c7d8e9fa0c2',
] as const
export { assessmentId }

/** The signed-in support worker (Tom Hughes), a team manager and another worker. */
export const planWorkers = {
  tom: { id: buildUser({ role: 'support_worker' }).id, name: 'Tom Hughes' },
  grace: { id: buildUser({ role: 'team_manager' }).id, name: 'Grace Okafor' },
  sam: { id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a10', name: 'Sam Patel' },
} as const

type WorkerCaseloads = z.infer<typeof workerCaseloadSchema>

/** `GET /api/workers`: the workers in the reader's councils, with a duty officer the form leaves out. */
export function buildPlanWorkers(): WorkerCaseloads {
  return {
    workers: [
      { ...planWorkers.grace, role: 'team_manager', openCases: 4 },
      {
        id: buildUser({ role: 'duty_officer' }).id,
        name: 'Priya Shah',
        role: 'duty_officer',
        openCases: 0,
      },
      { ...planWorkers.sam, role: 'support_worker', openCases: 9 },
      { ...planWorkers.tom, role: 'support_worker', openCases: 12 },
    ],
  }
}

/** The decided assessment of the Philips family, whose plan is not written yet. */
export function buildDecidedAssessment(overrides: Partial<StaffAssessment> = {}): StaffAssessment {
  return buildStaffAssessment({
    id: assessmentId,
    subjectName: 'ACE-2024-0117',
    status: 'decided',
    decision: 'We will fund therapeutic parenting support and a school liaison worker.',
    decidedByName: 'Grace Okafor',
    decidedAt: '2026-09-30T15:00:00.000Z',
    planId: null,
    allowedActions: ['makePlan'],
    ...overrides,
  })
}

type PlanService = StaffPlan['services'][number]

export function buildPlanService(overrides: Partial<PlanService> = {}): PlanService {
  return {
    id: serviceIds[0],
    description: 'Therapeutic parenting course',
    provider: 'Family Futures',
    frequency: 'Weekly for 12 weeks',
    startsOn: '2026-11-02',
    endsOn: '2027-01-25',
    costPence: 123450,
    fundingSource: 'adoption_support_fund',
    ...overrides,
  }
}

/** A plan shared with the family, with two services and one review. */
export function buildStaffPlan(overrides: Partial<StaffPlan> = {}): StaffPlan {
  return {
    id: planId,
    assessmentId,
    subject: 'adoptive_family',
    subjectName: 'ACE-2024-0117',
    status: 'active',
    namedWorkerUserId: planWorkers.tom.id,
    namedWorkerName: planWorkers.tom.name,
    nextReviewOn: '2027-04-01',
    reviewDue: false,
    sharedAt: '2026-10-05T10:30:00.000Z',
    outcome: null,
    closedAt: null,
    services: [
      buildPlanService(),
      buildPlanService({
        id: serviceIds[1],
        description: 'School liaison',
        provider: 'Virtual School, Coventry',
        frequency: 'Once a term',
        startsOn: '2026-11-01',
        endsOn: null,
        costPence: 0,
        fundingSource: 'education',
      }),
    ],
    reviews: [
      {
        reviewedOn: '2026-12-01',
        whatChanged: 'Mia has fewer outbursts after school.',
        nextReviewOn: '2027-01-15',
        reviewedByName: 'Tom Hughes',
      },
      {
        reviewedOn: '2027-01-15',
        whatChanged: 'The course has ended. Sarah and James use the strategies every day.',
        nextReviewOn: '2027-04-01',
        reviewedByName: 'Grace Okafor',
      },
    ],
    allowedActions: ['change', 'review', 'close'],
    version: 4,
    ...overrides,
  }
}

/** A plan just written: a draft, not yet shared or reviewed. */
export function buildDraftPlan(overrides: Partial<StaffPlan> = {}): StaffPlan {
  return buildStaffPlan({
    status: 'draft',
    sharedAt: null,
    reviews: [],
    nextReviewOn: '2027-03-01',
    allowedActions: ['change', 'share', 'close'],
    version: 1,
    ...overrides,
  })
}
