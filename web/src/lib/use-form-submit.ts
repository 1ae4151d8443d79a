import { useRef, type FormEvent } from 'react'
import { useNavigate, type NavigateOptions, type To } from 'react-router'
import type { z } from 'zod'
import { ApiError } from './api-client.ts'
import type { FormErrors } from './form-errors.tsx'

/** What the hook needs of a TanStack Query mutation (`useMutation`'s result fits). */
export interface FormMutation<Body, Result> {
  isPending: boolean
  mutate: (
    body: Body,
    callbacks: { onSuccess: (result: Result) => void; onError: (error: unknown) => void },
  ) => void
  reset: () => void
}

/** Where to go once the change is saved: a path, or a path with a notice's state or `replace`. */
export type Destination = To | ({ to: To } & NavigateOptions)

/** How the submitted form becomes the body of the request. */
type Parse<Body> =
  | {
      /** The contract's schema, so that the form and the API's 400 say the same words. */
      schema: z.ZodType<Body>
      /** What to parse, read when the form is submitted. */
      values: () => unknown
    }
  | {
      /**
       * For forms that check more than a schema can (the parts of a date, say): the body, or
       * `undefined` once the form shows what is wrong.
       */
      validate: () => Body | undefined
    }

export type FormSubmitOptions<Body, Result> = Parse<Body> & {
  mutation: FormMutation<Body, Result>
  /** Runs once the change is saved, before any navigation. */
  onSuccess?: (result: Result, body: Body) => void
  /** The page to go to once the change is saved. */
  navigateTo?: (result: Result, body: Body) => Destination
  /**
   * After a 409 (someone else changed the record first): fetches their version into the form. The
   * form then says so in the API's words, and the next change is made against their version.
   */
  reloadAfterConflict?: () => Promise<void>
  /** Rewords a problem with the whole form by status, as `form.showApiError` does. */
  problemFor?: (error: ApiError) => string | undefined
  /**
   * Shows a failed request instead of `form.showApiError` (an expired link that is a page of its
   * own, say): call `form.showApiError` for whatever it does not handle itself.
   */
  onError?: (error: unknown) => void
}

/**
 * The submit of a GOV.UK form that saves a change: parse what was typed, show the error summary
 * and the fields' messages if it breaks the rules, otherwise send it (once: a second submit while
 * it is on its way does nothing), show what the API refused, and go on when it is saved.
 */
export function useFormSubmit<F extends string, Body, Result>(
  form: FormErrors<F>,
  options: FormSubmitOptions<Body, Result>,
) {
  const navigate = useNavigate()
  // `isPending` is read from the last render: a double click lands both clicks before React renders
  // again. A ref knows at once, so the second is dropped.
  const sending = useRef(false)
  const { mutation, onSuccess, navigateTo, reloadAfterConflict, problemFor, onError } = options

  const showApiError =
    onError ??
    ((error: unknown) => {
      form.showApiError(error, problemFor)
    })

  function showFailure(error: unknown) {
    if (reloadAfterConflict && error instanceof ApiError && error.status === 409) {
      const message = error.message.replace(/\.$/, '')
      reloadAfterConflict().then(() => {
        form.showErrors({}, [
          `${message}. We have loaded their changes: check the details and make your changes again.`,
        ])
      }, showApiError)
      return
    }
    showApiError(error)
  }

  function parse(): Body | undefined {
    if ('validate' in options) {
      return options.validate()
    }
    const parsed = options.schema.safeParse(options.values())
    if (parsed.success) {
      return parsed.data
    }
    form.showValidationError(parsed.error)
    return undefined
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (mutation.isPending || sending.current) {
      return
    }
    const body = parse()
    if (body === undefined) {
      // A new attempt: what the last one saved no longer stands.
      mutation.reset()
      return
    }
    sending.current = true
    mutation.mutate(body, {
      onSuccess: (result) => {
        sending.current = false
        form.clear()
        onSuccess?.(result, body)
        const destination = navigateTo?.(result, body)
        if (destination !== undefined) {
          const { to, ...navigateOptions } = isPathWithOptions(destination)
            ? destination
            : { to: destination }
          void navigate(to, navigateOptions)
        }
      },
      onError: (error) => {
        sending.current = false
        showFailure(error)
      },
    })
  }

  return { onSubmit, isPending: mutation.isPending }
}

function isPathWithOptions(destination: Destination): destination is { to: To } & NavigateOptions {
  return typeof destination === 'object' && 'to' in destination
}
