import {
  and,
  asc,
  birthRelatives,
  children,
  eq,
  families,
  familyParents,
  inArray,
  localAuthorities,
  not,
  type Db,
  type SQL,
} from '@asp/db'
import type { Family } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'

/**
 * The families a member of staff may reach: their organisation, their local authorities, and none
 * they have a recorded conflict of interest with. Every staff query for family data `and`s this.
 */
export function staffFamilyScope(actor: Actor): SQL {
  const conditions = [
    eq(families.organisationId, actor.organisationId),
    inArray(families.localAuthorityId, actor.localAuthorityIds),
  ]
  if (actor.conflictedFamilyIds.length > 0) {
    conditions.push(not(inArray(families.id, actor.conflictedFamilyIds)))
  }
  return and(...conditions) as SQL
}

/** The birth relatives a member of staff may reach, on the same terms. */
export function staffBirthRelativeScope(actor: Actor): SQL {
  const conditions = [
    eq(birthRelatives.organisationId, actor.organisationId),
    inArray(birthRelatives.localAuthorityId, actor.localAuthorityIds),
  ]
  if (actor.conflictedBirthRelativeIds.length > 0) {
    conditions.push(not(inArray(birthRelatives.id, actor.conflictedBirthRelativeIds)))
  }
  return and(...conditions) as SQL
}

/** One family with its parents and children, if `scope` lets the caller reach it. */
export async function findFamily(db: Pick<Db, 'select'>, familyId: string, scope: SQL) {
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
  const family: Family = {
    id: row.family.id,
    reference: row.family.reference,
    localAuthority: { id: row.family.localAuthorityId, name: row.localAuthorityName },
    address: {
      line1: row.family.addressLine1,
      line2: row.family.addressLine2,
      town: row.family.town,
      postcode: row.family.postcode,
    },
    phone: row.family.phone,
    parents: parents.map((parent) => ({
      id: parent.id,
      fullName: parent.fullName,
      kind: parent.kind,
      email: parent.email,
      hasAccount: parent.userId !== null,
      version: parent.version,
    })),
    children: kids.map((child) => ({
      id: child.id,
      firstName: child.firstName,
      lastName: child.lastName,
      dateOfBirth: child.dateOfBirth,
      adoptionOrderDate: child.adoptionOrderDate,
      version: child.version,
    })),
    version: row.family.version,
  }
  return { family, localAuthorityId: row.family.localAuthorityId }
}

/** The family an adoptive parent belongs to, scoped by their own account. */
export async function findFamilyIdOfAdopter(db: Pick<Db, 'select'>, userId: string) {
  const [row] = await db
    .select({ familyId: familyParents.familyId })
    .from(familyParents)
    .where(eq(familyParents.userId, userId))
  return row?.familyId
}
