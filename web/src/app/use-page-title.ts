import { useLayoutEffect } from 'react'
import { service } from './service.ts'

/** "Page title – Adoption support", as GOV.UK page titles read; "Error: " first when a form failed. */
export function formatPageTitle(title: string, { hasError = false } = {}): string {
  return `${hasError ? 'Error: ' : ''}${title} – ${service.name}`
}

/** Sets `document.title` for the page; call it once in every page component. */
export function usePageTitle(title: string, options: { hasError?: boolean } = {}): void {
  const { hasError = false } = options
  // A layout effect, so the title is right as soon as the page is on screen.
  useLayoutEffect(() => {
    document.title = formatPageTitle(title, { hasError })
  }, [title, hasError])
}
