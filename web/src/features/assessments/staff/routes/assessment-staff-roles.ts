import type { Role } from '@asp/bff/contract'

/** Who reads assessments (the BFF's rule): staff with case records. */
export const assessmentReaderRoles = ['duty_officer', 'support_worker', 'team_manager'] as const
// Who starts and writes assessments (the BFF's rule, from the contract). What each may do with one
// assessment is the BFF's `allowedActions`, never worked out here.
export { assessmentWriterRoles } from '@asp/bff/contract'

/** Whose list shows their own assessments first: a support worker's, who carries them out. */
export function defaultViewOf(role: Role): 'mine' | 'all' {
  return role === 'support_worker' ? 'mine' : 'all'
}
