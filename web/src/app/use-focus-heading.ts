import { useEffect, useRef } from 'react'
import { focusTemporarily } from './layouts/use-focus-on-navigation.ts'

/**
 * For a page that changes step without changing its path (the set-up of a second factor, say):
 * moves focus to the new `<h1>` whenever `step` changes, as a new page would. Put the ref on the
 * heading.
 */
export function useFocusHeading<E extends HTMLElement = HTMLHeadingElement>(step: unknown) {
  const ref = useRef<E>(null)
  const previous = useRef(step)
  useEffect(() => {
    if (Object.is(previous.current, step)) {
      return
    }
    previous.current = step
    if (ref.current) {
      focusTemporarily(ref.current)
    }
  }, [step])
  return ref
}
