import {
  birthRelatives,
  children,
  conflictsOfInterest,
  credentials,
  demoOrganisation,
  eq,
  families,
  familyParents,
  installationFacts,
  localAuthorities,
  organisations,
  staffLocalAuthorities,
  twoFactors,
  users,
  type Db,
} from '@asp/db'
import { symmetricEncrypt } from 'better-auth/crypto'
import { hashPassword } from '../../platform/auth/password-hashing.ts'
import {
  demoDate,
  demoEmail,
  demoNames,
  demoPassword,
  demoStaff,
  demoTotpSecret,
  pick,
  sequence,
} from './demo-people.ts'
import { seedDemoGroups } from './demo-groups.ts'
import { seedDemoSupportRequests } from './demo-support-requests.ts'

/** Families in the demo: the scale of a mid-sized agency's open support cases (DOMAIN.md §10). */
export const demoFamilyCount = 360

export interface DemoAccount {
  email: string
  role: string
  secondFactor: 'authenticator app' | 'email code'
}

/**
 * Seeds the demo sign-ins and families once (idempotent: a marker row is written first). Staff
 * have authenticator apps set up already; the adopters and the birth relative use email codes,
 * which appear in the development mailbox.
 */
export async function seedDemoAccounts(
  db: Db,
  authSecret: string,
): Promise<DemoAccount[] | 'already-seeded'> {
  const passwordHash = await hashPassword(demoPassword)
  return db.transaction(async (tx) => {
    const marked = await tx
      .insert(installationFacts)
      .values({ key: 'demo_accounts_seeded', value: 'v1' })
      .onConflictDoNothing()
      .returning()
    if (marked.length === 0) return 'already-seeded'

    const [organisation] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, demoOrganisation.slug))
    if (!organisation) throw new Error('Seed the demo organisation first')
    const las = await tx
      .select({ id: localAuthorities.id })
      .from(localAuthorities)
      .where(eq(localAuthorities.organisationId, organisation.id))
      .orderBy(localAuthorities.code)
    const laIds = las.map((la) => la.id)
    const accounts: DemoAccount[] = []

    async function createUser(
      name: string,
      email: string,
      role: (typeof users.$inferInsert)['role'],
      method: 'totp' | 'email',
    ) {
      const [user] = await tx
        .insert(users)
        .values({
          organisationId: organisation!.id,
          role,
          name,
          email,
          emailVerified: true,
          twoFactorEnabled: true,
          secondFactorMethod: method,
        })
        .returning({ id: users.id })
      if (!user) throw new Error('Demo user not written')
      await tx.insert(credentials).values({
        userId: user.id,
        accountId: user.id,
        providerId: 'credential',
        password: passwordHash,
      })
      if (method === 'totp') {
        await tx.insert(twoFactors).values({
          userId: user.id,
          secret: await symmetricEncrypt({ key: authSecret, data: demoTotpSecret(email) }),
          backupCodes: await symmetricEncrypt({ key: authSecret, data: JSON.stringify([]) }),
          verified: true,
        })
      }
      accounts.push({
        email,
        role,
        secondFactor: method === 'totp' ? 'authenticator app' : 'email code',
      })
      return user.id
    }

    const staffIds: Record<string, string> = {}
    for (const member of demoStaff) {
      const id = await createUser(member.name, demoEmail(member.key), member.role, 'totp')
      staffIds[member.key] = id
      const ids = member.las === 'all' ? laIds : member.las.map((i) => laIds[i]!)
      if (ids.length > 0) {
        await tx
          .insert(staffLocalAuthorities)
          .values(ids.map((laId) => ({ userId: id, localAuthorityId: laId })))
      }
    }

    // Families across the four councils, weighted like a county and three smaller unitaries.
    const random = sequence(20_260_401)
    const weights = [0.45, 0.2, 0.2, 0.15]
    const familyRows = Array.from({ length: demoFamilyCount }, (_, n) => {
      const r = random()
      let acc = 0
      const laIndex = weights.findIndex((w) => (acc += w) >= r)
      return {
        organisationId: organisation.id,
        localAuthorityId: laIds[Math.max(0, laIndex)]!,
        reference: `CSA-${String(1001 + n).padStart(5, '0')}`,
        addressLine1: `${1 + Math.floor(random() * 120)} ${pick(random, demoNames.streets)}`,
        town: pick(random, demoNames.towns),
        postcode: `XX${1 + Math.floor(random() * 9)} ${Math.floor(random() * 9)}${pick(random, ['AB', 'DF', 'GH', 'JL', 'NP'])}`,
        phone: `01632 960 ${String(Math.floor(random() * 1000)).padStart(3, '0')}`,
      }
    })
    // The first families are in the first local authority, where the demo adopters live.
    familyRows[0]!.localAuthorityId = laIds[0]!
    familyRows[1]!.localAuthorityId = laIds[0]!
    familyRows[2]!.localAuthorityId = laIds[0]!
    const insertedFamilies = await tx
      .insert(families)
      .values(familyRows)
      .returning({ id: families.id })

    const parentRows = insertedFamilies.flatMap((family, n) => {
      const surname = pick(random, demoNames.surnames)
      const count = random() < 0.7 ? 2 : 1
      return Array.from({ length: count }, () => ({
        familyId: family.id,
        kind: random() < 0.9 ? ('adopter' as const) : ('special_guardian' as const),
        fullName: `${pick(random, demoNames.firstNames)} ${surname}`,
        email: `family-${n + 1}-${Math.floor(random() * 1000)}@example.invalid`,
      }))
    })
    const insertedParents = await tx.insert(familyParents).values(parentRows).returning({
      id: familyParents.id,
      familyId: familyParents.familyId,
      fullName: familyParents.fullName,
    })

    const childRows = insertedFamilies.flatMap((family) => {
      const count = random() < 0.6 ? 1 : 2
      const surname =
        insertedParents.find((p) => p.familyId === family.id)?.fullName.split(' ')[1] ?? 'Smith'
      return Array.from({ length: count }, () => {
        const age = 2 + Math.floor(random() * 14)
        return {
          familyId: family.id,
          firstName: pick(random, demoNames.firstNames),
          lastName: surname,
          dateOfBirth: demoDate(random, age),
          adoptionOrderDate: demoDate(random, Math.max(0, age - 2)),
        }
      })
    })
    const insertedChildren = await tx
      .insert(children)
      .values(childRows)
      .returning({ id: children.id, familyId: children.familyId })

    // Demo adopter accounts: the first parent of family 1 and of family 2.
    const parentOf = (familyIndex: number) =>
      insertedParents.find((p) => p.familyId === insertedFamilies[familyIndex]!.id)!
    for (const [familyIndex, key] of [
      [0, 'adopter'],
      [1, 'adopter-b'],
    ] as const) {
      const parent = parentOf(familyIndex)
      const userId = await createUser(parent.fullName, demoEmail(key), 'adopter', 'email')
      await tx
        .update(familyParents)
        .set({ userId, email: demoEmail(key) })
        .where(eq(familyParents.id, parent.id))
    }

    // The support worker who is also an adopter: their own family, with a recorded conflict.
    const ownFamily = insertedFamilies[2]!
    const ownParent = parentOf(2)
    await tx
      .update(familyParents)
      .set({ userId: null, fullName: 'Morgan Reid', email: demoEmail('worker-adopter') })
      .where(eq(familyParents.id, ownParent.id))
    await tx.insert(conflictsOfInterest).values({
      staffUserId: staffIds['worker-adopter']!,
      familyId: ownFamily.id,
      reason: 'Adoptive parent in this family',
    })

    // Birth relatives: about one in three children has a birth relative in letterbox contact.
    const relativeRows = insertedChildren
      .filter(() => random() < 0.35)
      .map((child) => {
        const family = familyRows[insertedFamilies.findIndex((f) => f.id === child.familyId)]!
        return {
          organisationId: organisation.id,
          localAuthorityId: family.localAuthorityId,
          childId: child.id,
          fullName: `${pick(random, demoNames.firstNames)} ${pick(random, demoNames.surnames)}`,
          relationship: pick(random, demoNames.relationships),
          email: null,
        }
      })
    const firstChild = insertedChildren.find((c) => c.familyId === insertedFamilies[0]!.id)!
    relativeRows.unshift({
      organisationId: organisation.id,
      localAuthorityId: laIds[0]!,
      childId: firstChild.id,
      fullName: 'Jordan Pike',
      relationship: 'Birth mother',
      email: null,
    })
    const insertedRelatives = await tx
      .insert(birthRelatives)
      .values(relativeRows)
      .returning({ id: birthRelatives.id })
    const relativeUserId = await createUser(
      'Jordan Pike',
      demoEmail('birth-relative'),
      'birth_relative',
      'email',
    )
    await tx
      .update(birthRelatives)
      .set({ userId: relativeUserId, email: demoEmail('birth-relative') })
      .where(eq(birthRelatives.id, insertedRelatives[0]!.id))

    // Allocated cases sit with the support worker of each council, or the manager where none.
    const workerForLa = new Map<string, string>(laIds.map((id) => [id, staffIds.manager!]))
    workerForLa.set(laIds[0]!, staffIds.worker!)
    workerForLa.set(laIds[1]!, staffIds.worker!)
    workerForLa.set(laIds[3]!, staffIds['worker-wyvern']!)
    const adopterUser = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoEmail('adopter')))
    await seedDemoSupportRequests(tx, {
      organisationId: organisation.id,
      families: insertedFamilies.map((f, n) => ({
        id: f.id,
        localAuthorityId: familyRows[n]!.localAuthorityId,
      })),
      demoAdopterFamilyId: insertedFamilies[0]!.id,
      birthRelative: { id: insertedRelatives[0]!.id, localAuthorityId: laIds[0]! },
      workerForLa,
      dutyUserId: staffIds.duty!,
      adopterUserId: adopterUser[0]!.id,
      birthRelativeUserId: relativeUserId,
      now: new Date(),
    })
    await seedDemoGroups(tx, { organisationId: organisation.id, now: new Date() })

    return accounts
  })
}
