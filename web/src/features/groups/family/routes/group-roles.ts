import type { Role } from '@asp/bff/contract'

/**
 * Who books groups and training: adoptive parents and special guardians (the `adopter` role).
 * Birth relatives have no part in these groups; staff run them from the group programme.
 */
export const familyGroupRoles = ['adopter'] as const satisfies readonly Role[]
