import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'

// What other features may use of administration: the agency's local authorities and staff, who may
// change what, and recording a conflict of interest (from a family's record).
export { localAuthorityQueries } from './api/find-local-authorities.ts'
export { staffQueries } from './api/find-staff.ts'
export { useRecordConflictOfInterest } from './api/record-conflict-of-interest.ts'
export {
  administrationPageRoles,
  canChangeStaffAccounts,
  canRecordConflicts,
  conflictRecorderRoles,
} from './routes/administration-roles.ts'

/**
 * The routes of administration, loaded with the first of them opened (`lazyRoutes`, ADR 0019):
 * only administrators and managers open them.
 */
export function administrationRoutes(queryClient: QueryClient): RouteObject[] {
  return lazyRoutes(
    [paths.administration, paths.staffAccounts, paths.changeStaffAccount, paths.localAuthorities],
    async () =>
      (await import('./routes/administration-routes.tsx')).allAdministrationRoutes(queryClient),
  )
}
