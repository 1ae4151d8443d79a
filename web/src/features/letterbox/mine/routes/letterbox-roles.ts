import type { Role } from '@asp/bff/contract'

/**
 * Who writes and reads letterbox letters: adoptive parents and birth relatives. Each sees the
 * same pages; the BFF sends each only the names they may see. Staff check letters elsewhere.
 */
export const letterboxRoles = ['adopter', 'birth_relative'] as const satisfies readonly Role[]
