import { ApiError } from './api-client.ts'

/**
 * What to say about a search the API refused (a 4xx: the first field error, or its message), so
 * that the page explains it beside the search; nothing without an error. Anything worse is thrown,
 * for the route's error page.
 */
export function searchProblemOf(error: unknown): string | undefined {
  if (error === null) {
    return undefined
  }
  if (error instanceof ApiError && error.status < 500) {
    return Object.values(error.fieldErrors)[0] ?? error.message
  }
  throw error
}
