import type { AssessmentSection, AssessmentStatus, StaffRole } from '../../contract/index.ts'
import { assessmentStatusNames } from '../../contract/index.ts'
import { AppError } from '../../platform/errors.ts'

/**
 * The one state machine for needs assessments. Every status change goes through
 * `nextAssessmentStatus`; anything else answers 409 with a GOV.UK message, so no route can move an
 * assessment where the regulations do not allow it.
 *
 * Two actions carry what the machine cannot know by itself: `submit` the sections still to finish,
 * and `decide` whether the family's time to respond has ended (see `response-period.ts`).
 */
export type AssessmentAction =
  | { kind: 'start' }
  | { kind: 'submit'; unfinished: readonly AssessmentSection[] }
  | { kind: 'return' }
  | { kind: 'signOff' }
  | { kind: 'sendProposal' }
  | { kind: 'respond' }
  | { kind: 'decide'; periodEnded: boolean }
  | { kind: 'withdraw' }

/** What the staff page may offer. `edit` saves sections; `recordResponse` is `respond` by staff. */
export const assessmentStaffActions = [
  'start',
  'edit',
  'submit',
  'return',
  'signOff',
  'sendProposal',
  'decide',
  'withdraw',
  'recordResponse',
] as const
export type AssessmentStaffAction = (typeof assessmentStaffActions)[number]

const submitFrom: readonly AssessmentStatus[] = ['in_progress', 'returned']
const editableStatuses: readonly AssessmentStatus[] = ['waiting', 'in_progress', 'returned']
const finalStatuses: readonly AssessmentStatus[] = ['decided', 'withdrawn']

/** Not yet decided or withdrawn. */
export function isOpenAssessment(status: AssessmentStatus) {
  return !finalStatuses.includes(status)
}

/** Sections are written before sign-off, and again when a manager returns the assessment. */
export function canEditSections(status: AssessmentStatus) {
  return editableStatuses.includes(status)
}

/** Where the action takes an assessment in `status`, or undefined when it may not happen. */
export function transition(
  status: AssessmentStatus,
  action: AssessmentAction,
): AssessmentStatus | undefined {
  switch (action.kind) {
    case 'start':
      return status === 'waiting' ? 'in_progress' : undefined
    case 'submit':
      return submitFrom.includes(status) && action.unfinished.length === 0
        ? 'awaiting_sign_off'
        : undefined
    case 'return':
      return status === 'awaiting_sign_off' ? 'returned' : undefined
    case 'signOff':
      return status === 'awaiting_sign_off' ? 'signed_off' : undefined
    case 'sendProposal':
      return status === 'signed_off' ? 'proposal_sent' : undefined
    case 'respond':
      // Still open once the period has ended: the family may respond until a decision is made.
      return status === 'proposal_sent' ? 'response_received' : undefined
    case 'decide':
      // The council decides on the response, or on silence once the period has ended.
      return status === 'response_received' || (status === 'proposal_sent' && action.periodEnded)
        ? 'decided'
        : undefined
    case 'withdraw':
      return isOpenAssessment(status) ? 'withdrawn' : undefined
  }
}

const actionWords: Record<AssessmentAction['kind'], string> = {
  start: 'start',
  submit: 'ask for sign-off on',
  return: 'return',
  signOff: 'sign off',
  sendProposal: 'send the proposed decision for',
  respond: 'record the family’s response to',
  decide: 'record the decision on',
  withdraw: 'withdraw',
}

/** The status name as it reads after "an assessment that is"; two names are not adjectives. */
function statusWords(status: AssessmentStatus) {
  if (status === 'proposal_sent') return 'waiting for the family’s response'
  if (status === 'response_received') return 'waiting for a decision'
  return assessmentStatusNames[status].toLowerCase()
}

/** Why the action may not happen: the status in general, or the one thing still missing. */
function refusal(status: AssessmentStatus, action: AssessmentAction) {
  if (action.kind === 'submit' && submitFrom.includes(status)) {
    return 'Finish every section before you send the assessment for sign-off'
  }
  if (action.kind === 'decide' && status === 'proposal_sent') {
    return 'You cannot record the decision until the family has responded or the time to respond has ended'
  }
  return `You cannot ${actionWords[action.kind]} an assessment that is ${statusWords(status)}`
}

/** The status after the action, or a 409 saying why it cannot happen. */
export function nextAssessmentStatus(
  status: AssessmentStatus,
  action: AssessmentAction,
): AssessmentStatus {
  const next = transition(status, action)
  if (!next) throw new AppError('CONFLICT', { message: refusal(status, action) })
  return next
}

const workerActions: readonly AssessmentStaffAction[] = [
  'start',
  'edit',
  'submit',
  'sendProposal',
  'withdraw',
  'recordResponse',
]
const managerActions: readonly AssessmentStaffAction[] = [
  ...workerActions,
  'return',
  'signOff',
  'decide',
]
const actionsByRole: Partial<Record<StaffRole, readonly AssessmentStaffAction[]>> = {
  support_worker: workerActions,
  team_manager: managerActions,
}

/**
 * What the staff page may offer for an assessment in `status`. Team managers return, sign off and
 * decide; workers do the rest, and managers may too. `submit` is offered whatever the sections say
 * (the 409 names what is missing); `decide` from a sent proposal only once `periodEnded`.
 */
export function allowedAssessmentActions(
  status: AssessmentStatus,
  { role, periodEnded = false }: { role: StaffRole; periodEnded?: boolean },
): AssessmentStaffAction[] {
  const mayDo = actionsByRole[role] ?? []
  const possible: Record<AssessmentStaffAction, boolean> = {
    start: transition(status, { kind: 'start' }) !== undefined,
    edit: canEditSections(status),
    submit: transition(status, { kind: 'submit', unfinished: [] }) !== undefined,
    return: transition(status, { kind: 'return' }) !== undefined,
    signOff: transition(status, { kind: 'signOff' }) !== undefined,
    sendProposal: transition(status, { kind: 'sendProposal' }) !== undefined,
    decide: transition(status, { kind: 'decide', periodEnded }) !== undefined,
    withdraw: transition(status, { kind: 'withdraw' }) !== undefined,
    recordResponse: transition(status, { kind: 'respond' }) !== undefined,
  }
  return assessmentStaffActions.filter((action) => possible[action] && mayDo.includes(action))
}
