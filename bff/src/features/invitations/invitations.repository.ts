import {
  and,
  birthRelatives,
  credentials,
  eq,
  families,
  familyParents,
  gt,
  invitations,
  isNull,
  organisations,
  sql,
  users,
  type NewUserRow,
  type Reader,
  type Writer,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { staffBirthRelativeScope, staffFamilyScope } from '../families/index.ts'

/** The invitation with this token's hash, not yet accepted and not expired at `now`. */
export async function findOpenInvitation(db: Reader, tokenHash: string, now: Date) {
  const [found] = await db
    .select({ invitation: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(
        eq(invitations.tokenHash, tokenHash),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      ),
    )
  return found
}

/** An adoptive parent the member of staff may reach, with their account if they have one. */
export async function findReachableParent(db: Reader, actor: Actor, familyParentId: string) {
  const [parent] = await db
    .select({ id: familyParents.id, userId: familyParents.userId })
    .from(familyParents)
    .innerJoin(families, eq(families.id, familyParents.familyId))
    .where(and(eq(familyParents.id, familyParentId), staffFamilyScope(actor)))
  return parent
}

/** A birth relative the member of staff may reach, with their account if they have one. */
export async function findReachableBirthRelative(
  db: Reader,
  actor: Actor,
  birthRelativeId: string,
) {
  const [relative] = await db
    .select({ id: birthRelatives.id, userId: birthRelatives.userId })
    .from(birthRelatives)
    .where(and(eq(birthRelatives.id, birthRelativeId), staffBirthRelativeScope(actor)))
  return relative
}

/** The account with this email address, whatever its case (`email` is already lower case). */
export async function findUserByEmail(db: Reader, email: string) {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
  return user
}

export async function createInvitation(db: Writer, values: typeof invitations.$inferInsert) {
  const [created] = await db.insert(invitations).values(values).returning({ id: invitations.id })
  if (!created) throw new Error('Invitation not written')
  return created
}

/** Marks the invitation accepted, unless someone accepted it first: then nothing comes back. */
export async function claimInvitation(db: Writer, invitationId: string, acceptedAt: Date) {
  const [claimed] = await db
    .update(invitations)
    .set({ acceptedAt })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id })
  return claimed
}

/** A new account that signs in with a password (already hashed). */
export async function createUserWithPassword(db: Writer, values: NewUserRow, passwordHash: string) {
  const [user] = await db.insert(users).values(values).returning({ id: users.id })
  if (!user) throw new Error('User not written')
  await db.insert(credentials).values({
    userId: user.id,
    accountId: user.id,
    providerId: 'credential',
    password: passwordHash,
  })
  return user
}

export async function linkFamilyParentToUser(db: Writer, familyParentId: string, userId: string) {
  await db.update(familyParents).set({ userId }).where(eq(familyParents.id, familyParentId))
}

export async function linkBirthRelativeToUser(db: Writer, birthRelativeId: string, userId: string) {
  await db.update(birthRelatives).set({ userId }).where(eq(birthRelatives.id, birthRelativeId))
}
