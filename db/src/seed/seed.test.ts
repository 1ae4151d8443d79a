import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../client.ts'
import { families, groupEvents, supportRequests, twoFactors, users } from '../schema/index.ts'
import { createTestDatabase } from '../testing.ts'
import type { DemoSeedPlatform } from './builders.ts'
import { demoEmail, demoFamilyCount, demoStaff, seedDemoPeople } from './index.ts'

/** Stand-ins for the BFF's hashing, encryption and working days: weekdays, no bank holidays. */
const platform: DemoSeedPlatform = {
  hashPassword: async (password) => `hashed:${password}`,
  encryptSecret: async (secret) => `encrypted:${secret}`,
  workingDays: {
    add: (from, days) => {
      const date = new Date(from)
      const step = days < 0 ? -1 : 1
      for (let left = Math.abs(days); left > 0;) {
        date.setUTCDate(date.getUTCDate() + step)
        if (date.getUTCDay() % 6 !== 0) left -= 1
      }
      return date.toISOString().slice(0, 10)
    },
    between: (from, to) => Math.round((to.getTime() - from.getTime()) / 86_400_000),
    isBankHoliday: () => false,
  },
}

let database: Database

beforeAll(async () => {
  database = await createTestDatabase({ seed: 'always' })
})
afterAll(() => database.close())

describe('the demo people', () => {
  it('are seeded once, with the platform’s hashing and encryption', async () => {
    const accounts = await seedDemoPeople(database.db, platform)
    expect(accounts).toEqual(
      expect.arrayContaining([
        { email: demoEmail('manager'), role: 'team_manager', secondFactor: 'authenticator app' },
        { email: demoEmail('adopter'), role: 'adopter', secondFactor: 'email code' },
        { email: demoEmail('birth-relative'), role: 'birth_relative', secondFactor: 'email code' },
      ]),
    )
    expect(accounts).toHaveLength(demoStaff.length + 3)
    const db = database.db
    const [familyCount] = await db.select({ n: count() }).from(families)
    expect(familyCount?.n).toBe(demoFamilyCount)
    const [manager] = await db
      .select({ secret: twoFactors.secret })
      .from(twoFactors)
      .innerJoin(users, eq(users.id, twoFactors.userId))
      .where(eq(users.email, demoEmail('manager')))
    expect(manager?.secret).toMatch(/^encrypted:[0-9a-f]{32}$/)
    const [requests] = await db.select({ n: count() }).from(supportRequests)
    expect(requests?.n).toBeGreaterThan(600)
    const [events] = await db.select({ n: count() }).from(groupEvents)
    expect(events?.n).toBeGreaterThan(20)

    expect(await seedDemoPeople(db, platform)).toBe('already-seeded')
    const [again] = await db.select({ n: count() }).from(families)
    expect(again?.n).toBe(demoFamilyCount)
  })
})
