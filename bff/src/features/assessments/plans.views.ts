import type { z } from 'zod'
import type {
  AssessmentSubject,
  FundingSource,
  PlanStatus,
  StaffPlan,
  planServiceSchema,
} from '../../contract/index.ts'
import type { PlanStaffAction } from './plan-states.ts'
import type { PlanDetailRow, PlanReviewRow, PlanServiceRow } from './plans.repository.ts'

// Rows to the staff side's contract shape of a support plan.

type PlanService = z.infer<typeof planServiceSchema>
type StaffPlanAction = StaffPlan['allowedActions'][number]

const iso = (date: Date | null) => (date ? date.toISOString() : null)

/** The machine's actions as the page names them. */
const actionNames: Record<PlanStaffAction, StaffPlanAction> = {
  share: 'share',
  review: 'review',
  changeServices: 'change',
  close: 'close',
}

export function toPlanService(service: PlanServiceRow): PlanService {
  return {
    id: service.id,
    description: service.description,
    provider: service.provider,
    frequency: service.frequency,
    startsOn: service.startsOn,
    endsOn: service.endsOn,
    costPence: service.costPence,
    fundingSource: service.fundingSource as FundingSource,
  }
}

export function toStaffPlan(
  row: PlanDetailRow,
  extras: {
    services: PlanServiceRow[]
    reviews: PlanReviewRow[]
    allowedActions: PlanStaffAction[]
    today: string
  },
): StaffPlan {
  const { plan } = row
  const status = plan.status as PlanStatus
  return {
    id: plan.id,
    assessmentId: plan.assessmentId,
    subject: plan.subject as AssessmentSubject,
    subjectName: (plan.familyId ? row.familyReference : row.birthRelativeName) ?? '',
    status,
    namedWorkerUserId: plan.namedWorkerUserId,
    namedWorkerName: row.namedWorkerName,
    nextReviewOn: plan.nextReviewOn,
    // 'yyyy-MM-dd' strings sort as the dates they name.
    reviewDue: status === 'active' && plan.nextReviewOn <= extras.today,
    sharedAt: iso(plan.sharedAt),
    outcome: plan.outcome,
    closedAt: iso(plan.closedAt),
    services: extras.services.map(toPlanService),
    reviews: extras.reviews.map(({ review, reviewedByName }) => ({
      reviewedOn: review.reviewedOn,
      whatChanged: review.whatChanged,
      nextReviewOn: review.nextReviewOn,
      reviewedByName,
    })),
    allowedActions: extras.allowedActions.map((action) => actionNames[action]),
    version: plan.version,
  }
}
