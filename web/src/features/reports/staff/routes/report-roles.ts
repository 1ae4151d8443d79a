import type { Role } from '@asp/bff/contract'

/** Who reports the service's figures (the BFF's rule): team managers and data analysts. */
export const reportReaderRoles = ['team_manager', 'data_analyst'] as const satisfies readonly Role[]
