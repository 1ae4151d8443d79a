import {
  and,
  asc,
  conflictsOfInterest,
  eq,
  families,
  inArray,
  localAuthorities,
  sessions,
  staffLocalAuthorities,
  users,
  type Reader,
  type Writer,
} from '@asp/db'
import { staffRoles } from '../../platform/actor.ts'
import { versioned } from '../../platform/versioned-update.ts'

/** The organisation's local authorities, by name. */
export function findLocalAuthorities(db: Reader, organisationId: string) {
  return db
    .select({ id: localAuthorities.id, name: localAuthorities.name, code: localAuthorities.code })
    .from(localAuthorities)
    .where(eq(localAuthorities.organisationId, organisationId))
    .orderBy(asc(localAuthorities.name))
}

/** Those of `ids` that are the organisation's own local authorities. */
export function findOwnLocalAuthorityIds(db: Reader, organisationId: string, ids: string[]) {
  return db
    .select({ id: localAuthorities.id })
    .from(localAuthorities)
    .where(
      and(inArray(localAuthorities.id, ids), eq(localAuthorities.organisationId, organisationId)),
    )
}

/** The local authority with this ONS code, in any organisation. */
export async function findLocalAuthorityByCode(db: Reader, code: string) {
  const [row] = await db
    .select({ id: localAuthorities.id })
    .from(localAuthorities)
    .where(eq(localAuthorities.code, code))
  return row
}

export async function createLocalAuthority(
  db: Writer,
  values: { organisationId: string; name: string; code: string },
) {
  const [created] = await db.insert(localAuthorities).values(values).returning({
    id: localAuthorities.id,
    name: localAuthorities.name,
    code: localAuthorities.code,
  })
  if (!created) throw new Error('Local authority not written')
  return created
}

/** The organisation's staff accounts by name (or the one with `userId`), with their local authorities. */
export async function findStaffAccounts(db: Reader, organisationId: string, userId?: string) {
  const rows = await db
    .select({ user: users })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        inArray(users.role, [...staffRoles]),
        userId ? eq(users.id, userId) : undefined,
      ),
    )
    .orderBy(asc(users.name))
  const ids = rows.map((row) => row.user.id)
  const links = ids.length
    ? await db
        .select({
          userId: staffLocalAuthorities.userId,
          id: localAuthorities.id,
          name: localAuthorities.name,
        })
        .from(staffLocalAuthorities)
        .innerJoin(
          localAuthorities,
          eq(localAuthorities.id, staffLocalAuthorities.localAuthorityId),
        )
        .where(inArray(staffLocalAuthorities.userId, ids))
        .orderBy(asc(localAuthorities.name))
    : []
  return { users: rows.map((row) => row.user), links }
}

export type StaffAccounts = Awaited<ReturnType<typeof findStaffAccounts>>

export const updateStaffAccount = versioned(users)

/** Links a member of staff to local authorities, as given. */
export async function addStaffLocalAuthorities(db: Writer, userId: string, ids: string[]) {
  await db.insert(staffLocalAuthorities).values(ids.map((id) => ({ userId, localAuthorityId: id })))
}

/** Replaces the local authorities a member of staff works for. */
export async function replaceStaffLocalAuthorities(db: Writer, userId: string, ids: string[]) {
  await db.delete(staffLocalAuthorities).where(eq(staffLocalAuthorities.userId, userId))
  if (ids.length > 0) await addStaffLocalAuthorities(db, userId, ids)
}

/** Ends every session of the account. */
export async function deleteSessionsOf(db: Writer, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId))
}

/** The family with this id in the organisation, whichever local authority it belongs to. */
export async function findOrganisationFamily(db: Reader, organisationId: string, familyId: string) {
  const [row] = await db
    .select({ id: families.id })
    .from(families)
    .where(and(eq(families.id, familyId), eq(families.organisationId, organisationId)))
  return row
}

export async function createConflictOfInterest(
  db: Writer,
  values: { staffUserId: string; familyId: string; reason: string },
) {
  const [created] = await db
    .insert(conflictsOfInterest)
    .values(values)
    .returning({ id: conflictsOfInterest.id })
  if (!created) throw new Error('Conflict not written')
  return created
}
