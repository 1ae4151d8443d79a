import type { Role } from '@asp/bff/contract'

/** Who asks for support and follows their own requests: adoptive parents and birth relatives. */
export const askerRoles = ['adopter', 'birth_relative'] as const satisfies readonly Role[]
export type AskerRole = (typeof askerRoles)[number]

export function isAskerRole(role: Role): role is AskerRole {
  return (askerRoles as readonly Role[]).includes(role)
}
