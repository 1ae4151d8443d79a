import { describe, expect, it } from 'vitest'
import {
  asfActions,
  asfApplicationStatuses,
  type AsfAction,
  type AsfApplicationStatus,
} from '../../contract/index.ts'
import type { AppError } from '../../platform/errors.ts'
import { allowedAsfActions, nextAsfStatus } from './asf-states.ts'

// The state machine of fund applications, every status against every step: the table is the
// specification. A step not in a status's row answers 409.

const table: Record<AsfApplicationStatus, Partial<Record<AsfAction, AsfApplicationStatus>>> = {
  draft: { submit_for_approval: 'awaiting_approval', withdraw: 'withdrawn' },
  awaiting_approval: { approve: 'ready_to_submit', return: 'draft', withdraw: 'withdrawn' },
  ready_to_submit: { submit_to_fund: 'submitted', withdraw: 'withdrawn' },
  submitted: {
    record_information_request: 'information_requested',
    record_decision: 'approved',
    withdraw: 'withdrawn',
  },
  information_requested: { submit_to_fund: 'submitted', withdraw: 'withdrawn' },
  approved: { start_therapy: 'in_progress', withdraw: 'withdrawn' },
  declined: {},
  in_progress: { complete: 'completed', withdraw: 'withdrawn' },
  completed: {},
  withdrawn: {},
}

/** Who may take each step, whatever the status. */
const roles: Record<AsfAction, string[]> = {
  submit_for_approval: ['support_worker', 'team_manager'],
  approve: ['team_manager'],
  return: ['team_manager'],
  submit_to_fund: ['support_worker', 'team_manager', 'finance_officer'],
  record_information_request: ['support_worker', 'team_manager', 'finance_officer'],
  record_decision: ['support_worker', 'team_manager', 'finance_officer'],
  start_therapy: ['support_worker', 'team_manager'],
  complete: ['support_worker', 'team_manager'],
  withdraw: ['support_worker', 'team_manager'],
}

function outcome(status: AsfApplicationStatus, action: AsfAction, role: string) {
  try {
    return nextAsfStatus(status, action, role as never)
  } catch (error) {
    return (error as AppError).code
  }
}

describe('the application state machine', () => {
  for (const status of asfApplicationStatuses) {
    it(`from ${status}, takes exactly the steps of its row`, () => {
      for (const action of asfActions) {
        expect(outcome(status, action, 'team_manager'), action).toBe(
          table[status][action] ?? 'CONFLICT',
        )
      }
    })
  }

  it('refuses a role a step does not name, whatever the status (403 before 409)', () => {
    for (const action of asfActions) {
      for (const role of ['support_worker', 'team_manager', 'finance_officer', 'duty_officer']) {
        const result = outcome('draft', action, role)
        if (roles[action].includes(role)) expect(result, `${action} ${role}`).not.toBe('FORBIDDEN')
        else expect(result, `${action} ${role}`).toBe('FORBIDDEN')
      }
    }
  })

  it('records a declined decision as declined', () => {
    expect(nextAsfStatus('submitted', 'record_decision', 'finance_officer', 'declined')).toBe(
      'declined',
    )
  })

  it('offers each role only what it may do now', () => {
    expect(allowedAsfActions('approved', 'finance_officer')).toEqual(['record_invoice'])
    expect(allowedAsfActions('approved', 'support_worker')).toEqual([
      'renew',
      'start_therapy',
      'withdraw',
    ])
    expect(allowedAsfActions('awaiting_approval', 'support_worker')).toEqual(['withdraw'])
    expect(allowedAsfActions('awaiting_approval', 'team_manager')).toEqual([
      'approve',
      'return',
      'withdraw',
    ])
    expect(allowedAsfActions('draft', 'duty_officer')).toEqual([])
  })
})
