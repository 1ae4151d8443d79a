import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { supportStatuses, triageDecisions, type SupportStatus } from '../../contract/index.ts'
import {
  allowedActions,
  isOpen,
  nextStatus,
  transition,
  type SupportAction,
} from './status-machine.ts'

const actions: SupportAction[] = [
  ...triageDecisions.map((decision) => ({ kind: 'triage' as const, decision })),
  { kind: 'allocate' },
  { kind: 'close' },
  { kind: 'withdraw' },
]

describe('the support request state machine', () => {
  it('moves new requests by the triage decision', () => {
    expect(transition('new', { kind: 'triage', decision: 'duty_support' })).toBe('duty_support')
    expect(transition('new', { kind: 'triage', decision: 'book_advice_call' })).toBe(
      'advice_call_booked',
    )
    expect(transition('new', { kind: 'triage', decision: 'allocate_for_assessment' })).toBe(
      'awaiting_allocation',
    )
    expect(transition('new', { kind: 'triage', decision: 'refer_on' })).toBe('closed')
    expect(transition('awaiting_allocation', { kind: 'allocate' })).toBe('allocated')
    expect(transition('allocated', { kind: 'allocate' })).toBe('allocated')
  })

  it('refuses to move closed or withdrawn requests, with a 409 in words', () => {
    for (const status of ['closed', 'withdrawn'] as const) {
      for (const action of actions) expect(transition(status, action)).toBeUndefined()
    }
    expect(() => nextStatus('closed', { kind: 'allocate' })).toThrow(
      'You cannot allocate a request that is closed',
    )
    expect(() => nextStatus('new', { kind: 'allocate' })).toThrow(
      expect.objectContaining({ status: 409 }),
    )
  })

  it('never leaves a terminal status, and offers only actions the machine allows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...supportStatuses),
        fc.array(fc.constantFrom(...actions), { maxLength: 12 }),
        (start: SupportStatus, steps) => {
          let status = start
          for (const step of steps) {
            const next = transition(status, step)
            if (!isOpen(status)) expect(next).toBeUndefined()
            const offered = allowedActions(status)
            if (step.kind !== 'withdraw')
              expect(offered.includes(step.kind)).toBe(next !== undefined)
            if (next) status = next
          }
        },
      ),
    )
  })
})
