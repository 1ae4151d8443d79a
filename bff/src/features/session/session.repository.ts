import { eq, organisations, sessions, users, type Reader, type Writer } from '@asp/db'

/** What signing in needs to know of the account with this email, if there is one. */
export async function findSignInAccount(db: Reader, email: string) {
  const [account] = await db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      disabledAt: users.disabledAt,
      method: users.secondFactorMethod,
      twoFactorEnabled: users.twoFactorEnabled,
      mobileNumber: users.mobileNumber,
    })
    .from(users)
    .where(eq(users.email, email))
  return account
}

/** Switches the second factor off, so that its set-up starts again. */
export async function restartSecondFactorSetup(db: Writer, userId: string) {
  await db.update(users).set({ twoFactorEnabled: false }).where(eq(users.id, userId))
}

export async function findOrganisationName(db: Reader, organisationId: string) {
  const [organisation] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
  return organisation?.name
}

export async function deleteSession(db: Writer, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId))
}

export async function deleteSessionByToken(db: Writer, token: string) {
  await db.delete(sessions).where(eq(sessions.token, token))
}

export async function deleteSessionsOfUser(db: Writer, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId))
}
