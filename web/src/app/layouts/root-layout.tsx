import { useEffect, useRef } from 'react'
import { Outlet, ScrollRestoration, useLocation } from 'react-router'
import { startGovukFrontend } from '../govuk-frontend.ts'
import { PageChrome } from './page-chrome.tsx'
import { useFocusOnNavigation } from './use-focus-on-navigation.ts'

/** The layout of every page: GOV.UK chrome around the matched route. */
export function RootLayout() {
  const mainRef = useRef<HTMLElement>(null)
  const { pathname } = useLocation()

  useFocusOnNavigation(mainRef)

  // Start GOV.UK Frontend's JavaScript for what each new page rendered.
  useEffect(() => {
    startGovukFrontend(document.body)
  }, [pathname])

  return (
    <PageChrome mainRef={mainRef}>
      <Outlet />
      <ScrollRestoration />
    </PageChrome>
  )
}
