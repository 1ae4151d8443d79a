import type { Role } from '@asp/bff/contract'
import { paths, type StaticPath } from './paths.ts'

export interface RoleLink {
  href: StaticPath
  text: string
  /** Shown under the link on the home page. */
  description: string
}

/** An item of the service navigation. */
export interface NavigationLink {
  href: StaticPath
  text: string
  /** The item is marked as the reader's section on these pages and the pages under them. */
  sectionPaths: readonly StaticPath[]
}

const staffRoles: readonly Role[] = [
  'duty_officer',
  'support_worker',
  'team_manager',
  'administrator',
  'finance_officer',
  'data_analyst',
]
/**
 * Staff who neither run groups nor find people, as the BFF refuses them both: the finance officer,
 * who keeps the fund's money, and the data analyst, who reads the service's figures only.
 */
const staffWithoutCases: readonly Role[] = ['finance_officer', 'data_analyst']
/** Who may invite: the BFF lets support workers and team managers invite families, administrators staff. */
const inviters: readonly Role[] = ['support_worker', 'team_manager', 'administrator']

const groupProgrammeDescriptions: Partial<Record<Role, string>> = {
  duty_officer: 'Create and publish groups and training, and take the register on the day.',
  support_worker: 'Create and publish groups and training, and take the register on the day.',
  team_manager:
    'Create and publish groups and training, take the register on the day, and see the figures: places booked, attendance and families reached.',
  administrator:
    'Create and publish groups and training, and see the figures: places booked, attendance and families reached.',
}

export function isStaffRole(role: Role): boolean {
  return staffRoles.includes(role)
}

