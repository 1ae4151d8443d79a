import { supportCategoryName, type Role, type SupportCategory } from '@asp/bff/contract'

/** Who asks for support and follows their own requests: adoptive parents and birth relatives. */
export const askerRoles = ['adopter', 'birth_relative'] as const satisfies readonly Role[]
export type AskerRole = (typeof askerRoles)[number]

export function isAskerRole(role: Role): role is AskerRole {
  return (askerRoles as readonly Role[]).includes(role)
}

/** A category in the asker's own words: a birth relative's "Help with letterbox contact". */
export function categoryNameFor(role: Role): (category: SupportCategory) => string {
  const queue = role === 'birth_relative' ? 'birth_relative' : 'family'
  return (category) => supportCategoryName(category, queue)
}
