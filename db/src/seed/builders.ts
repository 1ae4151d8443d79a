import { randomUUID } from 'node:crypto'
import type { PgTable } from 'drizzle-orm/pg-core'
import {
  children,
  credentials,
  families,
  familyParents,
  installationFacts,
  twoFactors,
  users,
} from '../schema/index.ts'
import type { Tx, Writer } from '../types.ts'
import { demoTotpSecret } from './people.ts'

// The few functions the demo seed writes with: each takes plain data (arrays and records of what
// to create) and inserts it, so the seed files read as the data they hold.

/** What the demo seed needs from the BFF's platform, which the db workspace cannot import. */
export interface DemoSeedPlatform {
  /** Hashes a password as sign-in will check it. */
  hashPassword(password: string): Promise<string>
  /** Encrypts a second-factor secret as the sign-in library reads it. */
  encryptSecret(secret: string): Promise<string>
  workingDays: WorkingDays
}

/** Working days and bank holidays in England and Wales, every date a London calendar date. */
export interface WorkingDays {
  /** The date `days` working days after the date of `from` (before it when negative). */
  add(from: Date, days: number): string
  /** Working days after the date of `from` up to and including the date of `to`. */
  between(from: Date, to: Date): number
  /** Whether a 'yyyy-MM-dd' date is a bank holiday. */
  isBankHoliday(date: string): boolean
}

/**
 * Writes the marker row of one part of the demo, and answers whether this call wrote it: a second
 * start, or a second process racing this one, finds the marker and seeds nothing more.
 */
export async function claimSeed(tx: Writer, key: string): Promise<boolean> {
  const marked = await tx
    .insert(installationFacts)
    .values({ key, value: 'v1' })
    .onConflictDoNothing()
    .returning({ key: installationFacts.key })
  return marked.length > 0
}

/** Inserts many rows a few hundred at a time, within the database's limit on parameters. */
export async function insertMany<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: T['$inferInsert'][],
  batch = 300,
) {
  for (let i = 0; i < rows.length; i += batch) {
    await tx.insert(table).values(rows.slice(i, i + batch))
  }
}

type Role = (typeof users.$inferInsert)['role']

export interface DemoUser {
  name: string
  email: string
  role: Role
  /** Staff use an authenticator app; families and birth relatives an emailed code. */
  secondFactor: 'totp' | 'email'
}

/** The demo password, hashed once, and how to encrypt an authenticator secret. */
export interface SignIn {
  passwordHash: string
  encryptSecret: DemoSeedPlatform['encryptSecret']
}

/** A user who can sign in with the demo password; staff with their authenticator set up. */
export async function createDemoUser(
  tx: Tx,
  organisationId: string,
  user: DemoUser,
  signIn: SignIn,
): Promise<string> {
  const id = randomUUID()
  await tx.insert(users).values({
    id,
    organisationId,
    role: user.role,
    name: user.name,
    email: user.email,
    emailVerified: true,
    twoFactorEnabled: true,
    secondFactorMethod: user.secondFactor,
  })
  await tx
    .insert(credentials)
    .values({ userId: id, accountId: id, providerId: 'credential', password: signIn.passwordHash })
  if (user.secondFactor === 'totp') {
    await tx.insert(twoFactors).values({
      userId: id,
      secret: await signIn.encryptSecret(demoTotpSecret(user.email)),
      backupCodes: await signIn.encryptSecret(JSON.stringify([])),
      verified: true,
    })
  }
  return id
}

type NewFamily = typeof families.$inferInsert
type NewParent = Omit<typeof familyParents.$inferInsert, 'familyId'>
type NewChild = Omit<typeof children.$inferInsert, 'familyId'>

export interface DemoFamily extends NewFamily {
  id: string
  parents: (NewParent & { id: string })[]
  children: (NewChild & { id: string })[]
}

/** Families with their parents and children, each kind in as few statements as it takes. */
export async function insertFamilies(tx: Tx, list: DemoFamily[]) {
  await insertMany(
    tx,
    families,
    list.map(({ parents: _, children: __, ...family }) => family),
  )
  await insertMany(
    tx,
    familyParents,
    list.flatMap((family) => family.parents.map((p) => ({ ...p, familyId: family.id }))),
  )
  await insertMany(
    tx,
    children,
    list.flatMap((family) => family.children.map((c) => ({ ...c, familyId: family.id }))),
  )
}
