import { z } from 'zod'
import { newPasswordSchema } from './fields.ts'
import { roleSchema, roles } from './session.ts'
import { defineEndpoint, okSchema } from './endpoint.ts'

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

/** The endpoints of invitations. */
export const invitationEndpoints = {
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
} as const
