import { useEffect, useRef, type RefObject } from 'react'
import { useLocation } from 'react-router'

/**
 * After a client-side navigation, move focus to the new page's `<h1>` (or to `<main>`), as a full
 * page load would put screen reader users at the start of the new content. Left alone: the first
 * page load, and pages that moved focus themselves (an error summary, a success banner).
 */
export function useFocusOnNavigation(mainRef: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation()
  const previousPathname = useRef(pathname)

  useEffect(() => {
    if (previousPathname.current === pathname) {
      return
    }
    previousPathname.current = pathname

    const main = mainRef.current
    if (!main) {
      return
    }
    const active = document.activeElement
    if (active && active !== main && main.contains(active)) {
      return
    }
    focusTemporarily(main.querySelector('h1') ?? main)
  }, [pathname, mainRef])
}

/** Focus an element that is not focusable by itself, without leaving it in the tab order. */
export function focusTemporarily(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1')
    element.addEventListener(
      'blur',
      () => {
        element.removeAttribute('tabindex')
      },
      { once: true },
    )
  }
  element.focus()
}
