import { conflictsOfInterest, eq, sessions, staffLocalAuthorities, type Db } from '@asp/db'
import { fromNodeHeaders } from 'better-auth/node'
import type { RequestHandler, Response } from 'express'
import type { Role } from '../../contract/index.ts'
import { isStaff, type Actor } from '../actor.ts'
import { absoluteLimitSeconds, sessionCookieName, type Auth } from './auth.ts'

/** Copies the cookies better-auth set onto the Express response. */
export function forwardCookies(headers: Headers, res: Response) {
  for (const cookie of headers.getSetCookie()) res.append('Set-Cookie', cookie)
}

export function clearSessionCookie(res: Response) {
  res.append(
    'Set-Cookie',
    `${sessionCookieName}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`,
  )
}

/**
 * Reads the session cookie, if any, and sets `req.actor`. A session past its idle timeout is gone
 * (better-auth deletes it); one past the absolute limit, or of a disabled account, is deleted here.
 */
export function resolveActor(
  auth: Auth,
  db: Db,
  now: () => Date = () => new Date(),
): RequestHandler {
  return async (req, res, next) => {
    if (!req.headers.cookie?.includes(sessionCookieName)) return next()
    const result = await auth.api.getSession({
      headers: fromNodeHeaders(req.headers),
      returnHeaders: true,
    })
    forwardCookies(result.headers, res)
    const found = result.response
    if (!found) return next()
    const { session, user } = found
    const extra = user as typeof user & {
      role: Role
      organisationId: string
      secondFactorMethod?: 'totp' | 'email' | 'sms' | null
      disabledAt?: Date | null
    }
    const tooOld = now().getTime() - session.createdAt.getTime() > absoluteLimitSeconds * 1000
    if (tooOld || extra.disabledAt) {
      await db.delete(sessions).where(eq(sessions.id, session.id))
      clearSessionCookie(res)
      req.log.info({
        event: 'session-ended',
        reason: tooOld ? 'absolute-limit' : 'account-disabled',
      })
      return next()
    }
    const staff = isStaff(extra.role)
    const [localAuthorities, conflicts] = staff
      ? await Promise.all([
          db
            .select({ id: staffLocalAuthorities.localAuthorityId })
            .from(staffLocalAuthorities)
            .where(eq(staffLocalAuthorities.userId, user.id)),
          db
            .select({
              familyId: conflictsOfInterest.familyId,
              birthRelativeId: conflictsOfInterest.birthRelativeId,
            })
            .from(conflictsOfInterest)
            .where(eq(conflictsOfInterest.staffUserId, user.id)),
        ])
      : [[], []]
    const actor: Actor = {
      userId: user.id,
      role: extra.role,
      organisationId: extra.organisationId,
      name: user.name,
      email: user.email,
      // Active once a second factor is switched on and chosen: a text message set-up switches it
      // on before the mobile number is confirmed, and is not finished until it is.
      stage:
        (user as { twoFactorEnabled?: boolean }).twoFactorEnabled && extra.secondFactorMethod
          ? 'active'
          : 'second-factor-setup-required',
      secondFactorMethod: extra.secondFactorMethod ?? null,
      sessionId: session.id,
      sessionToken: session.token,
      sessionCreatedAt: session.createdAt,
      sessionExpiresAt: session.expiresAt,
      localAuthorityIds: localAuthorities.map((row) => row.id),
      conflictedFamilyIds: conflicts.flatMap((row) => (row.familyId ? [row.familyId] : [])),
      conflictedBirthRelativeIds: conflicts.flatMap((row) =>
        row.birthRelativeId ? [row.birthRelativeId] : [],
      ),
      ipAddress: req.ip,
      userAgent: req.get('user-agent'),
      requestId: String(req.id),
    }
    req.actor = actor
    return next()
  }
}
