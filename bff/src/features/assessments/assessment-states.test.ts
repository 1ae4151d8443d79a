import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessmentStatuses, type AssessmentStatus, type StaffRole } from '../../contract/index.ts'
import {
  allowedAssessmentActions,
  canEditSections,
  isOpenAssessment,
  nextAssessmentStatus,
  transition,
  type AssessmentAction,
  type AssessmentStaffAction,
} from './assessment-states.ts'

/** Every action the machine knows, with each variant that can change the answer. */
const actions = {
  start: { kind: 'start' },
  submitFinished: { kind: 'submit', unfinished: [] },
  submitUnfinished: { kind: 'submit', unfinished: ['analysis', 'child_views'] },
  return: { kind: 'return' },
  signOff: { kind: 'signOff' },
  sendProposal: { kind: 'sendProposal' },
  respond: { kind: 'respond' },
  decideAfterPeriod: { kind: 'decide', periodEnded: true },
  decideDuringPeriod: { kind: 'decide', periodEnded: false },
  withdraw: { kind: 'withdraw' },
} satisfies Record<string, AssessmentAction>
type ActionName = keyof typeof actions

/** The specification: every legal move. Anything not listed must be refused. */
const legal: Record<AssessmentStatus, Partial<Record<ActionName, AssessmentStatus>>> = {
  waiting: { start: 'in_progress', withdraw: 'withdrawn' },
  in_progress: { submitFinished: 'awaiting_sign_off', withdraw: 'withdrawn' },
  awaiting_sign_off: { return: 'returned', signOff: 'signed_off', withdraw: 'withdrawn' },
  returned: { submitFinished: 'awaiting_sign_off', withdraw: 'withdrawn' },
  signed_off: { sendProposal: 'proposal_sent', withdraw: 'withdrawn' },
  proposal_sent: {
    respond: 'response_received',
    decideAfterPeriod: 'decided',
    withdraw: 'withdrawn',
  },
  response_received: {
    decideAfterPeriod: 'decided',
    decideDuringPeriod: 'decided',
    withdraw: 'withdrawn',
  },
  decided: {},
  withdrawn: {},
}

const everyMove = assessmentStatuses.flatMap((status) =>
  (Object.keys(actions) as ActionName[]).map(
    (name) => [status, name, legal[status][name] ?? 'refused'] as const,
  ),
)

describe('the assessment state machine', () => {
  it.each(everyMove)('%s + %s → %s', (status, name, expected) => {
    const next = transition(status, actions[name])
    expect(next ?? 'refused').toBe(expected)
    if (next) {
      expect(nextAssessmentStatus(status, actions[name])).toBe(next)
    } else {
      expect(() => nextAssessmentStatus(status, actions[name])).toThrow(
        expect.objectContaining({ code: 'CONFLICT', status: 409 }),
      )
    }
  })

  it('says in words why a move is refused', () => {
    expect(() => nextAssessmentStatus('in_progress', { kind: 'signOff' })).toThrow(
      'You cannot sign off an assessment that is in progress',
    )
    expect(() => nextAssessmentStatus('waiting', { kind: 'sendProposal' })).toThrow(
      'You cannot send the proposed decision for an assessment that is waiting to start',
    )
    expect(() => nextAssessmentStatus('decided', { kind: 'withdraw' })).toThrow(
      'You cannot withdraw an assessment that is decided',
    )
    expect(() => nextAssessmentStatus('response_received', { kind: 'respond' })).toThrow(
      'You cannot record the family’s response to an assessment that is waiting for a decision',
    )
    expect(() => nextAssessmentStatus('proposal_sent', { kind: 'start' })).toThrow(
      'You cannot start an assessment that is waiting for the family’s response',
    )
    expect(() =>
      nextAssessmentStatus('signed_off', { kind: 'submit', unfinished: ['analysis'] }),
    ).toThrow('You cannot ask for sign-off on an assessment that is signed off')
  })

  it('refuses sign-off until every section is finished', () => {
    for (const status of ['in_progress', 'returned'] as const) {
      expect(() =>
        nextAssessmentStatus(status, { kind: 'submit', unfinished: ['recommended_services'] }),
      ).toThrow('Finish every section before you send the assessment for sign-off')
    }
  })

  it('refuses a decision while the family may still respond', () => {
    expect(() =>
      nextAssessmentStatus('proposal_sent', { kind: 'decide', periodEnded: false }),
    ).toThrow(
      'You cannot record the decision until the family has responded or the time to respond has ended',
    )
  })

  it('lets sections be edited only before sign-off is asked for, or once returned', () => {
    const editable = assessmentStatuses.filter(canEditSections)
    expect(editable).toEqual(['waiting', 'in_progress', 'returned'])
  })

  it('treats only decided and withdrawn assessments as closed', () => {
    const closed = assessmentStatuses.filter((status) => !isOpenAssessment(status))
    expect(closed).toEqual(['decided', 'withdrawn'])
  })

  it('never leaves decided or withdrawn, and never goes back to waiting', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...assessmentStatuses),
        fc.array(fc.constantFrom(...Object.values(actions)), { maxLength: 15 }),
        (start: AssessmentStatus, steps: AssessmentAction[]) => {
          let status = start
          for (const step of steps) {
            const next = transition(status, step)
            if (!isOpenAssessment(status)) expect(next).toBeUndefined()
            expect(next).not.toBe('waiting')
            if (next) status = next
          }
        },
      ),
    )
  })
})

