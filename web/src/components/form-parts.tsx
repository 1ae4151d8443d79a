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

/** The part of `FieldProps` that frames the control; `className` stays with the control. */
export type QuestionProps = Omit<FieldProps, 'className'>

/** What `QuestionField` tells the control it frames. */
export interface QuestionControl {
  id: string
  name: string
  hasError: boolean
  /** The control's `aria-describedby`: its own ids first, then the hint's and the error's. */
  describedBy: (...ownIds: (string | false | null | undefined)[]) => string | undefined
}

export interface QuestionFieldProps extends QuestionProps {
  children: (control: QuestionControl) => ReactNode
}

/**
 * The frame of a GOV.UK question with one control: the form group, the label, the hint and the
 * error message. The control, rendered by `children`, comes after them.
 */
export function QuestionField({ children, ...question }: QuestionFieldProps) {
  const id = question.id ?? question.name
  const { hint, errorMessage } = question
  const messages = fieldMessageIds(id, hint, errorMessage)
  return (
    <FormGroup hasError={messages.hasError} className={question.formGroupClassName}>
      <Label
        htmlFor={id}
        className={question.labelClassName}
        isPageHeading={question.isPageHeading}
      >
        {question.label}
      </Label>
      <FieldMessages id={id} hint={hint} errorMessage={errorMessage} />
      {children({
        id,
        name: question.name,
        hasError: messages.hasError,
        describedBy: (...ownIds) => describedBy(...ownIds, messages.describedBy),
      })}
    </FormGroup>
  )
}

/**
 * Splits a field component's props into the question's, for `QuestionField` (with `id` defaulting
 * to `name`), and the control's.
 */
export function splitQuestionProps<P extends QuestionProps>(
  props: P,
): [QuestionProps & { id: string }, Omit<P, keyof QuestionProps>] {
  const {
    name,
    id = name,
    label,
    labelClassName,
    isPageHeading,
    hint,
    errorMessage,
    formGroupClassName,
    ...controlProps
  } = props
  return [
    { name, id, label, labelClassName, isPageHeading, hint, errorMessage, formGroupClassName },
    controlProps,
  ]
}
