import { sql } from 'drizzle-orm'
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, instant, timestamps, version } from './_columns.ts'
import { localAuthorities, organisations } from './organisations.ts'

export const roles = [
  'adopter',
  'birth_relative',
  'duty_officer',
  'support_worker',
  'team_manager',
  'administrator',
  'finance_officer',
  // Reads the agency's figures and runs its reports; changes nothing.
  'data_analyst',
] as const
export type Role = (typeof roles)[number]
export const roleEnum = pgEnum('role', roles)

export const secondFactorMethods = ['totp', 'email', 'sms'] as const
export const secondFactorMethodEnum = pgEnum('second_factor_method', secondFactorMethods)

/**
 * Everyone who signs in. The columns better-auth needs (name, email, email_verified, image,
 * two_factor_enabled) sit beside ours; a user belongs to exactly one organisation.
 */
export const users = pgTable(
  'users',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: roleEnum('role').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
    secondFactorMethod: secondFactorMethodEnum('second_factor_method'),
    /** The mobile number security codes go to, for accounts that chose text messages. */
    mobileNumber: text('mobile_number'),
    disabledAt: instant('disabled_at'),
    ...timestamps,
    version: version(),
  },
  (table) => [uniqueIndex('users_email_key').on(sql`lower(${table.email})`)],
)

/** Server-side sessions (better-auth). The cookie carries the token, signed. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    token: text('token').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: instant('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('sessions_token_key').on(table.token),
    index('sessions_user_idx').on(table.userId),
  ],
)

/** Credentials (better-auth): the argon2id password hash lives here. */
export const credentials = pgTable(
  'credentials',
  {
    id: id(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: instant('access_token_expires_at'),
    refreshTokenExpiresAt: instant('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    ...timestamps,
  },
  (table) => [index('credentials_user_idx').on(table.userId)],
)

/** Short-lived values (better-auth): reset tokens, second-factor challenges, one-time codes. */
export const verifications = pgTable(
  'verifications',
  {
    id: id(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: instant('expires_at').notNull(),
    ...timestamps,
  },
  (table) => [index('verifications_identifier_idx').on(table.identifier)],
)

/** Authenticator app secrets (encrypted) and hashed recovery codes (better-auth's two-factor plugin). */
export const twoFactors = pgTable(
  'two_factors',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    secret: text('secret').notNull(),
    backupCodes: text('backup_codes').notNull(),
    verified: boolean('verified').notNull().default(true),
    failedVerificationCount: integer('failed_verification_count').notNull().default(0),
    lockedUntil: instant('locked_until'),
  },
  (table) => [index('two_factors_user_idx').on(table.userId)],
)

/** Which local authorities a member of staff works for: their cases are scoped by these. */
export const staffLocalAuthorities = pgTable(
  'staff_local_authorities',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
  },
  (table) => [primaryKey({ columns: [table.userId, table.localAuthorityId] })],
)

/** A household supported after adoption (or special guardianship). */
export const families = pgTable(
  'families',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The council responsible for the family's support. */
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
    reference: text('reference').notNull(),
    addressLine1: text('address_line_1').notNull(),
    addressLine2: text('address_line_2'),
    town: text('town').notNull(),
    postcode: text('postcode').notNull(),
    phone: text('phone'),
    ...timestamps,
    version: version(),
  },
  (table) => [
    uniqueIndex('families_reference_key').on(table.organisationId, table.reference),
    index('families_local_authority_idx').on(table.localAuthorityId),
  ],
)

export const parentKinds = ['adopter', 'special_guardian'] as const
export const parentKindEnum = pgEnum('parent_kind', parentKinds)

/** An adoptive parent or special guardian in a family; `userId` once they have an account. */
export const familyParents = pgTable(
  'family_parents',
  {
    id: id(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    userId: uuid('user_id').references(() => users.id),
    kind: parentKindEnum('kind').notNull().default('adopter'),
    fullName: text('full_name').notNull(),
    email: text('email'),
    ...timestamps,
    version: version(),
  },
  (table) => [
    index('family_parents_family_idx').on(table.familyId),
    uniqueIndex('family_parents_user_key').on(table.userId),
  ],
)

export const children = pgTable(
  'children',
  {
    id: id(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    adoptionOrderDate: date('adoption_order_date', { mode: 'string' }),
    ...timestamps,
    version: version(),
  },
  (table) => [index('children_family_idx').on(table.familyId)],
)

/**
 * A birth relative of an adopted child. Kept apart from the family: the only link is the child,
 * and nothing about the family is ever read into a birth relative's view.
 */
export const birthRelatives = pgTable(
  'birth_relatives',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
    userId: uuid('user_id').references(() => users.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    fullName: text('full_name').notNull(),
    relationship: text('relationship').notNull(),
    email: text('email'),
    ...timestamps,
    version: version(),
  },
  (table) => [
    index('birth_relatives_child_idx').on(table.childId),
    uniqueIndex('birth_relatives_user_key').on(table.userId),
  ],
)

/**
 * A recorded conflict of interest: the member of staff never reaches this family's (or this birth
 * relative's) records through the staff area, whatever their role and local authorities.
 */
export const conflictsOfInterest = pgTable(
  'conflicts_of_interest',
  {
    id: id(),
    staffUserId: uuid('staff_user_id')
      .notNull()
      .references(() => users.id),
    familyId: uuid('family_id').references(() => families.id),
    birthRelativeId: uuid('birth_relative_id').references(() => birthRelatives.id),
    reason: text('reason').notNull(),
    ...timestamps,
  },
  (table) => [index('conflicts_of_interest_staff_idx').on(table.staffUserId)],
)

/** A single-use invitation to create an account. Only the token's SHA-256 is stored. */
export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: roleEnum('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: instant('expires_at').notNull(),
    acceptedAt: instant('accepted_at'),
    invitedByUserId: uuid('invited_by_user_id').references(() => users.id),
    familyParentId: uuid('family_parent_id').references(() => familyParents.id),
    birthRelativeId: uuid('birth_relative_id').references(() => birthRelatives.id),
    localAuthorityIds: uuid('local_authority_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    ...timestamps,
  },
  (table) => [uniqueIndex('invitations_token_hash_key').on(table.tokenHash)],
)

export type UserRow = typeof users.$inferSelect
export type NewUserRow = typeof users.$inferInsert
export type SessionRow = typeof sessions.$inferSelect
export type FamilyRow = typeof families.$inferSelect
export type NewFamilyRow = typeof families.$inferInsert
export type FamilyParentRow = typeof familyParents.$inferSelect
export type ChildRow = typeof children.$inferSelect
export type BirthRelativeRow = typeof birthRelatives.$inferSelect
export type InvitationRow = typeof invitations.$inferSelect
export type ConflictOfInterestRow = typeof conflictsOfInterest.$inferSelect
