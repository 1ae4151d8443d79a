import { eq, users, type Db } from '@asp/db'
import { fromNodeHeaders } from 'better-auth/node'
import type { Request } from 'express'
import QRCode from 'qrcode'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { allRoles } from '../../platform/actor.ts'
import { recordAudit } from '../../platform/audit.ts'
import { callAuth } from '../../platform/auth/auth-errors.ts'
import type { Auth } from '../../platform/auth/auth.ts'
import { claimCode } from '../../platform/auth/used-codes.ts'
import { checkPassword } from '../../platform/auth/password-policy.ts'
import { forwardCookies } from '../../platform/auth/session-middleware.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { AppError } from '../../platform/errors.ts'

const wrongPassword = (field: string) =>
  new AppError('VALIDATION_FAILED', {
    message: 'Your password is not correct',
    fieldErrors: { [field]: 'Enter your current password correctly' },
  })

const wrongCode = () =>
  new AppError('VALIDATION_FAILED', {
    message: 'The security code is not correct',
    fieldErrors: { code: 'Enter the 6-digit code shown in your authenticator app' },
  })

/** Refuses a password that breaks the policy, with the GOV.UK message on the field. */
export function assertAcceptablePassword(password: string, field: string) {
  const problem = checkPassword(password)
  if (problem)
    throw new AppError('VALIDATION_FAILED', { message: problem, fieldErrors: { [field]: problem } })
}

function context(req: Request) {
  return { ipAddress: req.ip, userAgent: req.get('user-agent'), requestId: String(req.id) }
}

export function accountRoutes(db: Db, auth: Auth) {
  const alreadySetUp = () =>
    new AppError('CONFLICT', { message: 'You have already set up how you confirm it is you' })

  return [
    handle(endpoints.startTotpSetup, access.settingUp(allRoles), async ({ actor, body, req }) => {
      if (actor.stage === 'active') throw alreadySetUp()
      const result = await callAuth(
        () =>
          auth.api.enableTwoFactor({
            body: { password: body.password, method: 'totp' },
            headers: fromNodeHeaders(req.headers),
          }),
        { INVALID_PASSWORD: wrongPassword('password'), TOTP_ALREADY_ENABLED: alreadySetUp() },
        wrongPassword('password'),
      )
      const { totpURI, backupCodes } = result as { totpURI: string; backupCodes: string[] }
      const secret = new URL(totpURI).searchParams.get('secret') ?? ''
      const svg = await QRCode.toString(totpURI, { type: 'svg', margin: 2 })
      return {
        totpUri: totpURI,
        qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
        secret,
        recoveryCodes: backupCodes,
      }
    }),

    handle(
      endpoints.confirmTotpSetup,
      access.settingUp(allRoles),
      async ({ actor, body, req, res }) => {
        if (actor.stage === 'active') throw alreadySetUp()
        const result = await callAuth(
          () =>
            auth.api.verifyTOTP({
              body: { code: body.code },
              headers: fromNodeHeaders(req.headers),
              returnHeaders: true,
            }),
          {},
          wrongCode(),
        )
        await claimCode(db, actor.userId, body.code)
        forwardCookies(result.headers, res)
        await db.update(users).set({ secondFactorMethod: 'totp' }).where(eq(users.id, actor.userId))
        await recordAudit(
          db,
          { ...context(req), actor },
          {
            action: 'second-factor-set-up',
            recordType: 'user',
            recordId: actor.userId,
            details: { method: 'totp' },
          },
        )
        return { stage: 'active' as const }
      },
    ),

    handle(
      endpoints.chooseEmailCodes,
      access.settingUp(['adopter', 'birth_relative']),
      async ({ actor, body, req, res }) => {
        if (actor.stage === 'active') throw alreadySetUp()
        const result = await callAuth(
          () =>
            auth.api.enableTwoFactor({
              body: { password: body.password, method: 'otp' },
              headers: fromNodeHeaders(req.headers),
              returnHeaders: true,
            }),
          { INVALID_PASSWORD: wrongPassword('password') },
          wrongPassword('password'),
        )
        forwardCookies(result.headers, res)
        await db
          .update(users)
          .set({ secondFactorMethod: 'email' })
          .where(eq(users.id, actor.userId))
        await recordAudit(
          db,
          { ...context(req), actor },
          {
            action: 'second-factor-set-up',
            recordType: 'user',
            recordId: actor.userId,
            details: { method: 'email' },
          },
        )
        return { stage: 'active' as const }
      },
    ),

    handle(
      endpoints.changePassword,
      access.signedIn(allRoles),
      async ({ actor, body, req, res }) => {
        assertAcceptablePassword(body.newPassword, 'newPassword')
        const result = await callAuth(
          () =>
            auth.api.changePassword({
              body: {
                currentPassword: body.currentPassword,
                newPassword: body.newPassword,
                revokeOtherSessions: true,
              },
              headers: fromNodeHeaders(req.headers),
              returnHeaders: true,
            }),
          { INVALID_PASSWORD: wrongPassword('currentPassword') },
          wrongPassword('currentPassword'),
        )
        forwardCookies(result.headers, res)
        await recordAudit(
          db,
          { ...context(req), actor },
          {
            action: 'password-changed',
            recordType: 'user',
            recordId: actor.userId,
          },
        )
        return { ok: true as const }
      },
    ),

    handle(endpoints.requestPasswordReset, access.anyone, ({ body, req }) => {
      // The same answer, at the same speed, whether or not the account exists (no enumeration):
      // the token and its email are made after the response, and their failure only logged.
      void auth.api
        .requestPasswordReset({
          body: { email: body.email.toLowerCase(), redirectTo: '/reset-password' },
        })
        .catch((error: unknown) => req.log.error({ err: error }, 'Password reset not started'))
      return { ok: true as const }
    }),

    handle(endpoints.resetPassword, access.anyone, async ({ body, req }) => {
      assertAcceptablePassword(body.password, 'password')
      const expired = new AppError('VALIDATION_FAILED', {
        message: 'This link has expired or has already been used',
        fieldErrors: { token: 'This link has expired or has already been used. Ask for a new one' },
      })
      await callAuth(
        () => auth.api.resetPassword({ body: { newPassword: body.password, token: body.token } }),
        {},
        expired,
      )
      req.log.info({ event: 'password-reset' }, 'Password reset')
      return { ok: true as const }
    }),
  ]
}
