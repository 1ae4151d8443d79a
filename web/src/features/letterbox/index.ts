import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'

/**
 * Letterbox contact, for both sides: adoptive parents and birth relatives write, follow and read
 * letters (`mine/`); staff keep the agreements and check every letter before release (`staff/`).
 * Signed-in routes: the app puts them behind the session guard, and each loader checks the role. The pages load with the first of
 * them opened (`lazyRoutes`, ADR 0019).
 */
export function letterboxRoutes(queryClient: QueryClient): RouteObject[] {
  return lazyRoutes(
    [
      paths.letterboxChecks,
      paths.letterboxCheckLetter,
      paths.contactAgreements,
      paths.overdueExchanges,
      paths.contactAgreement,
      paths.changeContactAgreementStatus,
      paths.recordContactAgreementReview,
      paths.logPaperLetter,
      paths.childLetterbox,
      paths.newContactAgreement,
      paths.letterbox,
      paths.letterboxLetter,
      paths.letterboxEditLetter,
      paths.letterboxPreviewLetter,
      paths.letterboxLetterSent,
    ],
    async () => (await import('./routes.tsx')).allLetterboxRoutes(queryClient),
  )
}
