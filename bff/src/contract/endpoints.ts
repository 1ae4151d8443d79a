import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'
import {
  acceptInvitationSchema,
  changePasswordSchema,
  chooseEmailCodesSchema,
  confirmTotpSetupSchema,
  createInvitationSchema,
  invitationCreatedSchema,
  invitationSummarySchema,
  invitationTokenParamsSchema,
  mailboxSchema,
  okSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  secondFactorSchema,
  sessionSchema,
  signInResultSchema,
  signInSchema,
  startTotpSetupSchema,
  totpSetupSchema,
} from './accounts.ts'
import {
  auditQuerySchema,
  auditTrailSchema,
  familyParamsSchema,
  familySchema,
  peopleQuerySchema,
  peopleSchema,
  updateFamilySchema,
} from './families.ts'
import { healthSchema, readinessSchema, serviceInfoSchema } from './platform.ts'

export const endpoints = {
  getHealth: defineEndpoint({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: the process is up',
    tag: 'platform',
    response: healthSchema,
  }),
  getReadiness: defineEndpoint({
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness: the database answers',
    tag: 'platform',
    response: readinessSchema,
  }),
  getOpenApiDocument: defineEndpoint({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This API described as OpenAPI 3.1',
    tag: 'platform',
    response: z.object({
      openapi: z.string(),
      info: z.object({ title: z.string(), version: z.string() }),
      paths: z.record(z.string(), z.unknown()).optional(),
    }),
  }),
  getServiceInfo: defineEndpoint({
    method: 'get',
    path: '/api/service-info',
    summary: 'Who provides the service, for the start page',
    tag: 'platform',
    response: serviceInfoSchema,
  }),

  // Sign-in and the session
  signIn: defineEndpoint({
    method: 'post',
    path: '/api/session',
    summary: 'Sign in with email and password (the first factor)',
    tag: 'session',
    body: signInSchema,
    response: signInResultSchema,
  }),
  sendEmailCode: defineEndpoint({
    method: 'post',
    path: '/api/session/email-code',
    summary: 'Send a security code by email for the second factor',
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

  // Second factor set-up
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

  // Passwords
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

  // Invitations
  createInvitation: defineEndpoint({
    method: 'post',
    path: '/api/invitations',
    summary: 'Invite a person to create an account',
    tag: 'invitations',
    body: createInvitationSchema,
    response: invitationCreatedSchema,
    successStatus: 201,
  }),
  getInvitation: defineEndpoint({
    method: 'get',
    path: '/api/invitations/:token',
    summary: 'Check an invitation link before creating the account',
    tag: 'invitations',
    params: invitationTokenParamsSchema,
    response: invitationSummarySchema,
  }),
  acceptInvitation: defineEndpoint({
    method: 'post',
    path: '/api/invitations/:token/accept',
    summary: 'Create your account: set a password',
    tag: 'invitations',
    params: invitationTokenParamsSchema,
    body: acceptInvitationSchema,
    response: okSchema,
    successStatus: 201,
  }),

  // Families
  getMyFamily: defineEndpoint({
    method: 'get',
    path: '/api/my/family',
    summary: 'The signed-in adoptive parent’s own family',
    tag: 'families',
    response: familySchema,
  }),
  findPeople: defineEndpoint({
    method: 'get',
    path: '/api/people',
    summary: 'Find adopters, birth relatives and staff by name or email',
    tag: 'families',
    query: peopleQuerySchema,
    response: peopleSchema,
  }),
  getFamily: defineEndpoint({
    method: 'get',
    path: '/api/families/:familyId',
    summary: 'A family record',
    tag: 'families',
    params: familyParamsSchema,
    response: familySchema,
  }),
  updateFamily: defineEndpoint({
    method: 'patch',
    path: '/api/families/:familyId',
    summary: 'Change a family’s address, telephone or responsible local authority',
    tag: 'families',
    params: familyParamsSchema,
    body: updateFamilySchema,
    response: familySchema,
  }),
  getAuditTrail: defineEndpoint({
    method: 'get',
    path: '/api/audit-events',
    summary: 'Who read or changed a record, when and from where',
    tag: 'audit',
    query: auditQuerySchema,
    response: auditTrailSchema,
  }),

  // Development
  getDevMailbox: defineEndpoint({
    method: 'get',
    path: '/api/dev/mailbox',
    summary: 'Emails kept in the database when no email service is set up (demo only)',
    tag: 'development',
    response: mailboxSchema,
  }),
} as const

export type EndpointName = keyof typeof endpoints
