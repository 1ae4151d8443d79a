import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { ChangeStatusPage } from './change-status-page.tsx'
import { CheckLetterPage } from './check-letter-page.tsx'
import { ChildLetterboxPage } from './child-letterbox-page.tsx'
import { ContactAgreementPage } from './contact-agreement-page.tsx'
import { ContactAgreementsPage } from './contact-agreements-page.tsx'
import {
  loadChangeAgreement,
  loadChildLetterbox,
  loadContactAgreement,
  loadContactAgreements,
  loadLettersToCheck,
  loadLetterToCheck,
  loadLogPaperLetter,
  loadNewAgreement,
  loadOverdueExchanges,
} from './letterbox-staff-loaders.ts'
import { LettersToCheckPage } from './letters-to-check-page.tsx'
import { LogPaperLetterPage } from './log-paper-letter-page.tsx'
import { NewAgreementPage } from './new-agreement-page.tsx'
import { OverdueExchangesPage } from './overdue-exchanges-page.tsx'
import { RecordReviewPage } from './record-review-page.tsx'

/**
 * Letterbox contact for staff: check every letter before it is passed on, and keep the contact
 * agreements, their schedules and reviews. Signed-in routes: the app puts them behind the session
 * guard, and each loader checks the role.
 */
export function staffLetterboxRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.letterboxChecks, <LettersToCheckPage />, ({ request }) =>
      loadLettersToCheck(queryClient, request),
    ),
    page(paths.letterboxCheckLetter, <CheckLetterPage />, ({ params }) =>
      loadLetterToCheck(queryClient, params),
    ),
    page(paths.contactAgreements, <ContactAgreementsPage />, ({ request }) =>
      loadContactAgreements(queryClient, request),
    ),
    page(paths.overdueExchanges, <OverdueExchangesPage />, ({ request }) =>
      loadOverdueExchanges(queryClient, request),
    ),
    page(paths.contactAgreement, <ContactAgreementPage />, ({ params }) =>
      loadContactAgreement(queryClient, params),
    ),
    page(paths.changeContactAgreementStatus, <ChangeStatusPage />, ({ params }) =>
      loadChangeAgreement(queryClient, params),
    ),
    page(paths.recordContactAgreementReview, <RecordReviewPage />, ({ params }) =>
      loadChangeAgreement(queryClient, params),
    ),
    page(paths.logPaperLetter, <LogPaperLetterPage />, ({ params }) =>
      loadLogPaperLetter(queryClient, params),
    ),
    page(paths.childLetterbox, <ChildLetterboxPage />, ({ params, request }) =>
      loadChildLetterbox(queryClient, params, request),
    ),
    page(paths.newContactAgreement, <NewAgreementPage />, ({ params }) =>
      loadNewAgreement(queryClient, params),
    ),
  ]
}
