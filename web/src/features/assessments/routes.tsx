import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { familyAssessmentRoutes } from './family/routes/assessment-routes.tsx'
import { staffAssessmentRoutes } from './staff/routes/assessment-staff-routes.tsx'
import { planRoutes } from './staff/routes/plan-routes.tsx'

/** Every page of the feature, loaded as one chunk when the first is opened (see `index.ts`). */
export function allAssessmentRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    ...familyAssessmentRoutes(queryClient),
    ...staffAssessmentRoutes(queryClient),
    ...planRoutes(queryClient),
  ]
}
