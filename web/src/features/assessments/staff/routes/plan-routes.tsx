import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { PlanChangePage } from './plan-change-page.tsx'
import { PlanClosePage } from './plan-close-page.tsx'
import {
  loadChangeSupportPlan,
  loadNewSupportPlan,
  loadSupportPlan,
  loadSupportPlanAction,
} from './plan-loaders.ts'
import { PlanNewPage } from './plan-new-page.tsx'
import { PlanPage } from './plan-page.tsx'
import { PlanReviewPage } from './plan-review-page.tsx'

/**
 * Support plans for staff: write the plan of a decided assessment, share it with the family,
 * review it and close it. Signed-in routes: the app puts them behind the session guard, and each
 * loader checks the role.
 */
export function planRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.newSupportPlan, <PlanNewPage />, ({ params }) =>
      loadNewSupportPlan(queryClient, params),
    ),
    page(paths.supportPlan, <PlanPage />, ({ params }) => loadSupportPlan(queryClient, params)),
    page(paths.changeSupportPlan, <PlanChangePage />, ({ params }) =>
      loadChangeSupportPlan(queryClient, params),
    ),
    page(paths.recordPlanReview, <PlanReviewPage />, ({ params }) =>
      loadSupportPlanAction(queryClient, params),
    ),
    page(paths.closeSupportPlan, <PlanClosePage />, ({ params }) =>
      loadSupportPlanAction(queryClient, params),
    ),
  ]
}
