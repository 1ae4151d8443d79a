import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'

// What the rest of the app may use of assessments without loading their pages: the staff list and
// figures' queries, a status tag and the date that matters (for "My work"), and a team manager's
// figures on their home page.
export { assessmentsQueries } from './staff/api/find-assessments.ts'
export { timelinessQueries } from './staff/api/get-assessment-timeliness.ts'
export { AssessmentStatusTag } from './staff/components/assessment-status-tag.tsx'
export { dueDateOf } from './staff/components/assessment-words.ts'
export { HomeAssessmentFigures } from './staff/components/home-assessment-figures.tsx'

/**
 * Needs assessments and support plans: adoptive parents and birth relatives follow theirs and
 * answer a proposed decision (`family/`); staff write, sign off and decide assessments and keep
 * the plans (`staff/`). Signed-in routes: the app puts them behind the session guard, and each
 * loader checks the role. The pages load with the first of them opened (`lazyRoutes`).
 */
export function assessmentRoutes(queryClient: QueryClient): RouteObject[] {
  return lazyRoutes(
    [
      paths.myAssessments,
      paths.respondToProposal,
      paths.needsAssessments,
      paths.newNeedsAssessment,
      paths.needsAssessment,
      paths.assessmentSection,
      paths.assessmentSectionHistory,
      paths.returnAssessment,
      paths.sendProposal,
      paths.recordProposalResponse,
      paths.decideAssessment,
      paths.withdrawAssessment,
      paths.newSupportPlan,
      paths.supportPlan,
      paths.changeSupportPlan,
      paths.recordPlanReview,
      paths.closeSupportPlan,
    ],
    async () => (await import('./routes.tsx')).allAssessmentRoutes(queryClient),
  )
}
