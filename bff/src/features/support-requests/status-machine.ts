import type { StaffSupportRequest, SupportStatus, TriageDecision } from '../../contract/index.ts'
import { openStatuses, supportStatusNames } from '../../contract/index.ts'
import { AppError } from '../../platform/errors.ts'

/**
 * The one state machine for support requests. Every status change goes through `nextStatus`;
 * anything else answers 409 with a GOV.UK message, so no route can move a request where the
 * service does not allow it.
 */
export type SupportAction =
  | { kind: 'triage'; decision: TriageDecision }
  | { kind: 'allocate' }
  | { kind: 'close' }
  | { kind: 'withdraw' }

const triageFrom: readonly SupportStatus[] = ['new', 'duty_support', 'advice_call_booked']
const allocateFrom: readonly SupportStatus[] = [
  'duty_support',
  'advice_call_booked',
  'awaiting_allocation',
  'allocated',
]

const afterTriage: Record<TriageDecision, SupportStatus> = {
  advice_and_close: 'closed',
  offer_group_or_training: 'closed',
  duty_support: 'duty_support',
  book_advice_call: 'advice_call_booked',
  allocate_for_assessment: 'awaiting_allocation',
  refer_on: 'closed',
}

export function isOpen(status: SupportStatus) {
  return (openStatuses as readonly SupportStatus[]).includes(status)
}

/** Where the action takes a request in `status`, or undefined when it may not happen. */
export function transition(
  status: SupportStatus,
  action: SupportAction,
): SupportStatus | undefined {
  switch (action.kind) {
    case 'triage':
      return triageFrom.includes(status) ? afterTriage[action.decision] : undefined
    case 'allocate':
      return allocateFrom.includes(status) ? 'allocated' : undefined
    case 'close':
    case 'withdraw':
      return isOpen(status) ? (action.kind === 'close' ? 'closed' : 'withdrawn') : undefined
  }
}

const actionWords: Record<SupportAction['kind'], string> = {
  triage: 'record a triage decision for',
  allocate: 'allocate',
  close: 'close',
  withdraw: 'withdraw',
}

/** The status after the action, or a 409 saying why it cannot happen. */
export function nextStatus(status: SupportStatus, action: SupportAction): SupportStatus {
  const next = transition(status, action)
  if (!next) {
    throw new AppError('CONFLICT', {
      message: `You cannot ${actionWords[action.kind]} a request that is ${supportStatusNames[
        status
      ].toLowerCase()}`,
    })
  }
  return next
}

/**
 * What the staff page may offer for a request in `status`, to a caller who may (or may not)
 * allocate: only team managers allocate.
 */
export function allowedActions(
  status: SupportStatus,
  mayAllocate = true,
): StaffSupportRequest['allowedActions'] {
  const actions: StaffSupportRequest['allowedActions'] = []
  if (triageFrom.includes(status)) actions.push('triage')
  if (mayAllocate && allocateFrom.includes(status)) actions.push('allocate')
  if (isOpen(status)) actions.push('close', 'message')
  actions.push('note')
  return actions
}
