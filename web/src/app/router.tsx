import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, type RouteObject } from 'react-router'
import {
  accountPublicRoutes,
  accountRoutes,
  accountSetUpRoutes,
} from '../features/account/index.ts'
import { assessmentRoutes } from '../features/assessments/index.ts'
import { administrationRoutes } from '../features/administration/index.ts'
import { devMailboxRoutes } from '../features/dev-mailbox/index.ts'
import { familiesRoutes } from '../features/families/index.ts'
import { groupRoutes } from '../features/groups/index.ts'
import { letterboxRoutes } from '../features/letterbox/index.ts'
import { invitationPublicRoutes, invitationRoutes } from '../features/invitations/index.ts'
import { RequireSession, requireSession, sessionPublicRoutes } from '../features/session/index.ts'
import { supportRequestRoutes } from '../features/support-requests/index.ts'
import { page } from '../lib/route-page.tsx'
import { Loading } from './layouts/loading.tsx'
import { RootLayout } from './layouts/root-layout.tsx'
import { AccessibilityStatementPage } from './pages/accessibility-statement-page.tsx'
import { HomePage } from './pages/home-page.tsx'
import { PageNotFoundPage } from './pages/page-not-found-page.tsx'
import { PrivacyNoticePage } from './pages/privacy-notice-page.tsx'
import { StartPage } from './pages/start-page.tsx'
import { paths } from './paths.ts'
import { RootRouteError, RouteError } from './route-error.tsx'

/**
 * The routes of the SPA: the app's own pages, and each feature's routes (from its `index.ts`) under
 * the layout and the session guards. Loaders get the QueryClient so that they share its cache with
 * the pages; tests render the same routes in a memory router with a fresh client.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <RootLayout />,
      errorElement: <RootRouteError />,
      children: [
        page(paths.start, <StartPage />),
        page(paths.accessibility, <AccessibilityStatementPage />),
        page(paths.privacy, <PrivacyNoticePage />),

        // Open to anyone: signing in and out, a forgotten password, creating an account from an
        // invitation, and the demo's mailbox (the BFF answers 404 unless it is switched on).
        ...sessionPublicRoutes(),
        ...accountPublicRoutes(),
        ...invitationPublicRoutes(),
        ...devMailboxRoutes(),

        // A session that still has to set up its second factor, and nothing else.
        ...accountSetUpRoutes(queryClient),

        // Signed in with both factors; each feature's loaders check the role.
        {
          element: <RequireSession />,
          errorElement: <RouteError />,
          hydrateFallbackElement: <Loading />,
          loader: () => requireSession(queryClient),
          children: [
            // Home: what each role can do, with anything that needs their attention.
            page(paths.home, <HomePage />),
            ...accountRoutes(),
            ...familiesRoutes(queryClient),
            ...invitationRoutes(queryClient),
            ...supportRequestRoutes(queryClient),
            ...groupRoutes(queryClient),
            ...letterboxRoutes(queryClient),
            ...assessmentRoutes(queryClient),
            ...administrationRoutes(queryClient),
          ],
        },

        page('*', <PageNotFoundPage />),
      ],
    },
  ]
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient))
}
