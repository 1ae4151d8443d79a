import type { Db } from '../types.ts'
import { seedPeople, type DemoAccount } from './accounts.ts'
import { seedAsf } from './asf.ts'
import { seedAssessments } from './assessments.ts'
import { claimSeed, type DemoSeedPlatform } from './builders.ts'
import { seedDemoGroups } from './groups.ts'
import { seedLetterbox } from './letterbox.ts'
import { demoPassword } from './people.ts'
import { seedSupportRequests } from './support-requests.ts'

export { demoLocalAuthorities, demoOrganisation, seedDemoData, type SeedOutcome } from './agency.ts'
export type { DemoAccount } from './accounts.ts'
export type { DemoSeedPlatform, WorkingDays } from './builders.ts'
export { seedDemoGroups, type DemoGroupsInput } from './groups.ts'
export { demoRequestDescriptions } from './support-requests.ts'
export { demoEmail, demoFamilyCount, demoPassword, demoStaff, demoTotpSecret } from './people.ts'

/**
 * Seeds the demo agency's people once, on top of `seedDemoData`: its staff, families and birth
 * relatives with their sign-ins, two years of support requests, a term of groups either side of
 * today, up to ten years of letterbox contact, and two years of assessments of need and support
 * plans, and two financial years of Adoption Support Fund applications. Idempotent (see `claimSeed`). The BFF passes in
 * what only it has: how it hashes passwords and encrypts secrets, and its working days.
 */
export async function seedDemoPeople(
  db: Db,
  platform: DemoSeedPlatform,
): Promise<DemoAccount[] | 'already-seeded'> {
  const passwordHash = await platform.hashPassword(demoPassword)
  return db.transaction(async (tx) => {
    if (!(await claimSeed(tx, 'demo_accounts_seeded'))) return 'already-seeded'
    const people = await seedPeople(tx, { passwordHash, encryptSecret: platform.encryptSecret })
    const now = new Date()
    await seedSupportRequests(tx, people, platform.workingDays, now)
    await seedDemoGroups(tx, { organisationId: people.organisationId, now }, platform.workingDays)
    await seedLetterbox(tx, people, { now, workingDays: platform.workingDays, passwordHash })
    await seedAssessments(tx, people, { now, workingDays: platform.workingDays })
    await seedAsf(tx, people, { now })
    return people.accounts
  })
}
