import { z } from 'zod'
import { code, email, newPasswordSchema } from './fields.ts'
import { defineEndpoint, okSchema } from './endpoint.ts'
import { signInResultSchema } from './session.ts'

export { newPasswordSchema }

// ---- Second factor set-up ----------------------------------------------------------------------

export const startTotpSetupSchema = z.strictObject({
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(256),
})
export const totpSetupSchema = z.object({
  /** The otpauth:// URI, drawn as a QR code. */
  totpUri: z.string(),
  /** A data: URL of the QR code image (SVG). */
  qrCode: z.string(),
  /** The secret, for typing in by hand. */
  secret: z.string(),
  recoveryCodes: z.array(z.string()),
})
export type TotpSetup = z.infer<typeof totpSetupSchema>
export const confirmTotpSetupSchema = z.strictObject({ code })
export const chooseEmailCodesSchema = z.strictObject({
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(256),
})

/** A UK mobile number: 07…, +447… or 00447…, spaces, brackets and dashes allowed. */
const ukMobilePattern = /^(?:0|\+44|0044)7\d{9}$/
const mobileNumberMessage = 'Enter a UK mobile phone number, like 07700 900 982'
export const startTextMessageSetupSchema = z.strictObject({
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(256),
  mobileNumber: z
    .string({ error: 'Enter a UK mobile phone number' })
    .trim()
    .min(1, 'Enter a UK mobile phone number')
    .max(20, mobileNumberMessage)
    .transform((value) => value.replace(/[\s()-]/g, ''))
    .pipe(z.string().regex(ukMobilePattern, mobileNumberMessage))
    .transform((value) => `07${value.replace(/^(?:0|\+44|0044)7/, '')}`),
})
export const textMessageSetupStartedSchema = z.object({
  /** The last 3 digits of the number the code went to. */
  mobileNumberEnding: z.string(),
})
export const confirmTextMessageSetupSchema = z.strictObject({ code })

// ---- Passwords ------------------------------------------------------------------------------------

export const requestPasswordResetSchema = z.strictObject({ email })
export const resetPasswordSchema = z.strictObject({
  token: z.string().min(10).max(200),
  password: newPasswordSchema,
})
export const changePasswordSchema = z.strictObject({
  currentPassword: z
    .string({ error: 'Enter your current password' })
    .min(1, 'Enter your current password')
    .max(256),
  newPassword: newPasswordSchema,
})

/** The endpoints of account. */
export const accountEndpoints = {
  startTotpSetup: defineEndpoint({
    method: 'post',
    path: '/api/account/second-factor/totp',
    summary: 'Start setting up an authenticator app: the QR code and recovery codes',
    tag: 'account',
    body: startTotpSetupSchema,
    response: totpSetupSchema,
  }),
  confirmTotpSetup: defineEndpoint({
    method: 'post',
    path: '/api/account/second-factor/totp/confirm',
    summary: 'Confirm the authenticator app with a code from it',
    tag: 'account',
    body: confirmTotpSetupSchema,
    response: signInResultSchema,
  }),
  chooseEmailCodes: defineEndpoint({
    method: 'post',
    path: '/api/account/second-factor/email',
    summary: 'Use security codes sent by email (adopters and birth relatives only)',
    tag: 'account',
    body: chooseEmailCodesSchema,
    response: signInResultSchema,
  }),
  startTextMessageSetup: defineEndpoint({
    method: 'post',
    path: '/api/account/second-factor/text-message',
    summary: 'Start using security codes by text message: sends a code to the mobile number',
    tag: 'account',
    body: startTextMessageSetupSchema,
    response: textMessageSetupStartedSchema,
  }),
  confirmTextMessageSetup: defineEndpoint({
    method: 'post',
    path: '/api/account/second-factor/text-message/confirm',
    summary: 'Confirm the mobile number with the code sent to it',
    tag: 'account',
    body: confirmTextMessageSetupSchema,
    response: signInResultSchema,
  }),
  changePassword: defineEndpoint({
    method: 'post',
    path: '/api/account/password',
    summary: 'Change password; other sessions end',
    tag: 'account',
    body: changePasswordSchema,
    response: okSchema,
  }),
  requestPasswordReset: defineEndpoint({
    method: 'post',
    path: '/api/password-resets',
    summary: 'Email a link to reset a forgotten password',
    tag: 'account',
    body: requestPasswordResetSchema,
    response: okSchema,
    successStatus: 202,
  }),
  resetPassword: defineEndpoint({
    method: 'post',
    path: '/api/password-resets/complete',
    summary: 'Set a new password from an emailed link',
    tag: 'account',
    body: resetPasswordSchema,
    response: okSchema,
  }),
} as const
