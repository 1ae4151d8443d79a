import { endpoints } from '@asp/bff/contract'
import type { QueryClient } from '@tanstack/react-query'
import { resetApiActivity } from '../../../lib/api-activity.ts'
import { ApiError, apiFetch } from '../../../lib/api-client.ts'

/** `DELETE /api/session`. A session that has already ended (401) is signed out all the same. */
export async function signOut(): Promise<void> {
  try {
    await apiFetch(endpoints.signOut)
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) {
      throw error
    }
  }
}

/**
 * Forgets everything this tab knew while signed in: the query cache, and anything in browser
 * storage (we keep nothing personal there, but a shared computer must not keep it either way).
 * Call it after navigating away from the signed-in page, so that no page refetches what it lost.
 */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.clear()
  resetApiActivity()
  for (const storage of [window.sessionStorage, window.localStorage]) {
    try {
      storage.clear()
    } catch {
      // Storage that is switched off holds nothing to clear.
    }
  }
}
