/**
 * When the SPA last heard from the BFF. Every answered request (except a 401) slides the session's
 * idle timeout on the server, so the timeout warning uses this to know that the `idleExpiresAt` it
 * was given has moved on, without asking the API again (asking would itself keep the session
 * alive). Times are `Date.now()` values, taken when each request started.
 */
let lastActivityAt: number | undefined
const listeners = new Set<() => void>()

export function noteApiActivity(startedAt: number): void {
  if (lastActivityAt !== undefined && startedAt <= lastActivityAt) {
    return
  }
  lastActivityAt = startedAt
  for (const listener of listeners) {
    listener()
  }
}

export function getLastApiActivity(): number | undefined {
  return lastActivityAt
}

/** For `useSyncExternalStore`: calls `listener` after each new activity. */
export function subscribeToApiActivity(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Forgets the activity, when the session ends. */
export function resetApiActivity(): void {
  lastActivityAt = undefined
  for (const listener of listeners) {
    listener()
  }
}
