import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router'
import { ApiError } from '../lib/api-client.ts'
import { forgetSession } from '../lib/forget-session.ts'
import { PageChrome } from './layouts/page-chrome.tsx'
import { ForbiddenPage } from './pages/forbidden-page.tsx'
import { PageNotFoundPage } from './pages/page-not-found-page.tsx'
import { ServiceProblemPage } from './pages/service-problem-page.tsx'
import { paths } from './paths.ts'

/**
 * The error element of every route: "Page not found" for a 404 (from the router or the API), sign in
 * again for a 401, "You do not have permission" for a 403, and "Sorry, there is a problem with the
 * service" for anything else, without internals.
 */
export function RouteError() {
  const error = useRouteError()

  if (isNotFound(error)) {
    return <PageNotFoundPage />
  }
  if (error instanceof ApiError && error.status === 401) {
    return <SignInAgain />
  }
  if (hasStatus(error, 403)) {
    return <ForbiddenPage />
  }
  return <ServiceProblemPage requestId={error instanceof ApiError ? error.requestId : undefined} />
}

/** The session has ended on the server: forget it here too, and go to sign in. */
function SignInAgain() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  useEffect(() => {
    void Promise.resolve(navigate(paths.signIn, { replace: true })).then(() => {
      forgetSession(queryClient)
    })
  }, [navigate, queryClient])
  return null
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
  return hasStatus(error, 404)
}

function hasStatus(error: unknown, status: number): boolean {
  return (
    (isRouteErrorResponse(error) && error.status === status) ||
    (error instanceof ApiError && error.status === status)
  )
}
