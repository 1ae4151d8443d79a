import { useState } from 'react'
import type { z } from 'zod'
import { ErrorSummary } from '../components/error-summary.tsx'
import { ApiError } from './api-client.ts'

/** The first message for each field of a failed zod parse, keyed by the field's dotted path. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.')
    errors[field] ??= issue.message
  }
  return errors
}

interface FormErrorsState {
  fieldErrors: Record<string, string>
  /** A problem with the whole form, such as "Too many attempts", shown in the summary. */
  problems: string[]
  /** Counts failed submits, so that the summary takes focus again each time. */
  attempt: number
  /** An error no form can explain (a 5xx, a network failure): the route's error page shows it. */
  unexpected?: { error: unknown }
}

export interface FormErrors<F extends string> {
  errorFor: (field: F) => string | undefined
  hasErrors: boolean
  /** Shows the messages of a failed client-side parse with the form's own schema. */
  showValidationError: (error: z.ZodError) => void
  /**
   * Shows what the API said: its `fieldErrors` on the fields, any other 4xx as a problem with the
   * form (`problemFor` may reword one by status). A 5xx or a network failure goes to the route's
   * error page.
   */
  showApiError: (error: unknown, problemFor?: (error: ApiError) => string | undefined) => void
  /** Shows errors the page worked out itself. */
  showErrors: (fieldErrors: Partial<Record<F, string>>, problems?: string[]) => void
  clear: () => void
  state: FormErrorsState
  fields: readonly F[]
  fieldIds: Partial<Record<F, string>>
}

/**
 * The errors of one GOV.UK form: inline messages by field and the error summary in page order.
 * `fields` lists the form's fields in the order they appear; `fieldIds` names the element the
 * summary links to when it is not the field's name (the first radio, say); `initialErrors` are
 * shown from the start (a search in the page's address that breaks the rules, say).
 */
export function useFormErrors<F extends string>(
  fields: readonly F[],
  {
    fieldIds = {},
    initialErrors = {},
  }: {
    fieldIds?: Partial<Record<F, string>>
    initialErrors?: Partial<Record<F, string>>
  } = {},
): FormErrors<F> {
  const [state, setState] = useState<FormErrorsState>(() => ({
    fieldErrors: initialErrors as Record<string, string>,
    problems: [],
    attempt: 0,
  }))

  if (state.unexpected) {
    throw state.unexpected.error
  }

  const show = (fieldErrors: Record<string, string>, problems: string[] = []) => {
    setState((previous) => ({ fieldErrors, problems, attempt: previous.attempt + 1 }))
  }

  return {
    errorFor: (field) => state.fieldErrors[field],
    hasErrors: Object.keys(state.fieldErrors).length > 0 || state.problems.length > 0,
    showValidationError: (error) => {
      show(fieldErrorsOf(error))
    },
    showApiError: (error, problemFor) => {
      if (!(error instanceof ApiError) || error.status >= 500) {
        setState((previous) => ({ ...previous, unexpected: { error } }))
        return
      }
      const known: Record<string, string> = {}
      const others: string[] = []
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        if ((fields as readonly string[]).includes(field)) {
          known[field] = message
        } else {
          others.push(message)
        }
      }
      if (Object.keys(known).length === 0 && others.length === 0) {
        others.push(problemFor?.(error) ?? error.message)
      }
      show(known, others)
    },
    showErrors: (fieldErrors, problems) => {
      show(fieldErrors as Record<string, string>, problems)
    },
    clear: () => {
      setState((previous) => ({ fieldErrors: {}, problems: [], attempt: previous.attempt }))
    },
    state,
    fields,
    fieldIds,
  }
}

/** The GOV.UK error summary of a form: problems first, then one link per field in page order. */
export function FormErrorSummary<F extends string>({ form }: { form: FormErrors<F> }) {
  if (!form.hasErrors) {
    return null
  }
  const { fieldErrors, problems, attempt } = form.state
  const errorList = form.fields.flatMap((field) => {
    const message = fieldErrors[field]
    return message === undefined
      ? []
      : [{ href: `#${form.fieldIds[field] ?? field}` as const, text: message }]
  })
  return (
    <ErrorSummary
      key={attempt}
      errorList={errorList}
      description={
        problems.length === 0 ? undefined : problems.length === 1 ? problems[0] : problems.join(' ')
      }
    />
  )
}
