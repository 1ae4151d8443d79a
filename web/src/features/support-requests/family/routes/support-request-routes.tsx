import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { AskForSupportPage } from './ask-for-support-page.tsx'
import { CategoriesPage } from './categories-page.tsx'
import { CheckAnswersPage } from './check-answers-page.tsx'
import { ChildrenPage } from './children-page.tsx'
import { ContactPage } from './contact-page.tsx'
import { DescriptionPage } from './description-page.tsx'
import { MySupportRequestPage } from './my-support-request-page.tsx'
import { MySupportRequestsPage } from './my-support-requests-page.tsx'
import { RequestSentPage } from './request-sent-page.tsx'
import {
  loadAskForSupport,
  loadCheckAnswers,
  loadMySupportRequest,
  loadMySupportRequests,
  loadRequestSent,
} from './support-request-loaders.ts'
import { UrgencyPage } from './urgency-page.tsx'
import { WithdrawSupportRequestPage } from './withdraw-support-request-page.tsx'
import { FeedbackPage } from './feedback-page.tsx'

/**
 * Adoptive parents and birth relatives ask for support, a question a page, and follow their
 * requests. Signed-in routes: the app puts them behind the session guard.
 */
export function familySupportRequestRoutes(queryClient: QueryClient): RouteObject[] {
  const askForSupport = () => loadAskForSupport(queryClient)
  return [
    page(paths.askForSupport, <AskForSupportPage />, askForSupport),
    page(paths.askForSupportCategories, <CategoriesPage />, askForSupport),
    page(paths.askForSupportChildren, <ChildrenPage />, askForSupport),
    page(paths.askForSupportDescription, <DescriptionPage />, askForSupport),
    page(paths.askForSupportUrgency, <UrgencyPage />, askForSupport),
    page(paths.askForSupportContact, <ContactPage />, askForSupport),
    page(paths.askForSupportCheckAnswers, <CheckAnswersPage />, () =>
      loadCheckAnswers(queryClient),
    ),
    page(paths.askForSupportSent, <RequestSentPage />, () => loadRequestSent(queryClient)),
    page(paths.mySupportRequests, <MySupportRequestsPage />, () =>
      loadMySupportRequests(queryClient),
    ),
    page(paths.mySupportRequest, <MySupportRequestPage />, ({ params }) =>
      loadMySupportRequest(queryClient, params),
    ),
    page(paths.withdrawMySupportRequest, <WithdrawSupportRequestPage />, ({ params }) =>
      loadMySupportRequest(queryClient, params),
    ),
    page(paths.mySupportRequestFeedback, <FeedbackPage />, ({ params }) =>
      loadMySupportRequest(queryClient, params),
    ),
  ]
}
