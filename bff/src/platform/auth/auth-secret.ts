import { randomBytes } from 'node:crypto'
import { eq, installationFacts, type Db } from '@asp/db'

/**
 * The secret that signs cookies and encrypts authenticator secrets. Real installations set
 * AUTH_SECRET; the embedded demo makes one on first start and keeps it in its own database, so a
 * restart keeps everyone signed in and their authenticator apps working.
 */
export async function resolveAuthSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured
  await db
    .insert(installationFacts)
    .values({ key: 'auth_secret', value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
  const [row] = await db
    .select({ value: installationFacts.value })
    .from(installationFacts)
    .where(eq(installationFacts.key, 'auth_secret'))
  if (!row) throw new Error('The authentication secret could not be stored')
  return row.value
}
