import { z } from 'zod'
import { code, email } from './fields.ts'
import { defineEndpoint, okSchema } from './endpoint.ts'

export const roles = [
  'adopter',
  'birth_relative',
  'duty_officer',
  'support_worker',
  'team_manager',
  'administrator',
  'finance_officer',
  'data_analyst',
] as const
export const roleSchema = z.enum(roles)
export type Role = z.infer<typeof roleSchema>
export const staffRoles = [
  'duty_officer',
  'support_worker',
  'team_manager',
  'administrator',
  'finance_officer',
  'data_analyst',
] as const
export type StaffRole = (typeof staffRoles)[number]

export const roleNames: Record<Role, string> = {
  adopter: 'Adoptive parent or special guardian',
  birth_relative: 'Birth relative',
  duty_officer: 'Duty officer',
  support_worker: 'Support worker',
  team_manager: 'Team manager',
  administrator: 'Administrator',
  finance_officer: 'Finance officer',
  data_analyst: 'Data analyst',
}

export const secondFactorMethodSchema = z.enum(['totp', 'email', 'sms'])
export type SecondFactorMethod = z.infer<typeof secondFactorMethodSchema>

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

/** The endpoints of session. */
export const sessionEndpoints = {
  signIn: defineEndpoint({
    method: 'post',
    path: '/api/session',
    summary: 'Sign in with email and password (the first factor)',
    tag: 'session',
    body: signInSchema,
    response: signInResultSchema,
  }),
  sendSecurityCode: defineEndpoint({
    method: 'post',
    path: '/api/session/security-code',
    summary: 'Send a security code by email or text message for the second factor',
    tag: 'session',
    response: okSchema,
  }),
  verifySecondFactor: defineEndpoint({
    method: 'post',
    path: '/api/session/second-factor',
    summary: 'Complete sign-in with a security code',
    tag: 'session',
    body: secondFactorSchema,
    response: signInResultSchema,
  }),
  getSession: defineEndpoint({
    method: 'get',
    path: '/api/session',
    summary: 'The signed-in user and when the session ends',
    tag: 'session',
    response: sessionSchema,
  }),
  extendSession: defineEndpoint({
    method: 'post',
    path: '/api/session/extend',
    summary: 'Stay signed in (answers the timeout warning)',
    tag: 'session',
    response: sessionSchema,
  }),
  signOut: defineEndpoint({
    method: 'delete',
    path: '/api/session',
    summary: 'Sign out',
    tag: 'session',
    response: okSchema,
  }),
  signOutOtherDevices: defineEndpoint({
    method: 'post',
    path: '/api/session/sign-out-other-devices',
    summary: 'Sign out of all other devices',
    tag: 'session',
    response: okSchema,
  }),
} as const
