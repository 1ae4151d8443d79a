/**
 * Whether an error means the database cannot be reached just now (down, restarting, refusing
 * connections, or a connection cut), rather than a fault in the request or the code: such a
 * request is answered 503 with Retry-After, so that a client tries again instead of reporting a
 * bug. Drizzle wraps the driver's error, so the `cause` chain is followed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && unavailableCodes.has(code)) return true
    if (typeof message === 'string' && cutConnection.test(message)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/** Seconds a client is asked to wait before trying again: about as long as a restart takes. */
export const retryAfterSeconds = 5

const unavailableCodes = new Set([
  // The socket: nothing listening, the connection reset or timed out.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  // PostgreSQL's own: shut down by an administrator or a crash, starting up, too many
  // connections, and the connection exceptions (class 08).
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])

/** node-postgres's words for a connection that ended under a query, or one it could not open. */
const cutConnection = /^Connection terminated|timeout exceeded when trying to connect/i
