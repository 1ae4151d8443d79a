import { lte, usedCodes, type Db } from '@asp/db'
import { systemClock } from '../clock.ts'

/** How long an authenticator code stays acceptable: its 30-second step and one either side. */
const acceptableSeconds = 90

/**
 * Claims an authenticator code for a user. Returns false when the same code was already used
 * while it could still be accepted: the caller must then refuse it (ASVS 6.5.1). Atomic, so two
 * requests racing with one code cannot both win.
 */
export async function claimCode(db: Db, userId: string, code: string, now = systemClock()) {
  const expiresAt = new Date(now.getTime() + acceptableSeconds * 1000)
  const claimed = await db
    .insert(usedCodes)
    .values({ key: `${userId}:${code}`, expiresAt })
    .onConflictDoUpdate({
      target: usedCodes.key,
      set: { expiresAt },
      setWhere: lte(usedCodes.expiresAt, now),
    })
    .returning({ key: usedCodes.key })
  return claimed.length === 1
}
