import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planStatuses, type PlanStatus } from '../../contract/index.ts'
import {
  allowedPlanActions,
  nextPlanStatus,
  transitionPlan,
  type PlanAction,
} from './plan-states.ts'

/** Every action the machine knows, with each variant that can change the answer. */
const actions = {
  shareWithServices: { kind: 'share', services: 2 },
  shareWithoutServices: { kind: 'share', services: 0 },
  review: { kind: 'review' },
  changeServices: { kind: 'changeServices' },
  close: { kind: 'close' },
} satisfies Record<string, PlanAction>
type ActionName = keyof typeof actions

/** The specification: every legal move. Anything not listed must be refused. */
const legal: Record<PlanStatus, Partial<Record<ActionName, PlanStatus>>> = {
  draft: { shareWithServices: 'active', changeServices: 'draft', close: 'closed' },
  active: { review: 'active', changeServices: 'active', close: 'closed' },
  closed: {},
}

const everyMove = planStatuses.flatMap((status) =>
  (Object.keys(actions) as ActionName[]).map(
    (name) => [status, name, legal[status][name] ?? 'refused'] as const,
  ),
)

describe('the support plan state machine', () => {
  it.each(everyMove)('%s + %s → %s', (status, name, expected) => {
    const next = transitionPlan(status, actions[name])
    expect(next ?? 'refused').toBe(expected)
    if (next) {
      expect(nextPlanStatus(status, actions[name])).toBe(next)
    } else {
      expect(() => nextPlanStatus(status, actions[name])).toThrow(
        expect.objectContaining({ code: 'CONFLICT', status: 409 }),
      )
    }
  })

  it('says in words why a move is refused', () => {
    expect(() => nextPlanStatus('draft', { kind: 'share', services: 0 })).toThrow(
      'Add at least one service before you share the plan',
    )
    expect(() => nextPlanStatus('active', { kind: 'share', services: 3 })).toThrow(
      'You cannot share a plan that is active',
    )
    expect(() => nextPlanStatus('draft', { kind: 'review' })).toThrow(
      'You cannot record a review of a plan that is a draft',
    )
    expect(() => nextPlanStatus('closed', { kind: 'changeServices' })).toThrow(
      'You cannot change the services in a plan that is closed',
    )
    expect(() => nextPlanStatus('closed', { kind: 'close' })).toThrow(
      'You cannot close a plan that is closed',
    )
  })

  it('never leaves closed, and never goes back to draft', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...planStatuses),
        fc.array(fc.constantFrom(...Object.values(actions)), { maxLength: 10 }),
        (start: PlanStatus, steps: PlanAction[]) => {
          let status = start
          for (const step of steps) {
            const next = transitionPlan(status, step)
            if (status === 'closed') expect(next).toBeUndefined()
            if (status !== 'draft') expect(next).not.toBe('draft')
            if (next) status = next
          }
        },
      ),
    )
  })
})

describe('what the staff page may offer for a plan', () => {
  it('offers workers and managers what the status allows', () => {
    for (const role of ['support_worker', 'team_manager'] as const) {
      expect(allowedPlanActions('draft', { role })).toEqual(['share', 'changeServices', 'close'])
      expect(allowedPlanActions('active', { role })).toEqual(['review', 'changeServices', 'close'])
      expect(allowedPlanActions('closed', { role })).toEqual([])
    }
  })

  it('offers nothing to staff who do not work on plans', () => {
    for (const role of ['duty_officer', 'administrator'] as const) {
      for (const status of planStatuses) expect(allowedPlanActions(status, { role })).toEqual([])
    }
  })
})