/** Whether the page at `pathname` is in the item's section: one of its paths or a page under one. */
export function isInSection(link: NavigationLink, pathname: string): boolean {
  return link.sectionPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`))
}

/** Staff administration: in the navigation these are under one "Administration" link. */
const administrationPaths: readonly StaticPath[] = [
  paths.invitePerson,
  paths.staffAccounts,
  paths.localAuthorities,
]

function isAdministration(link: RoleLink): boolean {
  return administrationPaths.includes(link.href)
}

/**
 * Places the navigation leaves to the pages of another of its items, which link to them, so that
 * it fits one line: "Your bookings" is linked from "Groups and training", "My work" and a team
 * manager's "Team" from the support line's queue, and "Contact agreements" from "Letterbox", and assessments from each side's support
 * requests; the item that leads there stays marked on them.
 */
const reachedFromAnotherItem: Partial<Record<StaticPath, StaticPath>> = {
  [paths.myGroupBookings]: paths.groups,
  [paths.supportLineTeam]: paths.supportLineQueue,
  [paths.supportLineMyWork]: paths.supportLineQueue,
  [paths.contactAgreements]: paths.letterboxChecks,
  // Assessments come from requests for support: each side reaches them from there.
  [paths.myAssessments]: paths.mySupportRequests,
  [paths.needsAssessments]: paths.supportLineQueue,
  // Case staff reach fund applications from the support line too; the finance officer, who has no
  // support line, has them in the navigation.
  [paths.fundApplications]: paths.supportLineQueue,
  // Team managers reach the reports from there too, beside the team view; the data analyst, who
  // has no support line, has them in the navigation.
  [paths.reports]: paths.supportLineQueue,
}

/** Every place a role can go, each with its description: the home page lists them all. */
export function roleLinks(role: Role): RoleLink[] {
  const links: RoleLink[] = []
  if (role === 'adopter') {
    links.push({
      href: paths.myFamily,
      text: 'Your family',
      description: 'Check the details we hold about your family and children.',
    })
  }
  // Support requests: adoptive parents and birth relatives (features/support-requests/family)
  if (role === 'adopter' || role === 'birth_relative') {
    links.push(
      {
        href: paths.askForSupport,
        text: 'Ask for support',
        description:
          role === 'adopter'
            ? 'Tell your adoption support team what is happening and what help you or your children need.'
            : 'Ask your adoption support team for help, such as counselling or help to write a letterbox letter.',
      },
      {
        href: paths.mySupportRequests,
        text: 'Your requests',
        description:
          'Follow the requests for support you have sent, read messages from the team and reply.',
      },
    )
  }
  // Needs assessments and plans: adoptive parents and birth relatives (features/assessments/family)
  if (role === 'adopter' || role === 'birth_relative') {
    links.push({
      href: paths.myAssessments,
      text: 'Your assessment and plan',
      description:
        'See where an assessment of your support needs is, answer what we propose, and read your support plan.',
    })
  }
  // Groups and training: families find and book groups, courses and activities (features/groups/family)
  if (role === 'adopter') {
    links.push(
      {
        href: paths.groups,
        text: 'Groups and training',
        description:
          'Find support groups, training courses and activities for your family, and book places.',
      },
      {
        href: paths.myGroupBookings,
        text: 'Your bookings',
        description:
          'See the groups and training you have booked, add them to your calendar or cancel a booking.',
      },
    )
  }
  // Letterbox: adoptive parents and birth relatives write and read letters (features/letterbox/mine)
  if (role === 'adopter' || role === 'birth_relative') {
    links.push({
      href: paths.letterbox,
      text: 'Letterbox',
      description:
        role === 'adopter'
          ? 'Write letterbox letters to your child’s birth relatives, follow them while they are checked, and read their replies.'
          : 'Write letterbox letters, follow them while they are checked, and read the letters the family sends.',
    })
  }
  // Support line: staff with case records, never administrators (features/support-requests/staff)
  if (role === 'duty_officer' || role === 'support_worker' || role === 'team_manager') {
    links.push(
      {
        href: paths.supportLineQueue,
        text: 'Support line',
        description:
          'The triage queue of requests for support: log a call, email, letter or referral, and record triage decisions.',
      },
      {
        href: paths.supportLineMyWork,
        text: 'My work',
        description: 'The requests allocated to you, with the time left to reply.',
      },
    )
    if (role === 'team_manager') {
      links.push({
        href: paths.supportLineTeam,
        text: 'Team',
        description:
          'Crises without a worker, requests by status, overdue and unallocated requests, safeguarding alerts and each worker’s caseload.',
      })
    }
  }
  // Needs assessments and plans: case staff (features/assessments/staff)
  if (role === 'duty_officer' || role === 'support_worker' || role === 'team_manager') {
    links.push({
      href: paths.needsAssessments,
      text: 'Assessments',
      description:
        role === 'team_manager'
          ? 'Assessments of need and support plans: what is waiting, late or due for review, sign-off and decisions.'
          : 'Assessments of need and support plans: write an assessment, send what we propose and keep the plan.',
    })
  }
  // Adoption Support Fund applications: case staff and the finance officer (features/asf/staff)
  if (
    role === 'duty_officer' ||
    role === 'support_worker' ||
    role === 'team_manager' ||
    role === 'finance_officer'
  ) {
    links.push({
      href: paths.fundApplications,
      text: 'Fund applications',
      description:
        role === 'finance_officer'
          ? 'Adoption Support Fund applications: record the fund’s decisions and the invoices paid, and download the year’s figures.'
          : 'Adoption Support Fund applications for therapy: approval, the fund’s decision and what has been spent.',
    })
  }
  // Letterbox: case staff check every letter and keep the contact agreements (features/letterbox/staff)
  if (role === 'duty_officer' || role === 'support_worker' || role === 'team_manager') {
    links.push(
      {
        href: paths.letterboxChecks,
        text: 'Letterbox',
        description:
          'Check letterbox letters before they are passed on, with possible identifying details highlighted.',
      },
      {
        href: paths.contactAgreements,
        text: 'Contact agreements',
        description:
          'Letterbox contact agreements, reviews that are due, and exchanges that are overdue.',
      },
    )
  }
  // Groups and training: staff run the events, case staff take the register, team managers and
  // administrators see the figures (features/groups/staff)
  if (isStaffRole(role) && !staffWithoutCases.includes(role)) {
    links.push({
      href: paths.groupProgramme,
      text: 'Groups and training',
      description: groupProgrammeDescriptions[role] ?? '',
    })
  }
  // Reports: the service's figures, for team managers and data analysts (features/reports)
  if (role === 'team_manager' || role === 'data_analyst') {
    links.push({
      href: paths.reports,
      text: 'Reports',
      description:
        'The service’s figures now, and reports for a period and local authority to download as CSV files and print.',
    })
  }
  if (isStaffRole(role) && !staffWithoutCases.includes(role)) {
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

/** The staff administration a role can do, listed on the Administration page. */
export function administrationLinks(role: Role): RoleLink[] {
  return roleLinks(role).filter(isAdministration)
}

/**
 * The service navigation's places for a role (before "Sign out"): its home page, its role links,
 * and its administration under one "Administration" link, so that the navigation fits one line
 * at desktop width (960 pixels of 19px Arial with 30 pixels between items).
 */
export function navigationLinks(role: Role): NavigationLink[] {
  const places = roleLinks(role)
  /** Whether the link is reached from another item this role has. */
  const reachedFromElsewhere = (link: RoleLink) => {
    const from = reachedFromAnotherItem[link.href]
    return from !== undefined && places.some((place) => place.href === from)
  }
  const links: NavigationLink[] = [
    { href: paths.home, text: 'Your account', sectionPaths: [paths.home] },
    ...places
      .filter((link) => !isAdministration(link) && !reachedFromElsewhere(link))
      .map((link) => ({
        href: link.href,
        text: link.text,
        sectionPaths: [
          link.href,
          ...Object.entries(reachedFromAnotherItem)
            .filter(([, from]) => from === link.href)
            .map(([path]) => path as StaticPath),
        ],
      })),
  ]
  const administration = administrationLinks(role)
  if (administration.length > 0) {
    links.push({
      href: paths.administration,
      text: 'Administration',
      sectionPaths: [paths.administration, ...administration.map((link) => link.href)],
    })
  }
  return links
}
