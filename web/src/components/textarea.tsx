import type { ComponentPropsWithRef } from 'react'
import { classNames } from './class-names.ts'
import {
  describedBy,
  FieldMessages,
  fieldMessageIds,
  FormGroup,
  Label,
  type FieldProps,
} from './form-parts.tsx'

export interface TextareaProps
  extends
    Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'name' | 'className' | 'children'>,
    FieldProps {
  className?: string
  formGroupClassName?: string
}

/** GOV.UK textarea, for an answer longer than a line. */
export function Textarea({
  name,
  id = name,
  label,
  labelClassName,
  isPageHeading,
  hint,
  errorMessage,
  className,
  formGroupClassName,
  rows = 5,
  'aria-describedby': ownDescribedBy,
  ...textareaProps
}: TextareaProps) {
  const messages = fieldMessageIds(id, hint, errorMessage)
  return (
    <FormGroup hasError={messages.hasError} className={formGroupClassName}>
      <Label htmlFor={id} className={labelClassName} isPageHeading={isPageHeading}>
        {label}
      </Label>
      <FieldMessages id={id} hint={hint} errorMessage={errorMessage} />
      <textarea
        {...textareaProps}
        rows={rows}
        className={classNames(
          'govuk-textarea',
          className,
          messages.hasError && 'govuk-textarea--error',
        )}
        id={id}
        name={name}
        aria-describedby={describedBy(ownDescribedBy, messages.describedBy)}
      />
    </FormGroup>
  )
}
