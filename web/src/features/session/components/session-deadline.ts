import type { Session } from '@asp/bff/contract'

/** The BFF's idle timeout: a session ends 30 minutes after its last request. */
export const idleTimeoutMs = 30 * 60_000
/** The BFF slides the idle timeout at most once a minute, so a request may not move it at all. */
const slideStepMs = 60_000
/** The GOV.UK timeout warning appears this long before the session ends. */
export const warningMs = 2 * 60_000

export interface SessionDeadline {
  /** `Date.now()` time at which the session ends. */
  endsAt: number
  /** `inactive`: the idle timeout; `time-limit`: the absolute limit since signing in. */
  reason: 'inactive' | 'time-limit'
}

/**
 * When the session ends, as best the SPA can tell without asking (asking would keep it alive):
 * the idle end the API last gave, moved on by any request made since, never later than the
 * absolute limit. It errs early by up to a minute, never late.
 */
export function sessionDeadline(session: Session, lastActivityAt?: number): SessionDeadline {
  const idleEnd = Date.parse(session.idleExpiresAt)
  const slidIdleEnd =
    lastActivityAt === undefined
      ? idleEnd
      : Math.max(idleEnd, lastActivityAt + idleTimeoutMs - slideStepMs)
  const absoluteEnd = Date.parse(session.absoluteExpiresAt)
  return slidIdleEnd < absoluteEnd
    ? { endsAt: slidIdleEnd, reason: 'inactive' }
    : { endsAt: absoluteEnd, reason: 'time-limit' }
}
