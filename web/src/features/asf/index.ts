import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'

// What the rest of the app may use of fund applications without loading their pages: the
// family's list of the therapy applied for their children (shown on "Your family").
export { MyTherapyApplications } from './family/my-therapy-applications.tsx'
export { asfQueries } from './api/asf-queries.ts'

/**
 * Adoption Support Fund applications (ADR 0020): staff follow each child's applications from the
 * manager's approval to the fund's decision and the invoices paid. Signed-in routes: the app puts
 * them behind the session guard, and each loader checks the role. The pages load with the first
 * of them opened (`lazyRoutes`).
 */
export function asfRoutes(queryClient: QueryClient): RouteObject[] {
  return lazyRoutes(
    [
      paths.fundApplications,
      paths.newFundApplication,
      paths.fundProviders,
      paths.fundFigures,
      paths.fundApplication,
      paths.fundApplicationStep,
      paths.changeFundApplication,
      paths.renewFundApplication,
      paths.recordFundInvoice,
    ],
    async () => (await import('./routes.tsx')).allAsfRoutes(queryClient),
  )
}
