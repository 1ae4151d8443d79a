// ASVS 8.4.1: organisations are isolated. A worker of another agency, with every role's rights in
// their own agency, reaches nothing of Central Shires.
import {
  credentials,
  localAuthorities,
  organisations,
  staffLocalAuthorities,
  twoFactors,
  users,
} from '@asp/db'
import { symmetricEncrypt } from 'better-auth/crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../platform/auth/password-hashing.ts'
import { demoTotpSecret } from '@asp/db'
import { demoEmail, demoPassword } from '@asp/db'
import { expectStatus, signInAs } from '../../testing/sign-in.ts'
import { createTestApp, testAuthSecret, type TestApp } from '../../testing/test-app.ts'

let t: TestApp
const outsider = 'manager@fenland-adoption.invalid'

beforeAll(async () => {
  t = await createTestApp({ accounts: true })
  const db = t.database.db
  const [organisation] = await db
    .insert(organisations)
    .values({ slug: 'fenland', name: 'Fenland Adoption Partnership' })
    .returning()
  const [la] = await db
    .insert(localAuthorities)
    .values({
      organisationId: organisation!.id,
      code: 'X99000099',
      name: 'Fenmarsh District Council',
    })
    .returning()
  const [user] = await db
    .insert(users)
    .values({
      organisationId: organisation!.id,
      role: 'team_manager',
      name: 'Fen Manager',
      email: outsider,
      emailVerified: true,
      twoFactorEnabled: true,
      secondFactorMethod: 'totp',
    })
    .returning()
  await db.insert(credentials).values({
    userId: user!.id,
    accountId: user!.id,
    providerId: 'credential',
    password: await hashPassword(demoPassword),
  })
  await db.insert(twoFactors).values({
    userId: user!.id,
    secret: await symmetricEncrypt({ key: testAuthSecret, data: demoTotpSecret(outsider) }),
    backupCodes: await symmetricEncrypt({ key: testAuthSecret, data: '[]' }),
    verified: true,
  })
  await db.insert(staffLocalAuthorities).values({ userId: user!.id, localAuthorityId: la!.id })
})
afterAll(() => t.close())

describe('another organisation (ASVS 8.4.1)', () => {
  it('sees none of this agency’s families, people, staff or local authorities', async () => {
    const ours = await signInAs(t.app, t.database.db, demoEmail('manager'), 'totp')
    const theirs = await signInAs(t.app, t.database.db, outsider, 'totp')
    const people = expectStatus(await ours.get('/api/people?q=family-'), 200).body.people
    const familyId = people.find((p: { familyId: string | null }) => p.familyId)?.familyId
    expect(familyId).toBeTruthy()

    expect((await theirs.get(`/api/families/${familyId}`)).status).toBe(404)
    expect(
      (await theirs.get(`/api/audit-events?recordType=family&recordId=${familyId}`)).status,
    ).toBe(404)
    expect(expectStatus(await theirs.get('/api/people?q=family-'), 200).body.people).toEqual([])
    const staff = expectStatus(await theirs.get('/api/staff'), 200).body.staff
    expect(staff.map((s: { email: string }) => s.email)).toEqual([outsider])
    const las = expectStatus(await theirs.get('/api/local-authorities'), 200).body.localAuthorities
    expect(las.map((la: { name: string }) => la.name)).toEqual(['Fenmarsh District Council'])
  })
})
