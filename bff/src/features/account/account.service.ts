import { createHash, randomInt, timingSafeEqual } from 'node:crypto'
import type { Db, Writer } from '@asp/db'
import type { Logger } from 'pino'
import QRCode from 'qrcode'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { callAuth } from '../../platform/auth/auth-errors.ts'
import type { Auth } from '../../platform/auth/auth.ts'
import { checkPassword } from '../../platform/auth/password-policy.ts'
import { claimCode } from '../../platform/auth/used-codes.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { enqueueTextMessage } from '../../platform/outbox/outbox.ts'
import {
  deletePendingMobileNumber,
  findPendingMobileNumber,
  replacePendingMobileNumber,
  updatePendingMobileNumber,
  updateSecondFactor,
  type PendingMobileNumber,
} from './account.repository.ts'

/** What a better-auth call needs of the HTTP exchange: the request's headers, and its cookies sent on. */
export interface AuthExchange {
  headers: Headers
  forwardCookies: (headers: Headers) => void
}

/** Refuses a password that breaks the policy, with the GOV.UK message on the field. */
export function assertAcceptablePassword(password: string, field: string) {
  const problem = checkPassword(password)
  if (problem)
    throw new AppError('VALIDATION_FAILED', { message: problem, fieldErrors: { [field]: problem } })
}

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

const alreadySetUp = () =>
  new AppError('CONFLICT', { message: 'You have already set up how you confirm it is you' })

/** A code texted to confirm a mobile number lasts this long, and allows this many tries. */
const textCodeMinutes = 10
const textCodeTries = 5

const hashTextCode = (userId: string, code: string) =>
  createHash('sha256').update(`${userId}:${code}`).digest()

function assertSettingUp(actor: Actor) {
  if (actor.stage === 'active') throw alreadySetUp()
}

/** Keeps how the user confirms it is them, records that they set it up, and ends set-up. */
async function completeSecondFactorSetUp(
  db: Writer,
  actor: Actor,
  values: { secondFactorMethod: 'totp' | 'email' | 'sms'; mobileNumber?: string },
) {
  await updateSecondFactor(db, actor.userId, values)
  await recordAudit(db, auditContextOf(actor), {
    action: 'second-factor-set-up',
    recordType: 'user',
    recordId: actor.userId,
    details: { method: values.secondFactorMethod },
  })
  return { stage: 'active' as const }
}

