import type { QueryClient } from '@tanstack/react-query'
import { resetApiActivity } from './api-activity.ts'

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
