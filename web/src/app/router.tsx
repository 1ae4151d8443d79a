import { createBrowserRouter, type RouteObject } from 'react-router'
import { RootLayout } from './layouts/root-layout.tsx'
import { AccessibilityStatementPage } from './pages/accessibility-statement-page.tsx'
import { PageNotFoundPage } from './pages/page-not-found-page.tsx'
import { PrivacyNoticePage } from './pages/privacy-notice-page.tsx'
import { StartPage } from './pages/start-page.tsx'
import { paths } from './paths.ts'
import { RootRouteError, RouteError } from './route-error.tsx'

/** The routes of the SPA; tests render them in a memory router. */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RootRouteError />,
    children: [
      { path: paths.start, element: <StartPage />, errorElement: <RouteError /> },
      {
        path: paths.accessibility,
        element: <AccessibilityStatementPage />,
        errorElement: <RouteError />,
      },
      { path: paths.privacy, element: <PrivacyNoticePage />, errorElement: <RouteError /> },
      { path: '*', element: <PageNotFoundPage />, errorElement: <RouteError /> },
    ],
  },
]

export function createRouter() {
  return createBrowserRouter(routes)
}
