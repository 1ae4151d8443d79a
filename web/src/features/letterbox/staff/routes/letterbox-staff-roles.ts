import type { Role } from '@asp/bff/contract'

/** Who reads letterbox contact and logs paper letters (the BFF's rule): staff with case records. */
export const letterboxStaffRoles = ['duty_officer', 'support_worker', 'team_manager'] as const
/**
 * Who decides on letters, makes agreements, changes their status and records reviews (the BFF's
 * rule): a named checker, never a duty officer.
 */
export const letterboxDeciderRoles = ['support_worker', 'team_manager'] as const

export function canDecide(role: Role): boolean {
  return (letterboxDeciderRoles as readonly Role[]).includes(role)
}
