import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, type RouteObject } from 'react-router'
import {
  accountPublicRoutes,
  accountRoutes,
  accountSetUpRoutes,
} from '../features/account/index.ts'
import { asfRoutes } from '../features/asf/index.ts'
import { assessmentRoutes } from '../features/assessments/index.ts'
import { administrationRoutes } from '../features/administration/index.ts'
import { devMailboxRoutes } from '../features/dev-mailbox/index.ts'
import { familiesRoutes } from '../features/families/index.ts'
import { groupRoutes } from '../features/groups/index.ts'
import { letterboxRoutes } from '../features/letterbox/index.ts'
import { invitationPublicRoutes, invitationRoutes } from '../features/invitations/index.ts'
import { reportRoutes } from '../features/reports/index.ts'
import { RequireSession, requireSession, sessionPublicRoutes } from '../features/session/index.ts'
import { supportRequestRoutes } from '../features/support-requests/index.ts'
import { lazyRoutes } from '../lib/lazy-routes.tsx'
import { page } from '../lib/route-page.tsx'
import { Loading } from './layouts/loading.tsx'
import { loadSignedInChrome, RootLayout } from './layouts/root-layout.tsx'
import { PageNotFoundPage } from './pages/page-not-found-page.tsx'
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
        ...statementRoutes(),

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
          // The signed-in chrome loads beside the check, so the first page draws with it.
          loader: async () => {
            const [session] = await Promise.all([requireSession(queryClient), loadSignedInChrome()])
            return session
          },
          children: [
            // Home: what each role can do, with anything that needs their attention.
            ...homeRoutes(),
            ...accountRoutes(),
            ...familiesRoutes(queryClient),
            ...invitationRoutes(queryClient),
            ...supportRequestRoutes(queryClient),
            ...groupRoutes(queryClient),
            ...letterboxRoutes(queryClient),
            ...assessmentRoutes(queryClient),
            ...asfRoutes(queryClient),
            ...reportRoutes(queryClient),
            ...administrationRoutes(queryClient),
          ],
        },

        page('*', <PageNotFoundPage />),
      ],
    },
  ]
}

/**
 * The signed-in home page, loaded when first opened (`lazyRoutes`, ADR 0019): what it shows each
 * role reads several features' contracts, which the start and sign-in pages do not need.
 */
export function homeRoutes(): RouteObject[] {
  return lazyRoutes([paths.home], async () => {
    const { HomePage } = await import('./pages/home-page.tsx')
    return [page(paths.home, <HomePage />)]
  })
}

/** The accessibility statement and the privacy notice: long, and read by few. */
export function statementRoutes(): RouteObject[] {
  return lazyRoutes([paths.accessibility, paths.privacy], async () => {
    const [{ AccessibilityStatementPage }, { PrivacyNoticePage }] = await Promise.all([
      import('./pages/accessibility-statement-page.tsx'),
      import('./pages/privacy-notice-page.tsx'),
    ])
    return [
      page(paths.accessibility, <AccessibilityStatementPage />),
      page(paths.privacy, <PrivacyNoticePage />),
    ]
  })
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient))
}
