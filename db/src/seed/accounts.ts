import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import {
  birthRelatives,
  conflictsOfInterest,
  localAuthorities,
  organisations,
  staffLocalAuthorities,
} from '../schema/index.ts'
import type { Tx } from '../types.ts'
import { demoOrganisation } from './agency.ts'
import {
  createDemoUser,
  insertFamilies,
  insertMany,
  type DemoFamily,
  type DemoUser,
  type SignIn,
} from './builders.ts'
import {
  demoDate,
  demoEmail,
  demoFamilyCount,
  demoNames,
  demoStaff,
  pick,
  pickFullName,
  sequence,
  type DemoStaffKey,
  type Random,
} from './people.ts'

export interface DemoAccount {
  email: string
  role: string
  secondFactor: 'authenticator app' | 'email code'
}

/** The people of the demo agency, as its support requests and groups need them. */
export interface DemoPeople {
  organisationId: string
  /** The local authorities' ids in code order. */
  laIds: string[]
  /** In reference order: 0 and 1 are the demo adopters', 2 the worker-adopter's own. */
  families: DemoFamily[]
  staffIds: Record<DemoStaffKey, string>
  adopterUserId: string
  birthRelative: { id: string; localAuthorityId: string; userId: string }
  accounts: DemoAccount[]
}

/** Families across the four councils, weighted like a county and three smaller unitaries. */
const councilWeights = [0.45, 0.2, 0.2, 0.15]
const postcodeEnds = ['AB', 'DF', 'GH', 'JL', 'NP']

/** Demo adopters with a sign-in: the first parent of each of the first two families. */
const adopterAccounts = ['adopter', 'adopter-b'] as const

/**
 * The demo agency's staff, its families (parents and children), birth relatives and the sign-ins
 * among them. Staff have authenticator apps set up already; the adopters and the birth relatives
 * use email codes, which appear in the development mailbox.
 */
export async function seedPeople(tx: Tx, signIn: SignIn): Promise<DemoPeople> {
  const [organisation] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, demoOrganisation.slug))
  if (!organisation) throw new Error('Seed the demo organisation first')
  const organisationId = organisation.id
  const las = await tx
    .select({ id: localAuthorities.id })
    .from(localAuthorities)
    .where(eq(localAuthorities.organisationId, organisationId))
    .orderBy(localAuthorities.code)
  const laIds = las.map((la) => la.id)

  const accounts: DemoAccount[] = []
  const createUser = async (user: DemoUser) => {
    accounts.push({
      email: user.email,
      role: user.role,
      secondFactor: user.secondFactor === 'totp' ? 'authenticator app' : 'email code',
    })
    return createDemoUser(tx, organisationId, user, signIn)
  }

  const staffIds = {} as Record<DemoStaffKey, string>
  for (const member of demoStaff) {
    const { key, name, role } = member
    const id = await createUser({ name, email: demoEmail(key), role, secondFactor: 'totp' })
    staffIds[key] = id
    const ids = member.las === 'all' ? laIds : member.las.map((i) => laIds[i]!)
    await tx
      .insert(staffLocalAuthorities)
      .values(ids.map((localAuthorityId) => ({ userId: id, localAuthorityId })))
  }

  const random = sequence(20_260_401)
  const families = drawFamilies(random, organisationId, laIds)
  const parentOf = (familyIndex: number) => families[familyIndex]!.parents[0]!
  let adopterUserId = ''
  for (const [familyIndex, key] of adopterAccounts.entries()) {
    const parent = parentOf(familyIndex)
    const email = demoEmail(key)
    const userId = await createUser({
      name: parent.fullName,
      email,
      role: 'adopter',
      secondFactor: 'email',
    })
    Object.assign(parent, { userId, email })
    if (key === 'adopter') adopterUserId = userId
  }
  // The support worker who is also an adopter: their own family, with a recorded conflict.
  Object.assign(parentOf(2), { fullName: 'Morgan Reid', email: demoEmail('worker-adopter') })
  await insertFamilies(tx, families)
  await tx.insert(conflictsOfInterest).values({
    staffUserId: staffIds['worker-adopter'],
    familyId: families[2]!.id,
    reason: 'Adoptive parent in this family',
  })

  // Birth relatives: about one in three children has a birth relative in letterbox contact. The
  // first child of each demo adopter has one with a sign-in, living in another council than the
  // family's (the placing council), as birth relatives often do.
  const relatives = drawBirthRelatives(random, organisationId, families)
  const relative = {
    id: randomUUID(),
    localAuthorityId: laIds[1]!,
    userId: await createUser({
      name: 'Jordan Pike',
      email: demoEmail('birth-relative'),
      role: 'birth_relative',
      secondFactor: 'email',
    }),
  }
  const secondRelativeUserId = await createUser({
    name: 'Casey Morgan',
    email: demoEmail('birth-relative-b'),
    role: 'birth_relative',
    secondFactor: 'email',
  })
  relatives.unshift(
    {
      ...relative,
      organisationId,
      childId: families[0]!.children[0]!.id,
      fullName: 'Jordan Pike',
      relationship: 'Birth mother',
      email: demoEmail('birth-relative'),
    },
    {
      organisationId,
      localAuthorityId: laIds[1]!,
      userId: secondRelativeUserId,
      childId: families[1]!.children[0]!.id,
      fullName: 'Casey Morgan',
      relationship: 'Birth father',
      email: demoEmail('birth-relative-b'),
    },
  )
  await insertMany(tx, birthRelatives, relatives)

  return {
    organisationId,
    laIds,
    families,
    staffIds,
    adopterUserId,
    birthRelative: relative,
    accounts,
  }
}

