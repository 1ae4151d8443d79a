import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'

export const familyParamsSchema = z.object({ familyId: z.uuid({ error: 'Page not found' }) })
export const birthRelativeParamsSchema = z.object({
  birthRelativeId: z.uuid({ error: 'Page not found' }),
})

export const childSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.iso.date(),
  adoptionOrderDate: z.iso.date().nullable(),
  /** Sent back with a change, which fails with 409 if someone else changed the child first. */
  version: z.number().int(),
})
export type Child = z.infer<typeof childSchema>

export const familyParentSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  kind: z.enum(['adopter', 'special_guardian']),
  email: z.string().nullable(),
  hasAccount: z.boolean(),
  version: z.number().int(),
})
export type FamilyParent = z.infer<typeof familyParentSchema>

export const parentParamsSchema = z.object({
  familyId: z.uuid({ error: 'Page not found' }),
  parentId: z.uuid({ error: 'Page not found' }),
})

/** Change an adoptive parent's or special guardian's details on the family record. */
export const updateFamilyParentSchema = z.strictObject({
  version: z.number().int().positive(),
  fullName: z
    .string({ error: 'Enter their full name' })
    .trim()
    .min(1, 'Enter their full name')
    .max(200, 'Full name must be 200 characters or fewer'),
  kind: z.enum(['adopter', 'special_guardian'], {
    error: 'Select whether they are an adoptive parent or a special guardian',
  }),
  email: z
    .string()
    .trim()
    .max(254, 'Email address must be 254 characters or fewer')
    .pipe(
      z
        .email({ error: 'Enter an email address in the correct format, like name@example.com' })
        .or(z.literal('')),
    )
    .optional(),
})

export const familySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  localAuthority: z.object({ id: z.uuid(), name: z.string() }),
  address: z.object({
    line1: z.string(),
    line2: z.string().nullable(),
    town: z.string(),
    postcode: z.string(),
  }),
  phone: z.string().nullable(),
  parents: z.array(familyParentSchema),
  children: z.array(childSchema),
  version: z.number().int(),
})
export type Family = z.infer<typeof familySchema>

const postcodePattern = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i

export const updateFamilySchema = z.strictObject({
  version: z.number().int().positive(),
  addressLine1: z
    .string({ error: 'Enter address line 1, typically the building and street' })
    .trim()
    .min(1, 'Enter address line 1, typically the building and street')
    .max(200, 'Address line 1 must be 200 characters or fewer'),
  addressLine2: z
    .string()
    .trim()
    .max(200, 'Address line 2 must be 200 characters or fewer')
    .optional(),
  town: z
    .string({ error: 'Enter town or city' })
    .trim()
    .min(1, 'Enter town or city')
    .max(100, 'Town or city must be 100 characters or fewer'),
  postcode: z
    .string({ error: 'Enter postcode' })
    .trim()
    .min(1, 'Enter postcode')
    .regex(postcodePattern, 'Enter a full UK postcode'),
  phone: z
    .string()
    .trim()
    .max(20, 'Enter a telephone number, like 01632 960 001 or 07700 900 982')
    .regex(/^[0-9 +()-]*$/, 'Enter a telephone number, like 01632 960 001 or 07700 900 982')
    .optional(),
  localAuthorityId: z.uuid({ error: 'Select the responsible local authority' }),
})

export const familySummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  parentNames: z.array(z.string()),
  localAuthorityName: z.string(),
})

export const peopleQuerySchema = z.object({
  q: z
    .string({ error: 'Enter a name or email address' })
    .trim()
    .min(1, 'Enter a name or email address')
    .min(2, 'Enter at least 2 characters of a name or email address')
    .max(100, 'Search must be 100 characters or fewer'),
})
export const personResultSchema = z.object({
  kind: z.enum(['adopter', 'birth_relative', 'staff']),
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  /** For adopters, the family to open. */
  familyId: z.uuid().nullable(),
  detail: z.string(),
  /** Whether the person can already sign in (so is not to be invited again). */
  hasAccount: z.boolean(),
})
export const peopleSchema = z.object({ people: z.array(personResultSchema) })

