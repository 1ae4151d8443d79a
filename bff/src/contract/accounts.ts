import { z } from 'zod'

export const roles = [
  'adopter',
  'birth_relative',
  'duty_officer',
  'support_worker',
  'team_manager',
  'administrator',
] as const
export const roleSchema = z.enum(roles)
export type Role = z.infer<typeof roleSchema>
export const staffRoles = [
  'duty_officer',
  'support_worker',
  'team_manager',
  'administrator',
] as const
export type StaffRole = (typeof staffRoles)[number]

export const roleNames: Record<Role, string> = {
  adopter: 'Adoptive parent or special guardian',
  birth_relative: 'Birth relative',
  duty_officer: 'Duty officer',
  support_worker: 'Support worker',
  team_manager: 'Team manager',
  administrator: 'Administrator',
}

export const secondFactorMethodSchema = z.enum(['totp', 'email', 'sms'])
export type SecondFactorMethod = z.infer<typeof secondFactorMethodSchema>

const email = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' }))

/** The password rule (ASVS 6.2.1, 6.2.9, 6.2.12): length only, no composition rules. */
export const newPasswordSchema = z
  .string({ error: 'Enter a password' })
  .min(1, 'Enter a password')
  .min(12, 'Password must be 12 characters or more')
  .max(256, 'Password must be 256 characters or fewer')

const code = z
  .string({ error: 'Enter the security code' })
  .trim()
  .min(1, 'Enter the security code')
  .regex(/^[0-9A-Za-z-]{6,20}$/, 'Enter the security code in the correct format')

// ---- Session ----------------------------------------------------------------------------------

export const signInSchema = z.strictObject({
  email,
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(256),
})
export type SignIn = z.infer<typeof signInSchema>

/**
 * Where a session stands. Only `active` reaches anything beyond the sign-in steps: a session that
 * has passed the password but not the second factor is `second-factor-required`; an account that
 * has never set up a second factor is `second-factor-setup-required`.
 */
export const sessionStageSchema = z.enum([
  'second-factor-required',
  'second-factor-setup-required',
  'active',
])
export type SessionStage = z.infer<typeof sessionStageSchema>

export const signInResultSchema = z.object({
  stage: sessionStageSchema,
  /** With `second-factor-required`: the methods this account can use. */
  methods: z.array(z.enum(['totp', 'email', 'sms', 'recovery-code'])).optional(),
  /** With `sms`: the last 3 digits of the mobile number the code goes to. */
  mobileNumberEnding: z.string().optional(),
})
export type SignInResult = z.infer<typeof signInResultSchema>

export const secondFactorSchema = z.strictObject({
  method: z.enum(['totp', 'email', 'sms', 'recovery-code'], {
    error: 'Select how you want to confirm it is you',
  }),
  code,
})
export type SecondFactor = z.infer<typeof secondFactorSchema>

export const currentUserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  organisationName: z.string(),
  secondFactorMethod: secondFactorMethodSchema.nullable(),
})
export type CurrentUser = z.infer<typeof currentUserSchema>

export const sessionSchema = z.object({
  /** A session exists only once the password is right, so it is never `second-factor-required`. */
  stage: z.enum(['second-factor-setup-required', 'active']),
  user: currentUserSchema,
  /**
   * The ways this account may confirm it is them, for set-up: staff use an authenticator app;
   * families may also have codes by email, or by text message where a text service is configured.
   */
  secondFactorChoices: z.array(secondFactorMethodSchema),
  /** When the session ends if nothing is done (idle timeout), and at the latest (absolute limit). */
  idleExpiresAt: z.iso.datetime(),
  absoluteExpiresAt: z.iso.datetime(),
})
export type Session = z.infer<typeof sessionSchema>

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

// ---- Invitations ----------------------------------------------------------------------------------

export const invitationTokenParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'This invitation link is not valid'),
})
export const invitationSummarySchema = z.object({
  name: z.string(),
  email: z.string(),
  organisationName: z.string(),
  role: roleSchema,
})
export type InvitationSummary = z.infer<typeof invitationSummarySchema>
export const acceptInvitationSchema = z.strictObject({ password: newPasswordSchema })

export const createInvitationSchema = z
  .strictObject({
    name: z
      .string({ error: 'Enter their full name' })
      .trim()
      .min(1, 'Enter their full name')
      .max(200, 'Full name must be 200 characters or fewer'),
    email: z
      .string({ error: 'Enter their email address' })
      .trim()
      .min(1, 'Enter their email address')
      .max(254, 'Email address must be 254 characters or fewer')
      .pipe(
        z.email({ error: 'Enter an email address in the correct format, like name@example.com' }),
      )
      .transform((value) => value.toLowerCase()),
    role: z.enum(roles, { error: 'Select a role' }),
    /** For staff: the local authorities they work for. */
    localAuthorityIds: z.array(z.uuid()).max(20).default([]),
    /** For an adopter: the parent record they will sign in as. */
    familyParentId: z.uuid().optional(),
    /** For a birth relative: their record. */
    birthRelativeId: z.uuid().optional(),
  })
  .superRefine((value, ctx) => {
    const needsLocalAuthorities = ['duty_officer', 'support_worker', 'team_manager'].includes(
      value.role,
    )
    if (needsLocalAuthorities && value.localAuthorityIds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['localAuthorityIds'],
        message: 'Select the local authorities they work for',
      })
    }
  })
export type CreateInvitation = z.input<typeof createInvitationSchema>
export const invitationCreatedSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  expiresAt: z.iso.datetime(),
})

// ---- Development mailbox --------------------------------------------------------------------------

export const mailboxMessageSchema = z.object({
  id: z.uuid(),
  channel: z.enum(['email', 'sms']),
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  status: z.string(),
})
export const mailboxSchema = z.object({ messages: z.array(mailboxMessageSchema) })
export type MailboxMessage = z.infer<typeof mailboxMessageSchema>

export const okSchema = z.object({ ok: z.literal(true) })
