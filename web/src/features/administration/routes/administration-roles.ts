import type { Role } from '@asp/bff/contract'

/**
 * Who has somewhere to go under "Administration" (`administrationLinks`): who may invite someone,
 * see the staff accounts or add local authorities.
 */
export const administrationPageRoles = ['support_worker', 'team_manager', 'administrator'] as const
/** Who may see the staff accounts (the BFF's rule). */
export const staffAccountReaderRoles = ['administrator', 'team_manager'] as const
/** Who may change a staff account, and add local authorities. */
export const administratorRoles = ['administrator'] as const
/**
 * Who may record a conflict of interest from a family's record. The BFF lets administrators record
 * one too, but they cannot open a family's record, so the page is for team managers.
 */
export const conflictRecorderRoles = ['team_manager'] as const

export function canChangeStaffAccounts(role: Role): boolean {
  return (administratorRoles as readonly Role[]).includes(role)
}

export function canRecordConflicts(role: Role): boolean {
  return (conflictRecorderRoles as readonly Role[]).includes(role)
}
