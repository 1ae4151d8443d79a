import type { Role } from '@asp/bff/contract'

/** Who may open a family's record (the BFF's rule): staff who work on cases. */
export const caseStaffRoles = ['duty_officer', 'support_worker', 'team_manager'] as const
/** Who may change a family's address and contact details. */
export const familyEditorRoles = ['support_worker', 'team_manager'] as const
/** Who may invite a family member or a birth relative. */
export const familyInviterRoles = ['support_worker', 'team_manager'] as const
/** Who may read a record's audit trail. */
export const auditReaderRoles = ['team_manager'] as const
/** Who may search for people: staff who run the service, not the finance officer (the BFF's rule). */
export const peopleFinderRoles = [...caseStaffRoles, 'administrator'] as const

export function canChangeFamilies(role: Role): boolean {
  return (familyEditorRoles as readonly Role[]).includes(role)
}

export function canInviteFamilies(role: Role): boolean {
  return (familyInviterRoles as readonly Role[]).includes(role)
}
