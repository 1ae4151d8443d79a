import { eq, organisations, sessions, users, type Db } from '@asp/db'
import { fromNodeHeaders } from 'better-auth/node'
import type { Request } from 'express'
import { endpoints, type Session, type SignInResult } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { allRoles, type Actor } from '../../platform/actor.ts'
import { recordAudit } from '../../platform/audit.ts'
import { callAuth } from '../../platform/auth/auth-errors.ts'
import { absoluteLimitSeconds, type Auth } from '../../platform/auth/auth.ts'
import { claimCode } from '../../platform/auth/used-codes.ts'
import { clearSessionCookie, forwardCookies } from '../../platform/auth/session-middleware.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { AppError } from '../../platform/errors.ts'

/** How long every failed sign-in takes, at least: longer than any of its paths. */
const failedSignInMs = 250

function waitUntil(deadline: number) {
  const wait = deadline - performance.now()
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve()
}

const wrongCredentials = () =>
  new AppError('UNAUTHENTICATED', {
    message: 'Enter the correct email address and password',
    fieldErrors: { email: 'Enter the correct email address and password' },
  })

const wrongCode = () =>
  new AppError('UNAUTHENTICATED', {
    message: 'The security code is not correct or has expired',
    fieldErrors: { code: 'Enter the correct security code' },
  })

const challengeExpired = () =>
  new AppError('UNAUTHENTICATED', { message: 'Your sign-in has timed out. Sign in again' })

function requestContext(req: Request) {
  return { ipAddress: req.ip, userAgent: req.get('user-agent'), requestId: String(req.id) }
}

/** The ways an account may confirm it is them: staff only with an authenticator app. */
function secondFactorChoices(actor: Actor, textMessages: boolean): Session['secondFactorChoices'] {
  if (actor.role !== 'adopter' && actor.role !== 'birth_relative') return ['totp']
  return textMessages ? ['totp', 'sms', 'email'] : ['totp', 'email']
}

export async function describeSession(
  db: Db,
  actor: Actor,
  options: { textMessages: boolean },
): Promise<Session> {
  const [organisation] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, actor.organisationId))
  return {
    stage: actor.stage,
    user: {
      id: actor.userId,
      name: actor.name,
      email: actor.email,
      role: actor.role,
      organisationName: organisation?.name ?? '',
      secondFactorMethod: actor.secondFactorMethod,
    },
    secondFactorChoices: secondFactorChoices(actor, options.textMessages),
    idleExpiresAt: actor.sessionExpiresAt.toISOString(),
    absoluteExpiresAt: new Date(
      actor.sessionCreatedAt.getTime() + absoluteLimitSeconds * 1000,
    ).toISOString(),
  }
}