/**
 * The families with their parents and children. Each kind is drawn for every family before the
 * next kind, in this order, so that the sequence gives the same people on every fresh demo.
 */
function drawFamilies(random: Random, organisationId: string, laIds: string[]): DemoFamily[] {
  const families = Array.from({ length: demoFamilyCount }, (_, n): DemoFamily => {
    const r = random()
    let sum = 0
    const laIndex = Math.max(
      0,
      councilWeights.findIndex((w) => (sum += w) >= r),
    )
    return {
      id: randomUUID(),
      organisationId,
      // The first families are in the first local authority, where the demo adopters live.
      localAuthorityId: laIds[n < 3 ? 0 : laIndex]!,
      reference: `CSA-${String(1001 + n).padStart(5, '0')}`,
      addressLine1: `${1 + Math.floor(random() * 120)} ${pick(random, demoNames.streets)}`,
      town: pick(random, demoNames.towns),
      postcode: `XX${1 + Math.floor(random() * 9)} ${Math.floor(random() * 9)}${pick(random, postcodeEnds)}`,
      phone: `01632 960 ${String(Math.floor(random() * 1000)).padStart(3, '0')}`,
      parents: [],
      children: [],
    }
  })
  const familySurnames = families.map((family, n) => {
    const surname = pick(random, demoNames.surnames)
    const count = random() < 0.7 ? 2 : 1
    family.parents = Array.from({ length: count }, () => ({
      id: randomUUID(),
      kind: random() < 0.9 ? ('adopter' as const) : ('special_guardian' as const),
      fullName: `${pick(random, demoNames.firstNames)} ${surname}`,
      email: `family-${n + 1}-${Math.floor(random() * 1000)}@example.invalid`,
    }))
    return surname
  })
  families.forEach((family, n) => {
    const count = random() < 0.6 ? 1 : 2
    family.children = Array.from({ length: count }, () => {
      const age = 2 + Math.floor(random() * 14)
      return {
        id: randomUUID(),
        firstName: pick(random, demoNames.firstNames),
        lastName: familySurnames[n]!,
        dateOfBirth: demoDate(random, age),
        adoptionOrderDate: demoDate(random, Math.max(0, age - 2)),
      }
    })
  })
  return families
}

/** About one child in three has a birth relative in letterbox contact. */
function drawBirthRelatives(random: Random, organisationId: string, families: DemoFamily[]) {
  const kept = families
    .flatMap((family) => family.children.map((child) => ({ family, child })))
    .filter(() => random() < 0.35)
  return kept.map(({ family, child }): typeof birthRelatives.$inferInsert => ({
    organisationId,
    localAuthorityId: family.localAuthorityId,
    childId: child.id,
    fullName: pickFullName(random),
    relationship: pick(random, demoNames.relationships),
    email: null,
  }))
}
