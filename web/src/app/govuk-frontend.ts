import { Button, createAll, ServiceNavigation, SkipLink } from 'govuk-frontend'

/**
 * Starts GOV.UK Frontend's JavaScript for the components whose behaviour we leave to it: the skip
 * link (focuses its target), buttons (space bar on link buttons, double-click prevention) and the
 * service navigation menu toggle. The rest (error summary focus, conditional reveals, notification
 * banner focus) is React's, so that React stays the only one that changes what it rendered, bar the
 * file upload, which `components/file-upload.tsx` starts itself (and so brings its code only to the
 * pages that have one).
 *
 * Safe to call after every navigation: elements already started are skipped, and in a browser that
 * Frontend does not support (no `govuk-frontend-supported` class) nothing happens.
 */
export function startGovukFrontend(scope: Element): void {
  const options = { scope, onError: ignoreExpectedErrors }
  createAll(SkipLink, undefined, options)
  createAll(Button, undefined, options)
  createAll(ServiceNavigation, undefined, options)
}

/** What starting a component may throw that is no fault: shared with the file upload's start. */
export function ignoreExpectedErrors(error: unknown): void {
  // InitError: this element was started already, on an earlier navigation or by a component's
  // effect that React runs twice in development. SupportError: an old browser, which gets the pages
  // without the enhancements.
  if (error instanceof Error && (error.name === 'InitError' || error.name === 'SupportError')) {
    return
  }
  console.warn('GOV.UK Frontend could not start a component', error)
}
