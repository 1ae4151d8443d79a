import {
  and,
  eq,
  gt,
  users,
  verifications,
  type NewUserRow,
  type Reader,
  type Writer,
} from '@asp/db'

/** A mobile number waiting to be confirmed with the code texted to it. */
export interface PendingMobileNumber {
  mobileNumber: string
  codeHash: string
  tries: number
}

/** Kept in better-auth's verifications table, one row a user, under this identifier. */
const textSetupKey = (userId: string) => `text-message-setup:${userId}`

/** Sets how the user confirms it is them (and the mobile number codes go to, for texts). */
export async function updateSecondFactor(
  db: Writer,
  userId: string,
  values: Pick<NewUserRow, 'secondFactorMethod' | 'mobileNumber'>,
) {
  await db.update(users).set(values).where(eq(users.id, userId))
}

/** Replaces any mobile number the user was confirming with this one. */
export async function replacePendingMobileNumber(
  tx: Writer,
  userId: string,
  pending: PendingMobileNumber,
  expiresAt: Date,
) {
  await tx.delete(verifications).where(eq(verifications.identifier, textSetupKey(userId)))
  await tx.insert(verifications).values({
    identifier: textSetupKey(userId),
    value: JSON.stringify(pending),
    expiresAt,
  })
}

/** The mobile number the user is confirming, unless its code has expired by `now`. */
export async function findPendingMobileNumber(db: Reader, userId: string, now: Date) {
  const [row] = await db
    .select()
    .from(verifications)
    .where(
      and(eq(verifications.identifier, textSetupKey(userId)), gt(verifications.expiresAt, now)),
    )
  return row && { id: row.id, pending: JSON.parse(row.value) as PendingMobileNumber }
}

export async function updatePendingMobileNumber(
  db: Writer,
  id: string,
  pending: PendingMobileNumber,
) {
  await db
    .update(verifications)
    .set({ value: JSON.stringify(pending) })
    .where(eq(verifications.id, id))
}

export async function deletePendingMobileNumber(tx: Writer, id: string) {
  await tx.delete(verifications).where(eq(verifications.id, id))
}
