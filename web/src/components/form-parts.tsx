import type { ReactNode } from 'react'
import { classNames } from './class-names.ts'

export interface LabelProps {
  htmlFor: string
  children: ReactNode
  className?: string
  /** Wraps the label in the page's `<h1>`, for a page with one question. */
  isPageHeading?: boolean
}

/** GOV.UK label. */
export function Label({ htmlFor, children, className, isPageHeading = false }: LabelProps) {
  const label = (
    <label className={classNames('govuk-label', className)} htmlFor={htmlFor}>
      {children}
    </label>
  )
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label
}

export interface HintProps {
  id: string
  children: ReactNode
  className?: string
}

/** GOV.UK hint text; point the field's `aria-describedby` at its id. */
export function Hint({ id, children, className }: HintProps) {
  return (
    <div id={id} className={classNames('govuk-hint', className)}>
      {children}
    </div>
  )
}

export interface ErrorMessageProps {
  id: string
  children: ReactNode
  /** Read before the message by screen readers. */
  visuallyHiddenText?: string
}

/** GOV.UK error message: "Error:" is read out but not shown. */
export function ErrorMessage({ id, children, visuallyHiddenText = 'Error' }: ErrorMessageProps) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{visuallyHiddenText}:</span> {children}
    </p>
  )
}

/** The ids a field's `aria-describedby` lists, in GOV.UK's order: its own, the hint, the error. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ')
  return joined === '' ? undefined : joined
}

export interface FieldMessageIds {
  hintId: string
  errorId: string
  hasError: boolean
  /** The hint and error ids that are shown, for the field's or fieldset's `aria-describedby`. */
  describedBy: string | undefined
}

/** The ids of a field's hint (`${id}-hint`) and error message (`${id}-error`), as GOV.UK names them. */
export function fieldMessageIds(
  id: string,
  hint: ReactNode,
  errorMessage: string | undefined,
): FieldMessageIds {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const hasError = errorMessage !== undefined && errorMessage !== ''
  return {
    hintId,
    errorId,
    hasError,
    describedBy: describedBy(hint !== undefined && hintId, hasError && errorId),
  }
}

export interface FieldMessagesProps {
  /** The field's id (or id prefix) that the hint and error ids are made from. */
  id: string
  hint?: ReactNode
  errorMessage?: string | undefined
}

/** A field's hint and error message, each shown only when it is set. */
export function FieldMessages({ id, hint, errorMessage }: FieldMessagesProps) {
  const { hintId, errorId, hasError } = fieldMessageIds(id, hint, errorMessage)
  return (
    <>
      {hint !== undefined && <Hint id={hintId}>{hint}</Hint>}
      {hasError && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
    </>
  )
}

/** What every GOV.UK question with one control has: its name, label, hint and error message. */
export interface FieldProps {
  name: string
  /** Defaults to `name`, so that the error summary can link to `#name`. */
  id?: string
  label: ReactNode
  labelClassName?: string
  isPageHeading?: boolean
  hint?: ReactNode
  /** The GOV.UK message for this field, such as a `fieldErrors` entry of an `ApiError`. */
  errorMessage?: string | undefined
  /** On the control, such as `govuk-input--width-10`. */
  className?: string
  formGroupClassName?: string
}

export interface FormGroupProps {
  hasError: boolean
  className?: string | undefined
  children: ReactNode
}

/** GOV.UK form group: the wrapper of a question, marked red while it has an error. */
export function FormGroup({ hasError, className, children }: FormGroupProps) {
  return (
    <div
      className={classNames('govuk-form-group', hasError && 'govuk-form-group--error', className)}
    >
      {children}
    </div>
  )
}
