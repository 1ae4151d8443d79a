import type { z } from 'zod'
import type {
  AssessmentSection,
  AssessmentStatus,
  AssessmentSubject,
  AssessmentSummary,
  AssessmentSectionState,
  FundingSource,
  MyAssessment,
  PlanStatus,
  ProposalResponse,
  StaffAssessment,
  StaffRole,
  assessmentStaffActionSchema,
  sectionComparisonSchema,
  sectionHistorySchema,
} from '../../contract/index.ts'
import { assessmentSections, myAssessmentStageNames } from '../../contract/index.ts'
import { allowedAssessmentActions } from './assessment-states.ts'
import type {
  AssessmentDetailRow,
  AssessmentSummaryRow,
  OwnAssessmentRow,
  SectionStateRow,
  SectionVersionRow,
  SharedPlanRow,
} from './assessments.repository.ts'
import type { ComparisonPart } from './section-comparison.ts'

// Rows to the contract's shapes. Staff see the whole assessment; a family or birth relative sees
// where it is, the proposal once sent, their response, the decision once made and a shared plan:
// never the sections, the manager's comments or who signed it off.

type StaffAction = z.infer<typeof assessmentStaffActionSchema>
type SectionHistory = z.infer<typeof sectionHistorySchema>
type SectionComparison = z.infer<typeof sectionComparisonSchema>

const iso = (date: Date | null) => (date ? date.toISOString() : null)

export function toAssessmentSummary(row: AssessmentSummaryRow): AssessmentSummary {
  const { assessment } = row
  return {
    id: assessment.id,
    subject: assessment.subject as AssessmentSubject,
    subjectName: row.subjectName,
    childNames: row.childNames,
    localAuthorityName: row.localAuthorityName,
    status: assessment.status as AssessmentStatus,
    workerName: row.workerName,
    requestedOn: assessment.requestedOn,
    startBy: assessment.startBy,
    completeBy: assessment.completeBy,
    responseDueOn: assessment.responseDueOn,
    late: row.late,
  }
}

/** A section as the task list shows it: one never saved is empty, unfinished, at version 0. */
export function toSectionState(
  section: AssessmentSection,
  row: SectionStateRow | undefined,
): AssessmentSectionState {
  return {
    section,
    content: row?.content ?? '',
    finished: row?.finished ?? false,
    version: row?.version ?? 0,
    updatedByName: row?.updatedByName ?? null,
    updatedAt: iso(row?.updatedAt ?? null),
  }
}

/**
 * What a member of staff may do next: the state machine's actions for their role, less signing
 * off and deciding on an assessment they carried out themselves, and a plan once it is decided.
 */
export function staffActionsOf(
  row: AssessmentDetailRow,
  caller: { userId: string; role: StaffRole },
  periodEnded: boolean,
): StaffAction[] {
  const { assessment } = row
  const status = assessment.status as AssessmentStatus
  const ownWork = assessment.workerUserId === caller.userId
  const actions: StaffAction[] = allowedAssessmentActions(status, {
    role: caller.role,
    periodEnded,
  }).filter((action) => !(ownWork && (action === 'signOff' || action === 'decide')))
  const planner = caller.role === 'support_worker' || caller.role === 'team_manager'
  if (status === 'decided' && row.planId === null && planner) actions.push('makePlan')
  return actions
}

export function toStaffAssessment(
  row: AssessmentDetailRow,
  sections: SectionStateRow[],
  actions: StaffAction[],
): StaffAssessment {
  const { assessment } = row
  const saved = new Map(sections.map((section) => [section.section, section]))
  return {
    ...toAssessmentSummary(row),
    familyId: assessment.familyId,
    birthRelativeId: assessment.birthRelativeId,
    supportRequestId: assessment.supportRequestId,
    reason: assessment.reason,
    parentNames: row.parentNames,
    startedOn: assessment.startedOn,
    sections: assessmentSections.map((section) => toSectionState(section, saved.get(section))),
    managerComments: assessment.managerComments,
    signedOffByName: row.signedOffByName,
    signedOffAt: iso(assessment.signedOffAt),
    proposal: assessment.proposal,
    proposalSentAt: iso(assessment.proposalSentAt),
    response: assessment.response as ProposalResponse | null,
    representations: assessment.representations,
    respondedAt: iso(assessment.respondedAt),
    decision: assessment.decision,
    decidedByName: row.decidedByName,
    decidedAt: iso(assessment.decidedAt),
    withdrawnReason: assessment.withdrawnReason,
    planId: row.planId,
    allowedActions: actions,
    version: assessment.version,
  }
}

const toSectionVersion = (row: SectionVersionRow) => ({
  number: row.number,
  finished: row.finished,
  changedByName: row.changedByName,
  changedAt: row.changedAt.toISOString(),
})

export function toSectionHistory(
  section: AssessmentSection,
  versions: SectionVersionRow[],
): SectionHistory {
  return { section, versions: versions.map(toSectionVersion) }
}

export function toSectionComparison(
  section: AssessmentSection,
  versions: { from: SectionVersionRow; to: SectionVersionRow },
  parts: ComparisonPart[],
): SectionComparison {
  return {
    section,
    from: toSectionVersion(versions.from),
    to: toSectionVersion(versions.to),
    parts,
  }
}

/** From the proposal on: what the family has been sent. */
const proposalSentStatuses: readonly AssessmentStatus[] = [
  'proposal_sent',
  'response_received',
  'decided',
]

/**
 * An assessment as its family or birth relative sees it. The proposal once it has been sent
 * (still shown if the assessment was withdrawn after), the decision once made, and the plan only
 * once it has been shared. Only the family's or the birth relative's own are read, so they may
 * answer whenever a proposal is waiting.
 */
export function toMyAssessment(
  row: OwnAssessmentRow,
  plan: SharedPlanRow | undefined,
): MyAssessment {
  const status = row.status as AssessmentStatus
  const sent =
    proposalSentStatuses.includes(status) || (status === 'withdrawn' && row.proposalSentAt !== null)
  const decided = status === 'decided'
  return {
    id: row.id,
    status,
    stage: myAssessmentStageNames[status],
    childNames: row.childNames,
    workerName: row.workerName,
    requestedOn: row.requestedOn,
    proposal: sent ? row.proposal : null,
    proposalSentAt: sent ? iso(row.proposalSentAt) : null,
    responseDueOn: sent ? row.responseDueOn : null,
    canRespond: status === 'proposal_sent',
    response: row.response as ProposalResponse | null,
    representations: row.representations,
    respondedAt: iso(row.respondedAt),
    decision: decided ? row.decision : null,
    decidedAt: decided ? iso(row.decidedAt) : null,
    plan: plan ? toMyPlan(plan) : null,
  }
}

function toMyPlan(plan: SharedPlanRow): NonNullable<MyAssessment['plan']> {
  return {
    id: plan.id,
    status: plan.status as PlanStatus,
    namedWorkerName: plan.namedWorkerName,
    nextReviewOn: plan.nextReviewOn,
    services: plan.services.map((service) => ({
      description: service.description,
      provider: service.provider,
      frequency: service.frequency,
      startsOn: service.startsOn,
      endsOn: service.endsOn,
      costPence: service.costPence,
      fundingSource: service.fundingSource as FundingSource,
    })),
    reviews: plan.reviews.map((review) => ({
      reviewedOn: review.reviewedOn,
      whatChanged: review.whatChanged,
      nextReviewOn: review.nextReviewOn,
    })),
    outcome: plan.outcome,
  }
}
