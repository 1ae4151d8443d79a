import { localAuthorities, organisations } from '../schema/index.ts'
import type { Db } from '../types.ts'
import { claimSeed } from './builders.ts'

// Fictional demo data. Every name here is invented: never put a real person, family or council
// case in a seed. The shape follows the agencies described in the domain guide (a Regional
// Adoption Agency serving four local authorities through a hub and a spoke in each).

export const demoOrganisation = {
  slug: 'central-shires',
  name: 'Central Shires Adoption Partnership',
}

/** Codes use the reserved-looking prefix `X99` so they can never match a real ONS code. */
export const demoLocalAuthorities = [
  { code: 'X99000001', name: 'Ardenshire County Council' },
  { code: 'X99000002', name: 'Brackenford City Council' },
  { code: 'X99000003', name: 'Kingsmere Borough Council' },
  { code: 'X99000004', name: 'Wyvern County Council' },
] as const

export type SeedOutcome = 'seeded' | 'already-seeded' | 'not-requested'

/** Seeds the fictional demo agency and its councils once (see `claimSeed`). */
export async function seedDemoData(db: Db): Promise<SeedOutcome> {
  return db.transaction(async (tx) => {
    if (!(await claimSeed(tx, 'demo_data_seeded'))) return 'already-seeded'

    const [organisation] = await tx
      .insert(organisations)
      .values(demoOrganisation)
      .returning({ id: organisations.id })
    if (!organisation) throw new Error('The demo organisation was not written')
    await tx
      .insert(localAuthorities)
      .values(demoLocalAuthorities.map((la) => ({ ...la, organisationId: organisation.id })))
    return 'seeded'
  })
}