export function sessionRoutes(db: Db, auth: Auth, options: { textMessages: boolean }) {
  return [
    handle(endpoints.signIn, access.anyone, async ({ body, req, res }): Promise<SignInResult> => {
      const started = performance.now()
      const email = body.email.toLowerCase()
      const [account] = await db
        .select({
          id: users.id,
          organisationId: users.organisationId,
          disabledAt: users.disabledAt,
          method: users.secondFactorMethod,
          twoFactorEnabled: users.twoFactorEnabled,
          mobileNumber: users.mobileNumber,
        })
        .from(users)
        .where(eq(users.email, email))
      if (account?.twoFactorEnabled && !account.method) {
        // A text message set-up left before the number was confirmed: start set-up again.
        await db.update(users).set({ twoFactorEnabled: false }).where(eq(users.id, account.id))
      }
      const context = { ...requestContext(req), organisationId: account?.organisationId }
      const failed = async () => {
        req.log.warn({ event: 'sign-in-failed', userId: account?.id }, 'Sign-in failed')
        await recordAudit(db, context, {
          action: 'sign-in-failed',
          recordType: 'user',
          recordId: account?.id ?? null,
          outcome: 'failed',
        })
        // Every failure takes the same time, whichever check failed (no enumeration by timing).
        await waitUntil(started + failedSignInMs)
        return wrongCredentials()
      }
      let result
      try {
        result = await callAuth(
          () =>
            auth.api.signInEmail({
              body: { email, password: body.password, rememberMe: true },
              headers: fromNodeHeaders(req.headers),
              returnHeaders: true,
            }),
          {},
          wrongCredentials(),
        )
      } catch (error) {
        if (error instanceof AppError) throw await failed()
        throw error
      }
      if (!account || account.disabledAt) {
        // A disabled account answers exactly like a wrong password, after the same work.
        if (account) await db.delete(sessions).where(eq(sessions.userId, account.id))
        throw await failed()
      }
      forwardCookies(result.headers, res)
      const response = result.response as { twoFactorRedirect?: boolean }
      if (response.twoFactorRedirect) {
        if (account.method === 'sms') {
          return {
            stage: 'second-factor-required',
            methods: ['sms'],
            mobileNumberEnding: account.mobileNumber?.slice(-3) ?? '',
          }
        }
        return {
          stage: 'second-factor-required',
          methods: account.method === 'email' ? ['email'] : ['totp', 'recovery-code'],
        }
      }
      await recordAudit(
        db,
        { ...context, actor: undefined },
        {
          action: 'sign-in',
          recordType: 'user',
          recordId: account.id,
          details: { stage: 'second-factor-setup-required' },
        },
      )
      req.log.info({ event: 'signed-in', userId: account.id, stage: 'setup' }, 'Signed in')
      return { stage: 'second-factor-setup-required' }
    }),

    handle(endpoints.sendSecurityCode, access.anyone, async ({ actor, req }) => {
      if (actor) throw new AppError('CONFLICT', { message: 'You are already signed in' })
      await callAuth(
        () => auth.api.sendTwoFactorOTP({ headers: fromNodeHeaders(req.headers), body: {} }),
        {},
        challengeExpired(),
      )
      return { ok: true as const }
    }),

    handle(
      endpoints.verifySecondFactor,
      access.anyone,
      async ({ body, req, res }): Promise<SignInResult> => {
        const headers = fromNodeHeaders(req.headers)
        const known = { INVALID_TWO_FACTOR_COOKIE: challengeExpired() }
        const result =
          body.method === 'totp'
            ? await callAuth(
                () =>
                  auth.api.verifyTOTP({ body: { code: body.code }, headers, returnHeaders: true }),
                known,
                wrongCode(),
              )
            : body.method === 'email' || body.method === 'sms'
              ? await callAuth(
                  () =>
                    auth.api.verifyTwoFactorOTP({
                      body: { code: body.code },
                      headers,
                      returnHeaders: true,
                    }),
                  known,
                  wrongCode(),
                )
              : await callAuth(
                  () =>
                    auth.api.verifyBackupCode({
                      body: { code: body.code },
                      headers,
                      returnHeaders: true,
                    }),
                  known,
                  wrongCode(),
                )
        const user = (result.response as { user?: { id: string; organisationId?: string } }).user
        if (body.method === 'totp' && user && !(await claimCode(db, user.id, body.code))) {
          // The code was right but already used: no session comes of it (ASVS 6.5.1).
          const token = (result.response as { token?: string }).token
          if (token) await db.delete(sessions).where(eq(sessions.token, token))
          req.log.warn({ event: 'code-replayed', userId: user.id }, 'Authenticator code used twice')
          throw wrongCode()
        }
        forwardCookies(result.headers, res)
        await recordAudit(
          db,
          { ...requestContext(req), organisationId: user?.organisationId },
          {
            action: 'sign-in',
            recordType: 'user',
            recordId: user?.id ?? null,
            details: { secondFactor: body.method },
          },
        )
        req.log.info({ event: 'signed-in', userId: user?.id, method: body.method }, 'Signed in')
        return { stage: 'active' }
      },
    ),

    handle(endpoints.getSession, access.settingUp(allRoles), ({ actor }) =>
      describeSession(db, actor, options),
    ),

    handle(endpoints.extendSession, access.settingUp(allRoles), ({ actor }) =>
      describeSession(db, actor, options),
    ),

    handle(endpoints.signOut, access.settingUp(allRoles), async ({ actor, req, res }) => {
      const result = await auth.api.signOut({
        headers: fromNodeHeaders(req.headers),
        returnHeaders: true,
      })
      // Whatever better-auth answered, the session row is gone (ASVS 7.4.1).
      await db.delete(sessions).where(eq(sessions.id, actor.sessionId))
      forwardCookies(result.headers, res)
      clearSessionCookie(res)
      await recordAudit(
        db,
        { ...requestContext(req), actor },
        { action: 'sign-out', recordType: 'user', recordId: actor.userId },
      )
      return { ok: true as const }
    }),

    handle(endpoints.signOutOtherDevices, access.signedIn(allRoles), async ({ actor, req }) => {
      await auth.api.revokeOtherSessions({ headers: fromNodeHeaders(req.headers) })
      await recordAudit(
        db,
        { ...requestContext(req), actor },
        {
          action: 'sign-out',
          recordType: 'user',
          recordId: actor.userId,
          details: { otherDevices: true },
        },
      )
      return { ok: true as const }
    }),
  ]
}
