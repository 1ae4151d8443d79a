import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'

// What other features may use of families: a family's record, who a birth relative is, finding
// people, and the family's summary.
export { birthRelativeQueries } from './api/get-birth-relative.ts'
export {
  familyQueries,
  getChildById,
  getParentById,
  parseFamilyId,
  putChild,
  putParent,
} from './api/get-family.ts'
export { peopleQueries } from './api/find-people.ts'
export { FamilySummary, familyName } from './components/family-summary.tsx'

/**
 * The routes of families and people, loaded with the first of them opened (`lazyRoutes`,
 * ADR 0019).
 */
export function familiesRoutes(queryClient: QueryClient): RouteObject[] {
  return lazyRoutes(
    [
      paths.myFamily,
      paths.findPerson,
      paths.family,
      paths.changeFamilyAddress,
      paths.addChild,
      paths.changeChild,
      paths.changeParent,
      paths.familyAudit,
      paths.recordConflictOfInterest,
    ],
    async () => (await import('./routes/families-routes.tsx')).allFamilyRoutes(queryClient),
  )
}
