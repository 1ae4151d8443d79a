import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { loadMyAssessments, loadRespondToProposal } from './assessment-loaders.ts'
import { MyAssessmentsPage } from './my-assessments-page.tsx'
import { RespondToProposalPage } from './respond-to-proposal-page.tsx'

/**
 * Adoptive parents and birth relatives follow their assessments of need, answer what the agency
 * proposes, and read their decision and support plan. Signed-in routes: the app puts them behind
 * the session guard, and each loader checks the role.
 */
export function familyAssessmentRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.myAssessments, <MyAssessmentsPage />, () => loadMyAssessments(queryClient)),
    page(paths.respondToProposal, <RespondToProposalPage />, ({ params }) =>
      loadRespondToProposal(queryClient, params),
    ),
  ]
}
