import {
  and,
  asc,
  birthRelatives,
  children,
  eq,
  families,
  familyParents,
  ilike,
  inArray,
  localAuthorities,
  not,
  or,
  sql,
  users,
  type Reader,
  type SQL,
  type Writer,
} from '@asp/db'
import { staffRoles, type Actor } from '../../platform/actor.ts'
import { versioned } from '../../platform/versioned-update.ts'

type Column = Parameters<typeof eq>[0]

/**
 * The rows of `table` a member of staff may reach: their organisation, their local authorities,
 * and none they have a recorded conflict of interest with.
 */
function staffScope(
  actor: Actor,
  table: { id: Column; organisationId: Column; localAuthorityId: Column },
  conflictedIds: string[],
): SQL {
  const conditions = [
    eq(table.organisationId, actor.organisationId),
    inArray(table.localAuthorityId, actor.localAuthorityIds),
  ]
  if (conflictedIds.length > 0) conditions.push(not(inArray(table.id, conflictedIds)))
  return and(...conditions) as SQL
}

/** The families a member of staff may reach. Every staff query for family data `and`s this. */
export const staffFamilyScope = (actor: Actor): SQL =>
  staffScope(actor, families, actor.conflictedFamilyIds)

/** The birth relatives a member of staff may reach, on the same terms. */
export const staffBirthRelativeScope = (actor: Actor): SQL =>
  staffScope(actor, birthRelatives, actor.conflictedBirthRelativeIds)

/** The families the caller may reach: an adoptive parent their own; staff as `staffFamilyScope`. */
export function familyScopeOf(actor: Actor): SQL {
  return actor.role === 'adopter'
    ? sql`${families.id} in (select ${familyParents.familyId} from ${familyParents} where ${familyParents.userId} = ${actor.userId})`
    : staffFamilyScope(actor)
}

export const updateFamily = versioned(families)
export const updateFamilyParent = versioned(familyParents)
export const updateChild = versioned(children)

/** One family with its parents and children, if `scope` lets the caller reach it. */
export async function findFamily(db: Reader, familyId: string, scope: SQL) {
  const [row] = await db
    .select({ family: families, localAuthorityName: localAuthorities.name })
    .from(families)
    .innerJoin(localAuthorities, eq(localAuthorities.id, families.localAuthorityId))
    .where(and(eq(families.id, familyId), scope))
  if (!row) return undefined
  // One after the other: inside a transaction there is one connection, one query at a time.
  const parents = await db
    .select()
    .from(familyParents)
    .where(eq(familyParents.familyId, familyId))
    .orderBy(asc(familyParents.createdAt))
  const kids = await db
    .select()
    .from(children)
    .where(eq(children.familyId, familyId))
    .orderBy(asc(children.dateOfBirth))
  return { ...row, parents, children: kids }
}

/** The family an adoptive parent belongs to. */
export async function findOwnFamily(db: Reader, userId: string) {
  const [row] = await db
    .select({
      id: families.id,
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
    })
    .from(familyParents)
    .innerJoin(families, eq(families.id, familyParents.familyId))
    .where(eq(familyParents.userId, userId))
  return row
}

/** The family an adoptive parent belongs to, scoped by their own account. */
export async function findFamilyIdOfAdopter(db: Reader, userId: string) {
  const [row] = await db
    .select({ familyId: familyParents.familyId })
    .from(familyParents)
    .where(eq(familyParents.userId, userId))
  return row?.familyId
}

export async function createChild(db: Writer, values: typeof children.$inferInsert) {
  const [child] = await db.insert(children).values(values).returning()
  if (!child) throw new Error('Child not written')
  return child
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

/** A case-insensitive "contains" pattern for `ilike`, with the user's own wildcards escaped. */
export const containing = (text: string) => `%${escapeLike(text)}%`

/** Adoptive parents the member of staff may reach whose name or email matches, at most 50. */
export function findParentsMatching(db: Reader, actor: Actor, pattern: string) {
  return db
    .select({
      id: familyParents.id,
      name: familyParents.fullName,
      email: familyParents.email,
      userId: familyParents.userId,
      familyId: families.id,
      reference: families.reference,
      localAuthorityName: localAuthorities.name,
    })
    .from(familyParents)
    .innerJoin(families, eq(families.id, familyParents.familyId))
    .innerJoin(localAuthorities, eq(localAuthorities.id, families.localAuthorityId))
    .where(
      and(
        staffFamilyScope(actor),
        or(ilike(familyParents.fullName, pattern), ilike(familyParents.email, pattern)),
      ),
    )
    .limit(50)
}

/** Birth relatives the member of staff may reach whose name or email matches, at most 50. */
export function findBirthRelativesMatching(db: Reader, actor: Actor, pattern: string) {
  return db
    .select({
      id: birthRelatives.id,
      name: birthRelatives.fullName,
      email: birthRelatives.email,
      userId: birthRelatives.userId,
      relationship: birthRelatives.relationship,
    })
    .from(birthRelatives)
    .where(
      and(
        staffBirthRelativeScope(actor),
        or(ilike(birthRelatives.fullName, pattern), ilike(birthRelatives.email, pattern)),
      ),
    )
    .limit(50)
}

/** A birth relative the member of staff may reach, with their local authority's name. */
export async function findBirthRelative(db: Reader, actor: Actor, birthRelativeId: string) {
  const [row] = await db
    .select({
      id: birthRelatives.id,
      fullName: birthRelatives.fullName,
      relationship: birthRelatives.relationship,
      localAuthorityId: birthRelatives.localAuthorityId,
      localAuthorityName: localAuthorities.name,
      userId: birthRelatives.userId,
    })
    .from(birthRelatives)
    .innerJoin(localAuthorities, eq(localAuthorities.id, birthRelatives.localAuthorityId))
    .where(and(eq(birthRelatives.id, birthRelativeId), staffBirthRelativeScope(actor)))
  return row
}

/** Staff of the organisation whose name or email matches, at most 50. */
export function findStaffMatching(db: Reader, organisationId: string, pattern: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        inArray(users.role, [...staffRoles]),
        or(ilike(users.name, pattern), ilike(users.email, pattern)),
      ),
    )
    .limit(50)
}
