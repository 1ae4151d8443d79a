import { lazy, Suspense, useEffect, useRef } from 'react'
import { Outlet, ScrollRestoration, useLocation } from 'react-router'
import { useKnownSession, useSessionTimeout } from '../../features/session/index.ts'
import { startGovukFrontend } from '../govuk-frontend.ts'
import { Loading } from './loading.tsx'
import { PageChrome } from './page-chrome.tsx'
import { useFocusOnNavigation } from './use-focus-on-navigation.ts'

/** The signed-in chrome's module: the signed-in pages' guard loads it beside the session check. */
export const loadSignedInChrome = () => import('./signed-in-chrome.tsx')
const SignedInNavigation = lazy(() =>
  loadSignedInChrome().then((chrome) => ({ default: chrome.SignedInNavigation })),
)
const TimeoutWarning = lazy(() =>
  loadSignedInChrome().then((chrome) => ({ default: chrome.TimeoutWarning })),
)

/**
 * The layout of every page: GOV.UK chrome around the matched route, the service navigation with
 * "Sign out" while someone is signed in, and the timeout warning over it all.
 */
export function RootLayout() {
  const mainRef = useRef<HTMLElement>(null)
  const { pathname } = useLocation()
  const session = useKnownSession()
  const timeout = useSessionTimeout()
  const isSignedIn = session !== null && session !== undefined

  useFocusOnNavigation(mainRef)

  // Start GOV.UK Frontend's JavaScript for what each new page rendered.
  useEffect(() => {
    startGovukFrontend(document.body)
  }, [pathname, isSignedIn])

  return (
    <>
      <PageChrome
        mainRef={mainRef}
        inert={timeout.warning !== undefined}
        navigation={
          session ? (
            <Suspense fallback={null}>
              <SignedInNavigation session={session} />
            </Suspense>
          ) : undefined
        }
      >
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
        <ScrollRestoration />
      </PageChrome>
      {isSignedIn && (
        <Suspense fallback={null}>
          <TimeoutWarning timeout={timeout} />
        </Suspense>
      )}
    </>
  )
}
