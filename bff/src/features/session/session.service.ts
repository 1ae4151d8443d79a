import type { Db } from '@asp/db'
import type { Logger } from 'pino'
import type { SecondFactor, Session, SignIn, SignInResult } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit, type AuditContext } from '../../platform/audit.ts'
import { callAuth } from '../../platform/auth/auth-errors.ts'
import { absoluteLimitSeconds, type Auth } from '../../platform/auth/auth.ts'
import { claimCode } from '../../platform/auth/used-codes.ts'
import { AppError } from '../../platform/errors.ts'
import {
  deleteSession,
  deleteSessionByToken,
  deleteSessionsOfUser,
  findOrganisationName,
  findSignInAccount,
  restartSecondFactorSetup,
} from './session.repository.ts'

/** What signing in and out needs of the HTTP exchange. */
export interface SessionExchange {
  /** The request's headers, as better-auth reads them. */
  headers: Headers
  /** Sends the cookies better-auth set out with the response. */
  forwardCookies: (headers: Headers) => void
  clearSessionCookie: () => void
  /** Where the request came from, for the audit trail of a caller not yet signed in. */
  context: Pick<AuditContext, 'ipAddress' | 'userAgent' | 'requestId'>
  log: Pick<Logger, 'info' | 'warn'>
}

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

/** The ways an account may confirm it is them: staff only with an authenticator app. */
function secondFactorChoices(actor: Actor, textMessages: boolean): Session['secondFactorChoices'] {
  if (actor.role !== 'adopter' && actor.role !== 'birth_relative') return ['totp']
  return textMessages ? ['totp', 'sms', 'email'] : ['totp', 'email']
}

/** Signing in with a password and a second factor, the session itself, and signing out. */
export function sessionService(db: Db, auth: Auth, options: { textMessages: boolean }) {
  return {
    async signIn(input: SignIn, exchange: SessionExchange): Promise<SignInResult> {
      const started = performance.now()
      const email = input.email.toLowerCase()
      const account = await findSignInAccount(db, email)
      if (account?.twoFactorEnabled && !account.method) {
        // A text message set-up left before the number was confirmed: start set-up again.
        await restartSecondFactorSetup(db, account.id)
      }
      const context = { ...exchange.context, organisationId: account?.organisationId }
      const failed = async () => {
        exchange.log.warn({ event: 'sign-in-failed', userId: account?.id }, 'Sign-in failed')
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
              body: { email, password: input.password, rememberMe: true },
              headers: exchange.headers,
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
        if (account) await deleteSessionsOfUser(db, account.id)
        throw await failed()
      }
      exchange.forwardCookies(result.headers)
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
      exchange.log.info({ event: 'signed-in', userId: account.id, stage: 'setup' }, 'Signed in')
      return { stage: 'second-factor-setup-required' }
    },

    async sendSecurityCode(actor: Actor | undefined, exchange: Pick<SessionExchange, 'headers'>) {
      if (actor) throw new AppError('CONFLICT', { message: 'You are already signed in' })
      await callAuth(
        () => auth.api.sendTwoFactorOTP({ headers: exchange.headers, body: {} }),
        {},
        challengeExpired(),
      )
      return { ok: true as const }
    },

    async verifySecondFactor(
      input: SecondFactor,
      exchange: SessionExchange,
    ): Promise<SignInResult> {
      const { headers } = exchange
      const known = { INVALID_TWO_FACTOR_COOKIE: challengeExpired() }
      const result =
        input.method === 'totp'
          ? await callAuth(
              () =>
                auth.api.verifyTOTP({ body: { code: input.code }, headers, returnHeaders: true }),
              known,
              wrongCode(),
            )
          : input.method === 'email' || input.method === 'sms'
            ? await callAuth(
                () =>
                  auth.api.verifyTwoFactorOTP({
                    body: { code: input.code },
                    headers,
                    returnHeaders: true,
                  }),
                known,
                wrongCode(),
              )
            : await callAuth(
                () =>
                  auth.api.verifyBackupCode({
                    body: { code: input.code },
                    headers,
                    returnHeaders: true,
                  }),
                known,
                wrongCode(),
              )
      const user = (result.response as { user?: { id: string; organisationId?: string } }).user
      if (input.method === 'totp' && user && !(await claimCode(db, user.id, input.code))) {
        // The code was right but already used: no session comes of it (ASVS 6.5.1).
        const token = (result.response as { token?: string }).token
        if (token) await deleteSessionByToken(db, token)
        exchange.log.warn(
          { event: 'code-replayed', userId: user.id },
          'Authenticator code used twice',
        )
        throw wrongCode()
      }
      exchange.forwardCookies(result.headers)
      await recordAudit(
        db,
        { ...exchange.context, organisationId: user?.organisationId },
        {
          action: 'sign-in',
          recordType: 'user',
          recordId: user?.id ?? null,
          details: { secondFactor: input.method },
        },
      )
      exchange.log.info({ event: 'signed-in', userId: user?.id, method: input.method }, 'Signed in')
      return { stage: 'active' }
    },

    async describeSession(actor: Actor): Promise<Session> {
      const organisationName = await findOrganisationName(db, actor.organisationId)
      return {
        stage: actor.stage,
        user: {
          id: actor.userId,
          name: actor.name,
          email: actor.email,
          role: actor.role,
          organisationName: organisationName ?? '',
          secondFactorMethod: actor.secondFactorMethod,
        },
        secondFactorChoices: secondFactorChoices(actor, options.textMessages),
        idleExpiresAt: actor.sessionExpiresAt.toISOString(),
        absoluteExpiresAt: new Date(
          actor.sessionCreatedAt.getTime() + absoluteLimitSeconds * 1000,
        ).toISOString(),
      }
    },

    async signOut(actor: Actor, exchange: SessionExchange) {
      const result = await auth.api.signOut({ headers: exchange.headers, returnHeaders: true })
      // Whatever better-auth answered, the session row is gone (ASVS 7.4.1).
      await deleteSession(db, actor.sessionId)
      exchange.forwardCookies(result.headers)
      exchange.clearSessionCookie()
      await recordAudit(db, auditContextOf(actor), {
        action: 'sign-out',
        recordType: 'user',
        recordId: actor.userId,
      })
      return { ok: true as const }
    },

    async signOutOtherDevices(actor: Actor, exchange: Pick<SessionExchange, 'headers'>) {
      await auth.api.revokeOtherSessions({ headers: exchange.headers })
      await recordAudit(db, auditContextOf(actor), {
        action: 'sign-out',
        recordType: 'user',
        recordId: actor.userId,
        details: { otherDevices: true },
      })
      return { ok: true as const }
    },
  }
}