/** Setting up a second factor, changing a password and resetting a forgotten one. */
export function accountService(
  db: Db,
  auth: Auth,
  clock: Clock,
  options: { textMessages: boolean },
) {
  /** Switches on codes by email or text message; better-auth checks the password, with a new session. */
  async function enableCodes(password: string, exchange: AuthExchange) {
    const result = await callAuth(
      () =>
        auth.api.enableTwoFactor({
          body: { password, method: 'otp' },
          headers: exchange.headers,
          returnHeaders: true,
        }),
      { INVALID_PASSWORD: wrongPassword('password') },
      wrongPassword('password'),
    )
    exchange.forwardCookies(result.headers)
  }

  function assertTextMessagesOn() {
    if (!options.textMessages) throw new AppError('NOT_FOUND')
  }

  return {
    async startTotpSetup(actor: Actor, password: string, exchange: AuthExchange) {
      assertSettingUp(actor)
      const result = await callAuth(
        () =>
          auth.api.enableTwoFactor({
            body: { password, method: 'totp' },
            headers: exchange.headers,
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
    },

    async confirmTotpSetup(actor: Actor, code: string, exchange: AuthExchange) {
      assertSettingUp(actor)
      const result = await callAuth(
        () =>
          auth.api.verifyTOTP({
            body: { code },
            headers: exchange.headers,
            returnHeaders: true,
          }),
        {},
        wrongCode(),
      )
      await claimCode(db, actor.userId, code)
      exchange.forwardCookies(result.headers)
      return completeSecondFactorSetUp(db, actor, { secondFactorMethod: 'totp' })
    },

    async chooseEmailCodes(actor: Actor, password: string, exchange: AuthExchange) {
      assertSettingUp(actor)
      await enableCodes(password, exchange)
      return completeSecondFactorSetUp(db, actor, { secondFactorMethod: 'email' })
    },

    async startTextMessageSetup(
      actor: Actor,
      input: { password: string; mobileNumber: string },
      exchange: AuthExchange,
    ) {
      assertTextMessagesOn()
      assertSettingUp(actor)
      // The session stays in set-up until the number is confirmed (see session-middleware).
      await enableCodes(input.password, exchange)
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      const pending: PendingMobileNumber = {
        mobileNumber: input.mobileNumber,
        codeHash: hashTextCode(actor.userId, code).toString('hex'),
        tries: 0,
      }
      const expiresAt = new Date(clock().getTime() + textCodeMinutes * 60 * 1000)
      await db.transaction(async (tx) => {
        await replacePendingMobileNumber(tx, actor.userId, pending, expiresAt)
        await enqueueTextMessage(tx, {
          recipient: input.mobileNumber,
          template: 'mobile-number-check',
          body: `Your Adoption support security code is ${code}. It expires in ${textCodeMinutes} minutes. Do not share it with anyone.`,
        })
      })
      return { mobileNumberEnding: input.mobileNumber.slice(-3) }
    },

    async confirmTextMessageSetup(actor: Actor, code: string) {
      assertTextMessagesOn()
      assertSettingUp(actor)
      const incorrect = new AppError('VALIDATION_FAILED', {
        message: 'The security code is not correct',
        fieldErrors: { code: 'Enter the security code we sent to your phone' },
      })
      const expired = new AppError('VALIDATION_FAILED', {
        message: 'The security code has expired',
        fieldErrors: { code: 'The security code has expired. Go back and send a new one' },
      })
      const found = await findPendingMobileNumber(db, actor.userId, clock())
      if (!found) throw expired
      const { id, pending } = found
      if (pending.tries >= textCodeTries) throw expired
      const matches = timingSafeEqual(
        Buffer.from(pending.codeHash, 'hex'),
        hashTextCode(actor.userId, code),
      )
      if (!matches) {
        await updatePendingMobileNumber(db, id, { ...pending, tries: pending.tries + 1 })
        throw incorrect
      }
      return db.transaction(async (tx) => {
        await deletePendingMobileNumber(tx, id)
        return completeSecondFactorSetUp(tx, actor, {
          secondFactorMethod: 'sms',
          mobileNumber: pending.mobileNumber,
        })
      })
    },

    async changePassword(
      actor: Actor,
      input: { currentPassword: string; newPassword: string },
      exchange: AuthExchange,
    ) {
      assertAcceptablePassword(input.newPassword, 'newPassword')
      const result = await callAuth(
        () =>
          auth.api.changePassword({
            body: {
              currentPassword: input.currentPassword,
              newPassword: input.newPassword,
              revokeOtherSessions: true,
            },
            headers: exchange.headers,
            returnHeaders: true,
          }),
        { INVALID_PASSWORD: wrongPassword('currentPassword') },
        wrongPassword('currentPassword'),
      )
      exchange.forwardCookies(result.headers)
      await recordAudit(db, auditContextOf(actor), {
        action: 'password-changed',
        recordType: 'user',
        recordId: actor.userId,
      })
      return { ok: true as const }
    },

    /**
     * The same answer, at the same speed, whether or not the account exists (no enumeration):
     * the token and its email are made after the response, and their failure only logged.
     */
    requestPasswordReset(email: string, log: Pick<Logger, 'error'>) {
      void auth.api
        .requestPasswordReset({
          body: { email: email.toLowerCase(), redirectTo: '/reset-password' },
        })
        .catch((error: unknown) => log.error({ err: error }, 'Password reset not started'))
      return { ok: true as const }
    },

    async resetPassword(input: { password: string; token: string }, log: Pick<Logger, 'info'>) {
      assertAcceptablePassword(input.password, 'password')
      const expired = new AppError('VALIDATION_FAILED', {
        message: 'This link has expired or has already been used',
        fieldErrors: { token: 'This link has expired or has already been used. Ask for a new one' },
      })
      await callAuth(
        () => auth.api.resetPassword({ body: { newPassword: input.password, token: input.token } }),
        {},
        expired,
      )
      log.info({ event: 'password-reset' }, 'Password reset')
      return { ok: true as const }
    },
  }
}
