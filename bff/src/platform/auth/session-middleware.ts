import { createHmac, timingSafeEqual } from 'node:crypto'
import {
  conflictsOfInterest,
  eq,
  sessions,
  sql,
  staffLocalAuthorities,
  users,
  type Db,
} from '@asp/db'
import { parse as parseCookies, serialize as serializeCookie } from 'cookie'
import type { RequestHandler, Response } from 'express'
import { isStaff, type Actor } from '../actor.ts'
import {
  absoluteLimitSeconds,
  idleTimeoutSeconds,
  sessionCookieName,
  slideEverySeconds,
} from './auth.ts'
import { systemClock, type Clock } from '../clock.ts'

/** Copies the cookies better-auth set onto the Express response. */
export function forwardCookies(headers: Headers, res: Response) {
  for (const cookie of headers.getSetCookie()) res.append('Set-Cookie', cookie)
}

const cookieAttributes = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' } as const

export function clearSessionCookie(res: Response) {
  res.append(
    'Set-Cookie',
    serializeCookie(sessionCookieName, '', { ...cookieAttributes, maxAge: 0 }),
  )
}

/**
 * The session token in a cookie better-auth signed (`token.signature`, the signature an HMAC-SHA256
 * of the token with the auth secret, in base64), or undefined if the signature does not hold.
 */
export function verifiedToken(value: string, secret: string) {
  const dot = value.lastIndexOf('.')
  if (dot < 1) return undefined
  const token = value.slice(0, dot)
  const given = Buffer.from(value.slice(dot + 1), 'base64')
  const expected = createHmac('sha256', secret).update(token).digest()
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : undefined
}

/**
 * Everything the actor needs, in one statement prepared once: the session, its user, and for staff
 * their local authorities and conflicts of interest. Every API request runs it.
 */
function prepareSessionQuery(db: Db) {
  return db
    .select({
      sessionId: sessions.id,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      role: users.role,
      organisationId: users.organisationId,
      name: users.name,
      email: users.email,
      twoFactorEnabled: users.twoFactorEnabled,
      secondFactorMethod: users.secondFactorMethod,
      disabledAt: users.disabledAt,
      localAuthorityIds: sql<
        string[]
      >`coalesce((select array_agg(${staffLocalAuthorities.localAuthorityId}::text) from ${staffLocalAuthorities} where ${staffLocalAuthorities.userId} = ${users.id}), '{}'::text[])`,
      conflictedFamilyIds: sql<
        string[]
      >`coalesce((select array_agg(${conflictsOfInterest.familyId}::text) from ${conflictsOfInterest} where ${conflictsOfInterest.staffUserId} = ${users.id} and ${conflictsOfInterest.familyId} is not null), '{}'::text[])`,
      conflictedBirthRelativeIds: sql<
        string[]
      >`coalesce((select array_agg(${conflictsOfInterest.birthRelativeId}::text) from ${conflictsOfInterest} where ${conflictsOfInterest.staffUserId} = ${users.id} and ${conflictsOfInterest.birthRelativeId} is not null), '{}'::text[])`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.token, sql.placeholder('token')))
    .prepare('session_actor')
}

/**
 * Reads the session cookie, if any, and sets `req.actor`. better-auth writes sessions (sign-in,
 * second factor, sign-out); this reads them on every request in one prepared statement, with the
 * same rules as better-auth's own `getSession` (ADR 0011): the cookie's signature must hold; a
 * session past its idle timeout is deleted; the idle timeout slides on use, at most once a minute,
 * and the cookie is sent again with its new lifetime. A session past the absolute limit, or of a
 * disabled account, is deleted too.
 */
export function resolveActor(db: Db, secret: string, now: Clock = systemClock): RequestHandler {
  const findSession = prepareSessionQuery(db)
  const endSession = async (sessionId: string, res: Response) => {
    await db.delete(sessions).where(eq(sessions.id, sessionId))
    clearSessionCookie(res)
  }

  return async (req, res, next) => {
    const header = req.headers.cookie
    if (!header?.includes(sessionCookieName)) return next()
    const value = parseCookies(header)[sessionCookieName]
    const token = value ? verifiedToken(value, secret) : undefined
    if (!token) return next()
    const [found] = await findSession.execute({ token })
    if (!found) return next()
    const at = now()
    const idle = found.expiresAt.getTime() <= at.getTime()
    const tooOld = at.getTime() - found.createdAt.getTime() > absoluteLimitSeconds * 1000
    if (idle || tooOld || found.disabledAt) {
      await endSession(found.sessionId, res)
      req.log.info({
        event: 'session-ended',
        reason: idle ? 'idle-timeout' : tooOld ? 'absolute-limit' : 'account-disabled',
      })
      return next()
    }
    let expiresAt = found.expiresAt
    const lastSlid = expiresAt.getTime() - idleTimeoutSeconds * 1000
    if (at.getTime() - lastSlid >= slideEverySeconds * 1000) {
      expiresAt = new Date(at.getTime() + idleTimeoutSeconds * 1000)
      await db
        .update(sessions)
        .set({ expiresAt, updatedAt: at })
        .where(eq(sessions.id, found.sessionId))
      res.append(
        'Set-Cookie',
        serializeCookie(sessionCookieName, value!, {
          ...cookieAttributes,
          maxAge: idleTimeoutSeconds,
        }),
      )
    }
    const staff = isStaff(found.role)
    const actor: Actor = {
      userId: found.userId,
      role: found.role,
      organisationId: found.organisationId,
      name: found.name,
      email: found.email,
      // Active once a second factor is switched on and chosen: a text message set-up switches it
      // on before the mobile number is confirmed, and is not finished until it is.
      stage:
        found.twoFactorEnabled && found.secondFactorMethod
          ? 'active'
          : 'second-factor-setup-required',
      secondFactorMethod: found.secondFactorMethod ?? null,
      sessionId: found.sessionId,
      sessionToken: token,
      sessionCreatedAt: found.createdAt,
      sessionExpiresAt: expiresAt,
      localAuthorityIds: staff ? found.localAuthorityIds : [],
      conflictedFamilyIds: staff ? found.conflictedFamilyIds : [],
      conflictedBirthRelativeIds: staff ? found.conflictedBirthRelativeIds : [],
      ipAddress: req.ip,
      userAgent: req.get('user-agent'),
      requestId: String(req.id),
    }
    req.actor = actor
    return next()
  }
}
