import type { PersonResult } from '@asp/bff/contract'
import { joinNames } from './request-name.ts'

/** A family found by a search: its adoptive parents' names together. */
export interface FamilyChoice {
  familyId: string
  names: string
  /** The family's reference and local authority: "CSA-01006, Ardenshire County Council". */
  detail: string
}

/** Adoptive parents found by name, one choice per family. */
export function familiesOf(people: PersonResult[]): FamilyChoice[] {
  const byFamily = new Map<string, { names: string[]; detail: string }>()
  for (const person of people) {
    if (person.kind !== 'adopter' || person.familyId === null) {
      continue
    }
    const family = byFamily.get(person.familyId)
    if (family) {
      family.names.push(person.name)
    } else {
      byFamily.set(person.familyId, { names: [person.name], detail: person.detail })
    }
  }
  return [...byFamily].map(([familyId, family]) => ({
    familyId,
    names: joinNames(family.names),
    detail: family.detail,
  }))
}
