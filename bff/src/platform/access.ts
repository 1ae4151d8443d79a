import type { Request } from 'express'
import type { Role } from '../contract/index.ts'
import type { Actor } from './actor.ts'
import { AppError } from './errors.ts'

/**
 * Who may call an endpoint. Every mounted endpoint names one; there is no default, so a route
 * without a rule cannot be mounted (deny by default, ASVS 8.2.1).
 * - `anyone`: no session needed (sign-in steps, public pages, health).
 * - `settingUp`: a signed-in session that may still lack its second factor: only the set-up steps.
 * - `signedIn`: a session that has completed both factors, with one of the roles.
 */
export type AccessRule =
  | { kind: 'anyone' }
  | { kind: 'setting-up'; roles: readonly Role[] }
  | { kind: 'signed-in'; roles: readonly Role[] }

export const access = {
  anyone: { kind: 'anyone' } as const,
  settingUp: (roles: readonly Role[]) => ({ kind: 'setting-up', roles }) as const,
  signedIn: (roles: readonly Role[]) => ({ kind: 'signed-in', roles }) as const,
}

/** The actor a handler gets: possibly absent only where anyone may call. */
export type ActorFor<R extends AccessRule> = R extends { kind: 'anyone' }
  ? Actor | undefined
  : Actor

/** Checks the rule against the request's actor; throws 401 or 403, or returns the actor. */
export function authorise(rule: AccessRule, req: Request): Actor | undefined {
  if (rule.kind === 'anyone') return req.actor
  const actor = req.actor
  if (!actor) throw new AppError('UNAUTHENTICATED')
  if (rule.kind === 'signed-in' && actor.stage !== 'active') {
    // The second factor is not done: nothing answers but the set-up steps (ASVS 6.3.3).
    throw new AppError('UNAUTHENTICATED', { message: 'Finish setting up your account security' })
  }
  if (!rule.roles.includes(actor.role)) {
    req.log.warn(
      { event: 'access-refused', userId: actor.userId, role: actor.role, path: req.path },
      'Access refused',
    )
    throw new AppError('FORBIDDEN')
  }
  return actor
}
