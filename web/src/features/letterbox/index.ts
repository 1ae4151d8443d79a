import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { myLetterboxRoutes } from './mine/routes/letterbox-routes.tsx'
import { staffLetterboxRoutes } from './staff/routes/letterbox-staff-routes.tsx'

/**
 * Letterbox contact, for both sides: adoptive parents and birth relatives write, follow and read
 * letters (`mine/`); staff keep the agreements and check every letter before release (`staff/`).
 * Signed-in routes: the app puts them behind the session guard, and each loader checks the role.
 */
export function letterboxRoutes(queryClient: QueryClient): RouteObject[] {
  return [...myLetterboxRoutes(queryClient), ...staffLetterboxRoutes(queryClient)]
}
