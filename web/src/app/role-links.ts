import type { Role } from '@asp/bff/contract'
import { paths, type StaticPath } from './paths.ts'

export interface RoleLink {
  href: StaticPath
  text: string
  /** Shown under the link on the home page. */
  description: string
}

const staffRoles: readonly Role[] = [
  'duty_officer',
  'support_worker',
  'team_manager',
  'administrator',
]
/** Who may invite: the BFF lets support workers and team managers invite families, administrators staff. */
const inviters: readonly Role[] = ['support_worker', 'team_manager', 'administrator']

export function isStaffRole(role: Role): boolean {
  return staffRoles.includes(role)
}

/** The places each role can go from its home page and the service navigation. */
export function roleLinks(role: Role): RoleLink[] {
  const links: RoleLink[] = []
  if (role === 'adopter') {
    links.push({
      href: paths.myFamily,
      text: 'Your family',
      description: 'Check the details we hold about your family and children.',
    })
  }
  if (isStaffRole(role)) {
    links.push({
      href: paths.findPerson,
      text: 'Find a person',
      description:
        role === 'team_manager'
          ? 'Search for an adoptive parent, birth relative or member of staff. From a family’s record you can also check its audit trail: who viewed or changed it, and when.'
          : 'Search for an adoptive parent, birth relative or member of staff.',
    })
  }
  if (inviters.includes(role)) {
    links.push({
      href: paths.invitePerson,
      text: 'Invite a person',
      description:
        role === 'administrator'
          ? 'Send a member of staff an email invitation to create an account.'
          : 'Send an adoptive parent or birth relative an email invitation to create an account.',
    })
  }
  if (role === 'administrator' || role === 'team_manager') {
    links.push({
      href: paths.staffAccounts,
      text: 'Staff accounts',
      description:
        role === 'administrator'
          ? 'Change a member of staff’s role or the local authorities they work for, or disable their account.'
          : 'See the agency’s staff, their roles and the local authorities they work for.',
    })
  }
  if (role === 'administrator') {
    links.push({
      href: paths.localAuthorities,
      text: 'Local authorities',
      description: 'See and add the local authorities the agency serves.',
    })
  }
  return links
}
