import type { Role } from '@asp/bff/contract'

/** Who runs events (the BFF's rule): every member of staff. */
export const groupProgrammeRoles = [
  'duty_officer',
  'support_worker',
  'team_manager',
  'administrator',
] as const
/** Who takes the register (the BFF's rule): staff with case records, never administrators. */
export const groupRegisterRoles = ['duty_officer', 'support_worker', 'team_manager'] as const
/** Who sees the programme's figures. */
export const groupFiguresRoles = ['team_manager', 'administrator'] as const

export function canTakeRegister(role: Role): boolean {
  return (groupRegisterRoles as readonly Role[]).includes(role)
}

export function canSeeFigures(role: Role): boolean {
  return (groupFiguresRoles as readonly Role[]).includes(role)
}
