import { createHash, randomInt, timingSafeEqual } from 'node:crypto'
import { and, eq, gt, users, verifications, type Db } from '@asp/db'
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
import { enqueueTextMessage } from '../../platform/outbox/outbox.ts'
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

/** A code texted to confirm a mobile number lasts this long, and allows this many tries. */
const textCodeMinutes = 10
const textCodeTries = 5

interface PendingMobileNumber {
  mobileNumber: string
  codeHash: string
  tries: number
}

const textSetupKey = (userId: string) => `text-message-setup:${userId}`
const hashTextCode = (userId: string, code: string) =>
  createHash('sha256').update(`${userId}:${code}`).digest()

function context(req: Request) {
  return { ipAddress: req.ip, userAgent: req.get('user-agent'), requestId: String(req.id) }
}

export function accountRoutes(db: Db, auth: Auth, options: { textMessages: boolean }) {
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
      endpoints.startTextMessageSetup,
      access.settingUp(['adopter', 'birth_relative']),
      async ({ actor, body, req, res }) => {
        if (!options.textMessages) throw new AppError('NOT_FOUND')
        if (actor.stage === 'active') throw alreadySetUp()
        // better-auth checks the password and switches the second factor on, with a new session;
        // the session stays in set-up until the number is confirmed (see session-middleware).
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
        const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
        const pending: PendingMobileNumber = {
          mobileNumber: body.mobileNumber,
          codeHash: hashTextCode(actor.userId, code).toString('hex'),
          tries: 0,
        }
        await db.transaction(async (tx) => {
          await tx
            .delete(verifications)
            .where(eq(verifications.identifier, textSetupKey(actor.userId)))
          await tx.insert(verifications).values({
            identifier: textSetupKey(actor.userId),
            value: JSON.stringify(pending),
            expiresAt: new Date(Date.now() + textCodeMinutes * 60 * 1000),
          })
          await enqueueTextMessage(tx, {
            recipient: body.mobileNumber,
            template: 'mobile-number-check',
            body: `Your Adoption support security code is ${code}. It expires in ${textCodeMinutes} minutes. Do not share it with anyone.`,
          })
        })
        return { mobileNumberEnding: body.mobileNumber.slice(-3) }
      },
    ),

    handle(
      endpoints.confirmTextMessageSetup,
      access.settingUp(['adopter', 'birth_relative']),
      async ({ actor, body, req }) => {
        if (!options.textMessages) throw new AppError('NOT_FOUND')
        if (actor.stage === 'active') throw alreadySetUp()
        const incorrect = new AppError('VALIDATION_FAILED', {
          message: 'The security code is not correct',
          fieldErrors: { code: 'Enter the security code we sent to your phone' },
        })
        const expired = new AppError('VALIDATION_FAILED', {
          message: 'The security code has expired',
          fieldErrors: { code: 'The security code has expired. Go back and send a new one' },
        })
        const [row] = await db
          .select()
          .from(verifications)
          .where(
            and(
              eq(verifications.identifier, textSetupKey(actor.userId)),
              gt(verifications.expiresAt, new Date()),
            ),
          )
        if (!row) throw expired
        const pending = JSON.parse(row.value) as PendingMobileNumber
        if (pending.tries >= textCodeTries) throw expired
        const matches = timingSafeEqual(
          Buffer.from(pending.codeHash, 'hex'),
          hashTextCode(actor.userId, body.code),
        )
        if (!matches) {
          await db
            .update(verifications)
            .set({ value: JSON.stringify({ ...pending, tries: pending.tries + 1 }) })
            .where(eq(verifications.id, row.id))
          throw incorrect
        }
        await db.transaction(async (tx) => {
          await tx.delete(verifications).where(eq(verifications.id, row.id))
          await tx
            .update(users)
            .set({ secondFactorMethod: 'sms', mobileNumber: pending.mobileNumber })
            .where(eq(users.id, actor.userId))
          await recordAudit(
            tx,
            { ...context(req), actor },
            {
              action: 'second-factor-set-up',
              recordType: 'user',
              recordId: actor.userId,
              details: { method: 'sms' },
            },
          )
        })
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
