import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { EditLetterPage } from './edit-letter-page.tsx'
import { LetterPage } from './letter-page.tsx'
import { LetterSentPage } from './letter-sent-page.tsx'
import {
  loadEditLetter,
  loadLetterSent,
  loadMyLetter,
  loadMyLetterbox,
  loadPreviewLetter,
} from './letterbox-loaders.ts'
import { MyLetterboxPage } from './my-letterbox-page.tsx'
import { PreviewLetterPage } from './preview-letter-page.tsx'

/**
 * Adoptive parents and birth relatives read their agreements, write letters (with photos where
 * the agreement allows), send them to the agency for checking, follow them, and read the letters
 * passed on to them. Signed-in routes: the app puts them behind the session guard, and each loader
 * checks the role.
 */
export function myLetterboxRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.letterbox, <MyLetterboxPage />, () => loadMyLetterbox(queryClient)),
    page(paths.letterboxLetter, <LetterPage />, ({ params }) => loadMyLetter(queryClient, params)),
    page(paths.letterboxEditLetter, <EditLetterPage />, ({ params }) =>
      loadEditLetter(queryClient, params),
    ),
    page(paths.letterboxPreviewLetter, <PreviewLetterPage />, ({ params }) =>
      loadPreviewLetter(queryClient, params),
    ),
    page(paths.letterboxLetterSent, <LetterSentPage />, ({ params }) =>
      loadLetterSent(queryClient, params),
    ),
  ]
}
