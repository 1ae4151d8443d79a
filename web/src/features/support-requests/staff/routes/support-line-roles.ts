import type { Role } from '@asp/bff/contract'

/** Who works the support line (the BFF's rule): staff with case records, never administrators. */
export const supportLineRoles = ['duty_officer', 'support_worker', 'team_manager'] as const
/**
 * Who allocates (the BFF's rule): team managers. A request's `allowedActions` says what its status
 * allows, whoever asks, so the page also checks the role before offering "Allocate".
 */
export const supportLineAllocatorRoles = ['team_manager'] as const
/** Who sees the team's figures, and a request's audit trail. */
export const supportLineManagerRoles = ['team_manager'] as const

/**
 * Whose "My work" shows their assessments of need: who carries them out (the assessments' rule).
 * Duty officers read assessments but are given none.
 */
export const myAssessmentRoles = ['support_worker', 'team_manager'] as const

export function hasOwnAssessments(role: Role): boolean {
  return (myAssessmentRoles as readonly Role[]).includes(role)
}

export function isSupportLineManager(role: Role): boolean {
  return (supportLineManagerRoles as readonly Role[]).includes(role)
}

export function canAllocate(role: Role): boolean {
  return (supportLineAllocatorRoles as readonly Role[]).includes(role)
}
