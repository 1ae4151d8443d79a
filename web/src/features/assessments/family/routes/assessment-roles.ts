import type { Role } from '@asp/bff/contract'

/**
 * Who follows their own assessment of need and answers what the agency proposes: adoptive parents
 * and birth relatives. Each sees the same pages; the BFF sends each only their own.
 */
export const myAssessmentRoles = ['adopter', 'birth_relative'] as const satisfies readonly Role[]
