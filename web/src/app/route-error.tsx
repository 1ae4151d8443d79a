import { isRouteErrorResponse, Navigate, useRouteError } from 'react-router'
import { ApiError } from '../lib/api-client.ts'
import { PageChrome } from './layouts/page-chrome.tsx'
import { PageNotFoundPage } from './pages/page-not-found-page.tsx'
import { ServiceProblemPage } from './pages/service-problem-page.tsx'
import { paths } from './paths.ts'

/**
 * The error element of every route: "Page not found" for a 404 (from the router or the API), sign in
 * again for a 401, and "Sorry, there is a problem with the service" for anything else, without
 * internals.
 */
export function RouteError() {
  const error = useRouteError()

  if (isNotFound(error)) {
    return <PageNotFoundPage />
  }
  if (error instanceof ApiError && error.status === 401) {
    return <Navigate to={paths.signIn} replace />
  }
  return <ServiceProblemPage requestId={error instanceof ApiError ? error.requestId : undefined} />
}

/** The last resort, if the layout itself fails: the same pages with the chrome drawn again. */
export function RootRouteError() {
  return (
    <PageChrome>
      <RouteError />
    </PageChrome>
  )
}

function isNotFound(error: unknown): boolean {
  return (
    (isRouteErrorResponse(error) && error.status === 404) ||
    (error instanceof ApiError && error.status === 404)
  )
}
