import type { workerCaseloadSchema } from '@asp/bff/contract'
import type { z } from 'zod'

/** Someone who may be a plan's named worker. */
export interface PlanWorker {
  id: string
  name: string
}

/**
 * The workers the named worker select offers: the agency's support workers and team managers in
 * the reader's councils (`GET /api/workers`; the BFF names only these two roles), and the plan's
 * named worker too if they are not among them (in another council, say), so that changing
 * something else never changes who is named.
 */
export function workerChoices(
  { workers }: z.infer<typeof workerCaseloadSchema>,
  named: { id: string | null; name: string | null } = { id: null, name: null },
): PlanWorker[] {
  const choices = workers
    .filter((worker) => worker.role === 'support_worker' || worker.role === 'team_manager')
    .map(({ id, name }) => ({ id, name }))
  if (named.id === null || choices.some((worker) => worker.id === named.id)) {
    return choices
  }
  return [...choices, { id: named.id, name: named.name ?? 'The named worker' }]
}