/** Who a birth relative is, for staff: enough to be sure of the person, not their case. */
export const birthRelativeSummarySchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  /** Their relationship to the adopted child, as recorded (mother, father, grandparent…). */
  relationship: z.string(),
  localAuthorityName: z.string(),
  /** Whether they can sign in to the portal. */
  hasAccount: z.boolean(),
})
export type BirthRelativeSummary = z.infer<typeof birthRelativeSummarySchema>
export type PersonResult = z.infer<typeof personResultSchema>

/** A date from a GOV.UK date input, sent as yyyy-mm-dd. */
const isoDate = (required: string, invalid: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .pipe(z.iso.date({ error: invalid }))

export const childParamsSchema = z.object({
  familyId: z.uuid({ error: 'Page not found' }),
  childId: z.uuid({ error: 'Page not found' }),
})

const childFields = {
  firstName: z
    .string({ error: 'Enter the child’s first name' })
    .trim()
    .min(1, 'Enter the child’s first name')
    .max(100, 'First name must be 100 characters or fewer'),
  lastName: z
    .string({ error: 'Enter the child’s last name' })
    .trim()
    .min(1, 'Enter the child’s last name')
    .max(100, 'Last name must be 100 characters or fewer'),
  dateOfBirth: isoDate('Enter the child’s date of birth', 'Date of birth must be a real date'),
  adoptionOrderDate: isoDate(
    'Enter the date of the adoption order',
    'Date of the adoption order must be a real date',
  ).optional(),
}

function checkDates(
  value: { dateOfBirth: string; adoptionOrderDate?: string | undefined },
  ctx: z.RefinementCtx,
) {
  // Today in the UK, as yyyy-mm-dd ('en-CA' writes dates that way).
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
  if (value.dateOfBirth > today) {
    ctx.addIssue({
      code: 'custom',
      path: ['dateOfBirth'],
      message: 'Date of birth must be today or in the past',
    })
  }
  if (value.adoptionOrderDate && value.adoptionOrderDate > today) {
    ctx.addIssue({
      code: 'custom',
      path: ['adoptionOrderDate'],
      message: 'Date of the adoption order must be today or in the past',
    })
  }
  if (value.adoptionOrderDate && value.adoptionOrderDate < value.dateOfBirth) {
    ctx.addIssue({
      code: 'custom',
      path: ['adoptionOrderDate'],
      message: 'Date of the adoption order must be after the date of birth',
    })
  }
}

export const addChildSchema = z.strictObject(childFields).superRefine(checkDates)
export const updateChildSchema = z
  .strictObject({ ...childFields, version: z.number().int().positive() })
  .superRefine(checkDates)

/** The endpoints of families. */
export const familyEndpoints = {
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
  getBirthRelative: defineEndpoint({
    method: 'get',
    path: '/api/birth-relatives/:birthRelativeId',
    summary: 'Who a birth relative is: name, relationship and local authority',
    tag: 'families',
    params: birthRelativeParamsSchema,
    response: birthRelativeSummarySchema,
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
  updateFamilyParent: defineEndpoint({
    method: 'patch',
    path: '/api/families/:familyId/parents/:parentId',
    summary: 'Change an adoptive parent’s or special guardian’s details',
    tag: 'families',
    params: parentParamsSchema,
    body: updateFamilyParentSchema,
    response: familyParentSchema,
  }),
  addChild: defineEndpoint({
    method: 'post',
    path: '/api/families/:familyId/children',
    summary: 'Add a child to a family record',
    tag: 'families',
    params: familyParamsSchema,
    body: addChildSchema,
    response: childSchema,
    successStatus: 201,
  }),
  updateChild: defineEndpoint({
    method: 'patch',
    path: '/api/families/:familyId/children/:childId',
    summary: 'Change a child’s details',
    tag: 'families',
    params: childParamsSchema,
    body: updateChildSchema,
    response: childSchema,
  }),
} as const
