import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'

// What the rest of the app may use of support requests: its routes, and the crisis alert on a
// team manager's home page.
export { HomeCrisisAlert } from './staff/components/crisis-alert.tsx'

/**
 * Support requests, for both sides: adoptive parents and birth relatives ask for support and follow
 * their requests (`family/`); the support line logs, triages, allocates and works them (`staff/`).
 * Signed-in routes: the app puts them behind the session guard, and each loader checks the role. The pages load with the first of
 * them opened (`lazyRoutes`, ADR 0019).
 */
export function supportRequestRoutes(queryClient: QueryClient): RouteObject[] {
  return lazyRoutes(
    [
      paths.supportLineQueue,
      paths.supportLineLogContact,
      paths.supportLineRequest,
      paths.supportLineTriage,
      paths.supportLineAllocate,
      paths.supportLineClose,
      paths.supportLineLinkFamily,
      paths.supportLineAudit,
      paths.supportLineMyWork,
      paths.supportLineTeam,
      paths.askForSupport,
      paths.askForSupportCategories,
      paths.askForSupportChildren,
      paths.askForSupportDescription,
      paths.askForSupportUrgency,
      paths.askForSupportContact,
      paths.askForSupportCheckAnswers,
      paths.askForSupportSent,
      paths.mySupportRequests,
      paths.mySupportRequest,
      paths.withdrawMySupportRequest,
      paths.mySupportRequestFeedback,
    ],
    async () => (await import('./routes.tsx')).allSupportRequestRoutes(queryClient),
  )
}
