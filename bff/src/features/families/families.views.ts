import type { ChildRow, FamilyParentRow, FamilyRow } from '@asp/db'
import type { Child, Family, FamilyParent } from '../../contract/index.ts'

export function toParent(parent: FamilyParentRow): FamilyParent {
  return {
    id: parent.id,
    fullName: parent.fullName,
    kind: parent.kind,
    email: parent.email,
    hasAccount: parent.userId !== null,
    version: parent.version,
  }
}

export function toChild(child: ChildRow): Child {
  return {
    id: child.id,
    firstName: child.firstName,
    lastName: child.lastName,
    dateOfBirth: child.dateOfBirth,
    adoptionOrderDate: child.adoptionOrderDate,
    version: child.version,
  }
}

/** A family as `findFamily` reads it: the row, its local authority's name, parents and children. */
export interface FamilyRecord {
  family: FamilyRow
  localAuthorityName: string
  parents: FamilyParentRow[]
  children: ChildRow[]
}

export function toFamily({ family, localAuthorityName, parents, children }: FamilyRecord): Family {
  return {
    id: family.id,
    reference: family.reference,
    localAuthority: { id: family.localAuthorityId, name: localAuthorityName },
    address: {
      line1: family.addressLine1,
      line2: family.addressLine2,
      town: family.town,
      postcode: family.postcode,
    },
    phone: family.phone,
    parents: parents.map(toParent),
    children: children.map(toChild),
    version: family.version,
  }
}
