import { credentials, sessions, twoFactors, users, verifications, type Db } from '@asp/db'
import { betterAuth } from 'better-auth'
import { drizzleAdapter } from 'better-auth/adapters/drizzle'
import { twoFactor } from 'better-auth/plugins'
import { hashPassword, verifyPassword } from './password-hashing.ts'

/** Idle timeout: a session ends after this long without a request (ASVS 7.3.1). */
export const idleTimeoutSeconds = 30 * 60
/** Absolute limit: a session ends this long after sign-in, whatever happens (ASVS 7.3.2). */
export const absoluteLimitSeconds = 12 * 60 * 60
/** The idle timeout slides on use, at most this often (one write a minute per busy session). */
export const slideEverySeconds = 60
/** Security codes sent by email last this long (ASVS 6.5.5). */
export const emailCodeMinutes = 5

export const sessionCookieName = '__Host-asp_session'

export interface AuthMailer {
  /** Queues a security code email; the code is the only sensitive thing in it. */
  sendSecurityCode(user: { id: string; email: string; name: string }, code: string): Promise<void>
  /** Queues a security code text message to the account's mobile number. */
  textSecurityCode(mobileNumber: string, code: string): Promise<void>
  sendPasswordReset(user: { id: string; email: string; name: string }, token: string): Promise<void>
}

export interface CreateAuthOptions {
  db: Db
  secret: string
  baseURL: string
  mailer: AuthMailer
}

/**
 * better-auth as a library: its HTTP handler is never mounted. The BFF's own contract endpoints
 * call `auth.api.*` and pass the cookies it sets through, so every route is in the contract, the
 * OpenAPI document and the access matrix, and every message is in GOV.UK wording.
 */
export function createAuth({ db, secret, baseURL, mailer }: CreateAuthOptions) {
  return betterAuth({
    appName: 'Adoption support',
    logger: { level: 'error' },
    baseURL,
    basePath: '/api/auth',
    secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: users,
        session: sessions,
        account: credentials,
        verification: verifications,
        twoFactor: twoFactors,
      },
    }),
    user: {
      additionalFields: {
        role: { type: 'string', input: false, required: true },
        organisationId: { type: 'string', input: false, required: true },
        secondFactorMethod: { type: 'string', input: false, required: false },
        mobileNumber: { type: 'string', input: false, required: false },
        disabledAt: { type: 'date', input: false, required: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 256,
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      password: { hash: hashPassword, verify: verifyPassword },
      sendResetPassword: async ({ user, token }) => {
        await mailer.sendPasswordReset(user, token)
      },
    },
    session: {
      expiresIn: idleTimeoutSeconds,
      // Slide the idle timeout on use, at most once a minute. The session middleware reads
      // sessions on every request by the same rules (ADR 0011).
      updateAge: slideEverySeconds,
      cookieCache: { enabled: false },
    },
    rateLimit: { enabled: false },
    advanced: {
      database: { generateId: false },
      useSecureCookies: false,
      // `__Host-`: Secure, Path=/, no Domain (ASVS 3.3.1-3.3.4). Browsers accept Secure cookies
      // from http://localhost and 127.0.0.1, so development uses the same cookie.
      cookies: {
        session_token: { name: sessionCookieName },
        two_factor: { name: '__Host-asp_two_factor' },
        dont_remember: { name: '__Host-asp_dont_remember' },
      },
      defaultCookieAttributes: { secure: true, httpOnly: true, sameSite: 'lax', path: '/' },
      ipAddress: { disableIpTracking: false },
    },
    plugins: [
      twoFactor({
        issuer: 'Adoption support',
        skipVerificationOnEnable: false,
        twoFactorCookieMaxAge: 10 * 60,
        accountLockout: { enabled: true, maxFailedAttempts: 10, durationSeconds: 15 * 60 },
        backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: 'encrypted' },
        otpOptions: {
          period: emailCodeMinutes,
          sendOTP: async ({ user, otp }) => {
            // Only accounts that chose codes by email or text ever get one: staff use an app.
            const chosen = user as { secondFactorMethod?: string | null; mobileNumber?: string }
            if (chosen.secondFactorMethod === 'email') await mailer.sendSecurityCode(user, otp)
            if (chosen.secondFactorMethod === 'sms' && chosen.mobileNumber)
              await mailer.textSecurityCode(chosen.mobileNumber, otp)
          },
        },
      }),
    ],
  })
}

export type Auth = ReturnType<typeof createAuth>
