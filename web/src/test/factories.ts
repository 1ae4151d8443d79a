import type {
  AuditEvent,
  CurrentUser,
  Family,
  InvitationSummary,
  LocalAuthority,
  MailboxMessage,
  PersonResult,
  Role,
  ServiceInfo,
  Session,
  StaffMember,
} from '@asp/bff/contract'

/** Service info for tests: a fictional agency and real council names, as the demo seed has. */
export function buildServiceInfo(overrides: Partial<ServiceInfo> = {}): ServiceInfo {
  return {
    organisations: [
      {
        name: 'Adoption Central England',
        localAuthorities: [
          { name: 'Coventry City Council' },
          { name: 'Solihull Metropolitan Borough Council' },
          { name: 'Warwickshire County Council' },
          { name: 'Worcestershire County Council' },
        ],
      },
    ],
    ...overrides,
  }
}

const usersByRole: Record<Role, Omit<CurrentUser, 'role' | 'organisationName'>> = {
  adopter: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a01',
    name: 'Sarah Philips',
    email: 'sarah.philips@example.com',
    secondFactorMethod: 'email',
  },
  birth_relative: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a02',
    name: 'Karen Doyle',
    email: 'karen.doyle@example.com',
    secondFactorMethod: 'email',
  },
  duty_officer: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a03',
    name: 'Priya Shah',
    email: 'priya.shah@example.org',
    secondFactorMethod: 'totp',
  },
  support_worker: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a04',
    name: 'Tom Hughes',
    email: 'tom.hughes@example.org',
    secondFactorMethod: 'totp',
  },
  team_manager: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a05',
    name: 'Grace Okafor',
    email: 'grace.okafor@example.org',
    secondFactorMethod: 'totp',
  },
  administrator: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a06',
    name: 'Martin Reid',
    email: 'martin.reid@example.org',
    secondFactorMethod: 'totp',
  },
  finance_officer: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a07',
    name: 'Dev Patel',
    email: 'dev.patel@example.org',
    secondFactorMethod: 'totp',
  },
  data_analyst: {
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a08',
    name: 'Aisha Rahman',
    email: 'aisha.rahman@example.org',
    secondFactorMethod: 'totp',
  },
}

export function buildUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  const role = overrides.role ?? 'adopter'
  return {
    ...usersByRole[role],
    role,
    organisationName: 'Adoption Central England',
    ...overrides,
  }
}

/**
 * A session that started now: idle for 30 minutes, at most 12 hours. Staff may set up only an
 * authenticator app; families also codes by text message or email, as where texts are offered.
 */
export function buildSession(
  overrides: Partial<Omit<Session, 'user'>> & { user?: Partial<CurrentUser> } = {},
): Session {
  const now = Date.now()
  const { user, ...rest } = overrides
  const builtUser = buildUser(user)
  const isFamily = builtUser.role === 'adopter' || builtUser.role === 'birth_relative'
  return {
    stage: 'active',
    user: builtUser,
    secondFactorChoices: isFamily ? ['totp', 'sms', 'email'] : ['totp'],
    idleExpiresAt: new Date(now + 30 * 60_000).toISOString(),
    absoluteExpiresAt: new Date(now + 12 * 60 * 60_000).toISOString(),
    ...rest,
  }
}

export function buildInvitationSummary(
  overrides: Partial<InvitationSummary> = {},
): InvitationSummary {
  return {
    name: 'Sarah Philips',
    email: 'sarah.philips@example.com',
    organisationName: 'Adoption Central England',
    role: 'adopter',
    ...overrides,
  }
}

/** The local authorities of the demo agency, with their real ONS codes. */
export const localAuthorities = {
  coventry: {
    id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    name: 'Coventry City Council',
    code: 'E08000026',
  },
  solihull: {
    id: '7c9e6679-7425-40de-944b-e07fc1f90ae8',
    name: 'Solihull Metropolitan Borough Council',
    code: 'E08000029',
  },
  warwickshire: {
    id: '7c9e6679-7425-40de-944b-e07fc1f90ae9',
    name: 'Warwickshire County Council',
    code: 'E10000031',
  },
} as const satisfies Record<string, LocalAuthority>

