import type { StaffMember } from '../../contract/index.ts'
import type { StaffAccounts } from './administration.repository.ts'

export function toStaffMembers({ users, links }: StaffAccounts): StaffMember[] {
  return users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    // The query is limited to staff roles.
    role: user.role as StaffMember['role'],
    localAuthorities: links
      .filter((l) => l.userId === user.id)
      .map(({ id, name }) => ({ id, name })),
    disabled: user.disabledAt !== null,
    version: user.version,
  }))
}
