import type { AsfAction, AsfApplicationStatus, Role } from '../../contract/index.ts'
import { AppError } from '../../platform/errors.ts'

/**
 * The one state machine for fund applications, with who may take each step. A role not named for
 * a step is refused (403) whatever the status; a step the status does not allow answers 409. The
 * fund's decision goes to `approved` or `declined`, so it is the one step with two ends.
 */
type Step = {
  from: readonly AsfApplicationStatus[]
  to: AsfApplicationStatus | 'decision'
  roles: readonly Role[]
}

const writers = ['support_worker', 'team_manager'] as const
const withFinance = ['support_worker', 'team_manager', 'finance_officer'] as const

const steps: Record<AsfAction, Step> = {
  submit_for_approval: { from: ['draft'], to: 'awaiting_approval', roles: writers },
  approve: { from: ['awaiting_approval'], to: 'ready_to_submit', roles: ['team_manager'] },
  return: { from: ['awaiting_approval'], to: 'draft', roles: ['team_manager'] },
  submit_to_fund: {
    from: ['ready_to_submit', 'information_requested'],
    to: 'submitted',
    roles: withFinance,
  },
  record_information_request: {
    from: ['submitted'],
    to: 'information_requested',
    roles: withFinance,
  },
  record_decision: { from: ['submitted'], to: 'decision', roles: withFinance },
  start_therapy: { from: ['approved'], to: 'in_progress', roles: writers },
  complete: { from: ['in_progress'], to: 'completed', roles: writers },
  withdraw: {
    from: [
      'draft',
      'awaiting_approval',
      'ready_to_submit',
      'submitted',
      'information_requested',
      'approved',
      'in_progress',
    ],
    to: 'withdrawn',
    roles: writers,
  },
}

/** What else the page may offer, outside the machine's steps. */
const others = {
  change: { from: ['draft'], roles: writers },
  record_invoice: { from: ['approved', 'in_progress', 'completed'], roles: ['finance_officer'] },
  renew: { from: ['approved', 'in_progress', 'completed'], roles: writers },
} as const satisfies Record<string, Omit<Step, 'to'>>
export type AsfOtherAction = keyof typeof others

/** Statuses whose money counts against the child's limit: all but declined and withdrawn. */
export const liveStatuses: readonly AsfApplicationStatus[] = [
  'draft',
  'awaiting_approval',
  'ready_to_submit',
  'submitted',
  'information_requested',
  'approved',
  'in_progress',
  'completed',
]

const words: Record<AsfAction | AsfOtherAction, string> = {
  submit_for_approval: 'send for approval',
  approve: 'approve',
  return: 'return',
  submit_to_fund: 'submit to the fund',
  record_information_request: 'record a request for information on',
  record_decision: 'record the fund’s decision on',
  start_therapy: 'start the therapy of',
  complete: 'complete',
  withdraw: 'withdraw',
  change: 'change',
  record_invoice: 'record an invoice against',
  renew: 'renew',
}

const statusWords: Record<AsfApplicationStatus, string> = {
  draft: 'a draft',
  awaiting_approval: 'waiting for approval',
  ready_to_submit: 'ready to submit',
  submitted: 'with the fund',
  information_requested: 'waiting for more information',
  approved: 'approved',
  declined: 'declined',
  in_progress: 'in progress',
  completed: 'completed',
  withdrawn: 'withdrawn',
}

function check(
  name: AsfAction | AsfOtherAction,
  rule: Omit<Step, 'to'>,
  status: AsfApplicationStatus,
  role: Role,
) {
  if (!rule.roles.includes(role)) throw new AppError('FORBIDDEN')
  if (!rule.from.includes(status)) {
    throw new AppError('CONFLICT', {
      message: `You cannot ${words[name]} an application that is ${statusWords[status]}`,
    })
  }
}

/** The status after `action`, or 403 (the role) or 409 (the status). */
export function nextAsfStatus(
  status: AsfApplicationStatus,
  action: AsfAction,
  role: Role,
  decision?: 'approved' | 'declined',
): AsfApplicationStatus {
  const step = steps[action]
  check(action, step, status, role)
  return step.to === 'decision' ? (decision ?? 'approved') : step.to
}

/** Refuses one of the other actions as `nextAsfStatus` does its steps. */
export function checkAsfAction(status: AsfApplicationStatus, action: AsfOtherAction, role: Role) {
  check(action, others[action], status, role)
}

/** What the page may offer the caller for an application in `status`. */
export function allowedAsfActions(
  status: AsfApplicationStatus,
  role: Role,
): (AsfAction | AsfOtherAction)[] {
  const rules: [AsfAction | AsfOtherAction, Omit<Step, 'to'>][] = [
    ...(Object.entries(others) as [AsfOtherAction, Omit<Step, 'to'>][]),
    ...(Object.entries(steps) as [AsfAction, Step][]),
  ]
  return rules
    .filter(([, rule]) => rule.roles.includes(role) && rule.from.includes(status))
    .map(([name]) => name)
}
