import { sessionEndpoints } from '@asp/bff/contract'
import { ApiError, apiFetch } from '../../../lib/api-client.ts'

/** `DELETE /api/session`. A session that has already ended (401) is signed out all the same. */
export async function signOut(): Promise<void> {
  try {
    await apiFetch(sessionEndpoints.signOut)
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) {
      throw error
    }
  }
}
