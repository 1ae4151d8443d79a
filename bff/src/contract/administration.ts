import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'
import { staffRoles } from './session.ts'

/** Every staff role: the one list in `session.ts`, so that a new role is a role here too. */
const staffRoleSchema = z.enum(staffRoles, { error: 'Select a role' })

export const localAuthoritySchema = z.object({ id: z.uuid(), name: z.string(), code: z.string() })
export const localAuthoritiesSchema = z.object({
  localAuthorities: z.array(
    localAuthoritySchema.extend({
      /** Whether the signed-in member of staff works for it (so may choose it for a family). */
      worksFor: z.boolean(),
    }),
  ),
})
export type LocalAuthorityChoice = z.infer<
  typeof localAuthoritiesSchema
>['localAuthorities'][number]
export type LocalAuthority = z.infer<typeof localAuthoritySchema>

export const createLocalAuthoritySchema = z.strictObject({
  name: z
    .string({ error: 'Enter the local authority’s name' })
    .trim()
    .min(1, 'Enter the local authority’s name')
    .max(120, 'Name must be 120 characters or fewer'),
  code: z
    .string({ error: 'Enter the ONS code' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][0-9]{8}$/, 'Enter the ONS code in the correct format, like E08000026'),
})

export const staffMemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: staffRoleSchema,
  localAuthorities: z.array(z.object({ id: z.uuid(), name: z.string() })),
  disabled: z.boolean(),
  version: z.number().int(),
})
export const staffListSchema = z.object({ staff: z.array(staffMemberSchema) })
export type StaffMember = z.infer<typeof staffMemberSchema>

export const staffParamsSchema = z.object({ userId: z.uuid({ error: 'Page not found' }) })
export const updateStaffMemberSchema = z.strictObject({
  version: z.number().int().positive(),
  role: staffRoleSchema,
  localAuthorityIds: z.array(z.uuid()).max(20),
  disabled: z.boolean(),
})

export const recordConflictSchema = z.strictObject({
  staffUserId: z.uuid({ error: 'Select the member of staff' }),
  familyId: z.uuid({ error: 'Select the family' }),
  reason: z
    .string({ error: 'Enter the reason' })
    .trim()
    .min(1, 'Enter the reason')
    .max(500, 'Reason must be 500 characters or fewer'),
})
export const conflictRecordedSchema = z.object({ id: z.uuid() })

/** The endpoints of administration. */
export const administrationEndpoints = {
  findLocalAuthorities: defineEndpoint({
    method: 'get',
    path: '/api/local-authorities',
    summary: 'The local authorities the agency serves',
    tag: 'administration',
    response: localAuthoritiesSchema,
  }),
  createLocalAuthority: defineEndpoint({
    method: 'post',
    path: '/api/local-authorities',
    summary: 'Add a local authority the agency serves',
    tag: 'administration',
    body: createLocalAuthoritySchema,
    response: localAuthoritySchema,
    successStatus: 201,
  }),
  findStaff: defineEndpoint({
    method: 'get',
    path: '/api/staff',
    summary: 'Staff accounts of the agency',
    tag: 'administration',
    response: staffListSchema,
  }),
  updateStaffMember: defineEndpoint({
    method: 'patch',
    path: '/api/staff/:userId',
    summary: 'Change a member of staff’s role and local authorities, or disable the account',
    tag: 'administration',
    params: staffParamsSchema,
    body: updateStaffMemberSchema,
    response: staffMemberSchema,
  }),
  recordConflictOfInterest: defineEndpoint({
    method: 'post',
    path: '/api/conflicts-of-interest',
    summary: 'Record that a member of staff must not reach a family’s records',
    tag: 'administration',
    body: recordConflictSchema,
    response: conflictRecordedSchema,
    successStatus: 201,
  }),
} as const
