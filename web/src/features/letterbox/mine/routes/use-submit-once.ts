import { useRef, type FormEvent } from 'react'

/**
 * Lets one submit through at a time. `useFormSubmit` ignores a submit while its mutation is
 * pending, but reads `isPending` from the last render: a double click lands both clicks before
 * React renders again, and both would be sent. A ref knows at once. Call `release` when the
 * request has settled and the form may be sent again (it failed, or it saved and the page stays).
 * `guard` also holds back a submit while the render still shows a request pending, which is when
 * `useFormSubmit` would drop it unseen and the ref would never be released.
 */
export function useSubmitOnce() {
  const busy = useRef(false)
  return {
    guard:
      (onSubmit: (event: FormEvent<HTMLFormElement>) => void, isPending: boolean) =>
      (event: FormEvent<HTMLFormElement>) => {
        if (busy.current || isPending) {
          event.preventDefault()
          return
        }
        busy.current = true
        onSubmit(event)
      },
    release: () => {
      busy.current = false
    },
  }
}
