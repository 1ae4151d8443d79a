import { installationFacts, localAuthorities, organisations } from '../schema/index.ts'
import type { Db } from '../client.ts'
import { demoLocalAuthorities, demoOrganisation } from './demo-data.ts'

export type SeedOutcome = 'seeded' | 'already-seeded' | 'not-requested'

const seededFact = 'demo_data_seeded'

/**
 * Seeds the fictional demo agency once. The marker row is written first in the same transaction:
 * a second start, or a second process racing this one, finds it and seeds nothing.
 */
export async function seedDemoData(db: Db): Promise<SeedOutcome> {
  return db.transaction(async (tx) => {
    const marked = await tx
      .insert(installationFacts)
      .values({ key: seededFact, value: 'v1' })
      .onConflictDoNothing()
      .returning({ key: installationFacts.key })
    if (marked.length === 0) return 'already-seeded'

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
