import {
  and,
  birthRelatives,
  eq,
  families,
  familyParents,
  groupBookings,
  groupEvents,
  inArray,
  isNull,
  not,
  or,
  sql,
  supportRequests,
  type SQL,
} from '@asp/db'
import type { Actor } from './actor.ts'

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

/** What a member of staff's reach is made of. */
export type StaffScope = Pick<
  Actor,
  'organisationId' | 'localAuthorityIds' | 'conflictedFamilyIds' | 'conflictedBirthRelativeIds'
>

/**
 * The requests a member of staff may reach: their organisation, their local authorities, and no
 * family or birth relative they have a recorded conflict of interest with.
 */
export function staffRequestScope(actor: StaffScope): SQL {
  const conditions = [
    eq(supportRequests.organisationId, actor.organisationId),
    inArray(supportRequests.localAuthorityId, actor.localAuthorityIds),
  ]
  if (actor.conflictedFamilyIds.length > 0) {
    conditions.push(
      or(
        isNull(supportRequests.familyId),
        not(inArray(supportRequests.familyId, actor.conflictedFamilyIds)),
      ) as SQL,
    )
  }
  if (actor.conflictedBirthRelativeIds.length > 0) {
    conditions.push(
      or(
        isNull(supportRequests.birthRelativeId),
        not(inArray(supportRequests.birthRelativeId, actor.conflictedBirthRelativeIds)),
      ) as SQL,
    )
  }
  return and(...conditions) as SQL
}

/**
 * A family's or birth relative's own requests: an adoptive parent reaches their family's family
 * requests; a birth relative reaches only the requests they made as a birth relative.
 */
export function ownRequestScope(actor: Actor): SQL {
  if (actor.role === 'adopter') {
    return and(
      eq(supportRequests.queue, 'family'),
      sql`${supportRequests.familyId} in (select ${familyParents.familyId} from ${familyParents} where ${familyParents.userId} = ${actor.userId})`,
    ) as SQL
  }
  if (actor.role === 'birth_relative') {
    return and(
      eq(supportRequests.queue, 'birth_relative'),
      sql`${supportRequests.birthRelativeId} in (select ${birthRelatives.id} from ${birthRelatives} where ${birthRelatives.userId} = ${actor.userId})`,
    ) as SQL
  }
  return sql`false`
}

/**
 * The events a member of staff may run: their organisation's events for every area, and those for
 * their own areas. Administrators run the agency's whole programme.
 */
export function staffGroupEventScope(actor: Actor): SQL {
  const organisation = eq(groupEvents.organisationId, actor.organisationId)
  if (actor.role === 'administrator') return organisation
  const areas =
    actor.localAuthorityIds.length > 0
      ? or(
          isNull(groupEvents.localAuthorityId),
          inArray(groupEvents.localAuthorityId, actor.localAuthorityIds),
        )
      : isNull(groupEvents.localAuthorityId)
  return and(organisation, areas) as SQL
}

/** The events a family may see and book: their organisation's, published or planned. */
export function familyGroupEventScope(actor: Actor): SQL {
  if (actor.role !== 'adopter') return sql`false`
  return and(
    eq(groupEvents.organisationId, actor.organisationId),
    inArray(groupEvents.status, ['planned', 'published', 'cancelled']),
  ) as SQL
}

/** A family's own bookings: those of the family the signed-in adoptive parent belongs to. */
export function ownGroupBookingScope(actor: Actor): SQL {
  if (actor.role !== 'adopter') return sql`false`
  return sql`${groupBookings.familyId} in (select ${familyParents.familyId} from ${familyParents} where ${familyParents.userId} = ${actor.userId})`
}