describe('what the staff page may offer', () => {
  it('offers a worker the writing, the proposal and the response, and a manager the rest too', () => {
    expect(allowedAssessmentActions('waiting', { role: 'support_worker' })).toEqual([
      'start',
      'edit',
      'withdraw',
    ])
    expect(allowedAssessmentActions('in_progress', { role: 'support_worker' })).toEqual([
      'edit',
      'submit',
      'withdraw',
    ])
    expect(allowedAssessmentActions('awaiting_sign_off', { role: 'support_worker' })).toEqual([
      'withdraw',
    ])
    expect(allowedAssessmentActions('awaiting_sign_off', { role: 'team_manager' })).toEqual([
      'return',
      'signOff',
      'withdraw',
    ])
    expect(allowedAssessmentActions('signed_off', { role: 'support_worker' })).toEqual([
      'sendProposal',
      'withdraw',
    ])
    expect(allowedAssessmentActions('proposal_sent', { role: 'support_worker' })).toEqual([
      'withdraw',
      'recordResponse',
    ])
    expect(allowedAssessmentActions('response_received', { role: 'support_worker' })).toEqual([
      'withdraw',
    ])
    expect(allowedAssessmentActions('response_received', { role: 'team_manager' })).toEqual([
      'decide',
      'withdraw',
    ])
    expect(allowedAssessmentActions('decided', { role: 'team_manager' })).toEqual([])
  })

  it('offers a decision on a sent proposal only once the time to respond has ended', () => {
    expect(allowedAssessmentActions('proposal_sent', { role: 'team_manager' })).toEqual([
      'withdraw',
      'recordResponse',
    ])
    expect(
      allowedAssessmentActions('proposal_sent', { role: 'team_manager', periodEnded: true }),
    ).toEqual(['decide', 'withdraw', 'recordResponse'])
  })

  it('offers nothing to staff who do not work on assessments', () => {
    for (const role of ['duty_officer', 'administrator'] as const) {
      for (const status of assessmentStatuses) {
        expect(allowedAssessmentActions(status, { role })).toEqual([])
      }
    }
  })

  it('offers a manager exactly what the machine allows, and a worker no manager’s action', () => {
    const machineAction: Record<
      Exclude<AssessmentStaffAction, 'edit'>,
      (periodEnded: boolean) => AssessmentAction
    > = {
      start: () => ({ kind: 'start' }),
      submit: () => ({ kind: 'submit', unfinished: [] }),
      return: () => ({ kind: 'return' }),
      signOff: () => ({ kind: 'signOff' }),
      sendProposal: () => ({ kind: 'sendProposal' }),
      decide: (periodEnded) => ({ kind: 'decide', periodEnded }),
      withdraw: () => ({ kind: 'withdraw' }),
      recordResponse: () => ({ kind: 'respond' }),
    }
    const managerOnly: readonly AssessmentStaffAction[] = ['return', 'signOff', 'decide']
    fc.assert(
      fc.property(
        fc.constantFrom(...assessmentStatuses),
        fc.boolean(),
        fc.constantFrom<StaffRole>('support_worker', 'team_manager'),
        (status, periodEnded, role) => {
          const offered = allowedAssessmentActions(status, { role, periodEnded })
          const byManager = allowedAssessmentActions(status, { role: 'team_manager', periodEnded })
          for (const [name, toAction] of Object.entries(machineAction)) {
            const legalNow = transition(status, toAction(periodEnded)) !== undefined
            expect(byManager.includes(name as AssessmentStaffAction)).toBe(legalNow)
          }
          expect(byManager.includes('edit')).toBe(canEditSections(status))
          expect(offered.every((action) => byManager.includes(action))).toBe(true)
          if (role === 'support_worker') {
            expect(offered.some((action) => managerOnly.includes(action))).toBe(false)
          }
        },
      ),
    )
  })
})
