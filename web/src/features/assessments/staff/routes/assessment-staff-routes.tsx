import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { AssessmentPage } from './assessment-page.tsx'
import {
  loadAssessment,
  loadAssessments,
  loadChangeAssessment,
  loadSection,
  loadSectionHistory,
  loadStartAssessment,
} from './assessment-staff-loaders.ts'
import { AssessmentsPage } from './assessments-page.tsx'
import { DecideAssessmentPage } from './decide-assessment-page.tsx'
import { RecordResponsePage } from './record-response-page.tsx'
import { ReturnAssessmentPage } from './return-assessment-page.tsx'
import { SectionHistoryPage } from './section-history-page.tsx'
import { SectionPage } from './section-page.tsx'
import { SendProposalPage } from './send-proposal-page.tsx'
import { StartAssessmentPage } from './start-assessment-page.tsx'
import { WithdrawAssessmentPage } from './withdraw-assessment-page.tsx'

/**
 * Needs assessments for staff: the list with the manager's figures, starting one, its task list of
 * sections with their history, and each step from sign-off to the decision. Signed-in routes: the
 * app puts them behind the session guard, and each loader checks the role.
 */
export function staffAssessmentRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.needsAssessments, <AssessmentsPage />, ({ request }) =>
      loadAssessments(queryClient, request),
    ),
    page(paths.newNeedsAssessment, <StartAssessmentPage />, ({ request }) =>
      loadStartAssessment(queryClient, request),
    ),
    page(paths.needsAssessment, <AssessmentPage />, ({ params }) =>
      loadAssessment(queryClient, params),
    ),
    page(paths.assessmentSection, <SectionPage />, ({ params }) =>
      loadSection(queryClient, params),
    ),
    page(paths.assessmentSectionHistory, <SectionHistoryPage />, ({ params, request }) =>
      loadSectionHistory(queryClient, params, request),
    ),
    page(paths.returnAssessment, <ReturnAssessmentPage />, ({ params }) =>
      loadChangeAssessment(queryClient, params),
    ),
    page(paths.sendProposal, <SendProposalPage />, ({ params }) =>
      loadChangeAssessment(queryClient, params),
    ),
    page(paths.recordProposalResponse, <RecordResponsePage />, ({ params }) =>
      loadChangeAssessment(queryClient, params),
    ),
    page(paths.decideAssessment, <DecideAssessmentPage />, ({ params }) =>
      loadChangeAssessment(queryClient, params),
    ),
    page(paths.withdrawAssessment, <WithdrawAssessmentPage />, ({ params }) =>
      loadChangeAssessment(queryClient, params),
    ),
  ]
}