export function buildLocalAuthority(overrides: Partial<LocalAuthority> = {}): LocalAuthority {
  return { ...localAuthorities.coventry, ...overrides }
}

/** The agency's local authorities, in name order as the API lists them. */
export function buildLocalAuthorities(): LocalAuthority[] {
  return [localAuthorities.coventry, localAuthorities.solihull, localAuthorities.warwickshire]
}

export const familyId = '5d1c2f0e-8a3b-4c6d-9e7f-1a2b3c4d5e6f'

export function buildFamily(overrides: Partial<Family> = {}): Family {
  return {
    id: familyId,
    reference: 'ACE-2024-0117',
    localAuthority: { id: localAuthorities.coventry.id, name: localAuthorities.coventry.name },
    address: {
      line1: '12 Elm Grove',
      line2: 'Earlsdon',
      town: 'Coventry',
      postcode: 'CV5 6AB',
    },
    phone: '024 7696 0123',
    parents: [
      {
        id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
        fullName: 'Sarah Philips',
        kind: 'adopter',
        email: 'sarah.philips@example.com',
        hasAccount: true,
        version: 1,
      },
      {
        id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5e',
        fullName: 'James Philips',
        kind: 'adopter',
        email: 'james.philips@example.com',
        hasAccount: false,
        version: 1,
      },
    ],
    children: [
      {
        id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
        firstName: 'Mia',
        lastName: 'Philips',
        dateOfBirth: '2019-03-14',
        version: 1,
        adoptionOrderDate: '2022-10-03',
      },
    ],
    version: 3,
    ...overrides,
  }
}

export function buildPerson(overrides: Partial<PersonResult> = {}): PersonResult {
  return {
    kind: 'adopter',
    id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
    name: 'Sarah Philips',
    email: 'sarah.philips@example.com',
    familyId,
    detail: 'ACE-2024-0117, Coventry City Council',
    hasAccount: true,
    ...overrides,
  }
}

export function buildAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
    occurredAt: '2026-10-03T13:05:00.000Z',
    actorName: 'Tom Hughes',
    actorRole: 'support_worker',
    action: 'read',
    recordType: 'family',
    recordId: familyId,
    ipAddress: '192.0.2.10',
    changedFields: [],
    ...overrides,
  }
}

export function buildMailboxMessage(overrides: Partial<MailboxMessage> = {}): MailboxMessage {
  return {
    id: 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9',
    channel: 'email',
    recipient: 'sarah.philips@example.com',
    subject: 'Your Adoption support security code',
    body: 'Your security code is 123456\n\nIt expires in 5 minutes.',
    createdAt: '2026-10-03T13:05:00.000Z',
    status: 'sent',
    ...overrides,
  }
}

/** A text message in the development mailbox: a security code sent to a mobile number. */
export function buildTextMessage(overrides: Partial<MailboxMessage> = {}): MailboxMessage {
  return buildMailboxMessage({
    id: 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0fa',
    channel: 'sms',
    recipient: '07700900982',
    subject: '',
    body: 'Your Adoption support security code is 482913. It expires in 5 minutes. Do not share it with anyone.',
    ...overrides,
  })
}

/** A member of staff as the administration pages list them: by default the support worker. */
export function buildStaffMember(overrides: Partial<StaffMember> = {}): StaffMember {
  const role = overrides.role ?? 'support_worker'
  const user = usersByRole[role]
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role,
    localAuthorities: [{ id: localAuthorities.coventry.id, name: localAuthorities.coventry.name }],
    disabled: false,
    version: 2,
    ...overrides,
  }
}

/** The demo agency's staff, in name order as the API lists them. */
export function buildStaffList(): StaffMember[] {
  const coventry = { id: localAuthorities.coventry.id, name: localAuthorities.coventry.name }
  const solihull = { id: localAuthorities.solihull.id, name: localAuthorities.solihull.name }
  return [
    buildStaffMember({ role: 'team_manager', localAuthorities: [coventry, solihull] }),
    buildStaffMember({ role: 'administrator', localAuthorities: [] }),
    buildStaffMember({ role: 'duty_officer', localAuthorities: [coventry], disabled: true }),
    buildStaffMember({ role: 'support_worker', localAuthorities: [coventry] }),
  ]
}
