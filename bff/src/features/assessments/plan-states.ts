import type { PlanStatus, StaffRole } from '../../contract/index.ts'
import { AppError } from '../../platform/errors.ts'

/**
 * The one state machine for support plans: written as a draft, shared with the family (then
 * active and reviewed), and closed. Every status change goes through `nextPlanStatus`; anything
 * else answers 409 with a GOV.UK message. The outcome a closed plan needs is validation, not state.
 */
export type PlanAction =
  | { kind: 'share'; services: number }
  | { kind: 'review' }
  | { kind: 'changeServices' }
  | { kind: 'close' }

/** What the staff page may offer: the machine's actions, named the same. */
export const planStaffActions = ['share', 'review', 'changeServices', 'close'] as const
export type PlanStaffAction = (typeof planStaffActions)[number]

/** Where the action takes a plan in `status`, or undefined when it may not happen. */
export function transitionPlan(status: PlanStatus, action: PlanAction): PlanStatus | undefined {
  switch (action.kind) {
    case 'share':
      // A plan with no services is not a plan the family can be asked to agree to.
      return status === 'draft' && action.services > 0 ? 'active' : undefined
    case 'review':
      return status === 'active' ? 'active' : undefined
    case 'changeServices':
      return status === 'closed' ? undefined : status
    case 'close':
      return status === 'closed' ? undefined : 'closed'
  }
}

const actionWords: Record<PlanAction['kind'], string> = {
  share: 'share',
  review: 'record a review of',
  changeServices: 'change the services in',
  close: 'close',
}

/** The status name as it reads after "a plan that is". */
const statusWords: Record<PlanStatus, string> = {
  draft: 'a draft',
  active: 'active',
  closed: 'closed',
}

function refusal(status: PlanStatus, action: PlanAction) {
  if (action.kind === 'share' && status === 'draft') {
    return 'Add at least one service before you share the plan'
  }
  return `You cannot ${actionWords[action.kind]} a plan that is ${statusWords[status]}`
}

/** The status after the action, or a 409 saying why it cannot happen. */
export function nextPlanStatus(status: PlanStatus, action: PlanAction): PlanStatus {
  const next = transitionPlan(status, action)
  if (!next) throw new AppError('CONFLICT', { message: refusal(status, action) })
  return next
}

/** Workers write and run plans; team managers may do everything a worker may. */
const plannerRoles: readonly StaffRole[] = ['support_worker', 'team_manager']

/**
 * What the staff page may offer for a plan in `status`. `share` is offered to a draft whatever its
 * services (the 409 says one is needed), so the page can explain rather than hide the button.
 */
export function allowedPlanActions(
  status: PlanStatus,
  { role }: { role: StaffRole },
): PlanStaffAction[] {
  if (!plannerRoles.includes(role)) return []
  const possible: Record<PlanStaffAction, boolean> = {
    share: transitionPlan(status, { kind: 'share', services: 1 }) !== undefined,
    review: transitionPlan(status, { kind: 'review' }) !== undefined,
    changeServices: transitionPlan(status, { kind: 'changeServices' }) !== undefined,
    close: transitionPlan(status, { kind: 'close' }) !== undefined,
  }
  return planStaffActions.filter((action) => possible[action])
}
