import type { ComponentPropsWithRef, ReactNode } from 'react'
import { classNames } from './class-names.ts'
import {
  describedBy,
  FieldMessages,
  fieldMessageIds,
  FormGroup,
  Label,
  type FieldProps,
} from './form-parts.tsx'

export interface TextInputProps
  extends
    Omit<ComponentPropsWithRef<'input'>, 'id' | 'name' | 'className' | 'prefix' | 'children'>,
    FieldProps {
  prefix?: ReactNode
  suffix?: ReactNode
}

/** GOV.UK text input with its label, hint and error message wired to `aria-describedby`. */
export function TextInput({
  name,
  id = name,
  label,
  labelClassName,
  isPageHeading,
  hint,
  errorMessage,
  className,
  formGroupClassName,
  prefix,
  suffix,
  type = 'text',
  'aria-describedby': ownDescribedBy,
  ...inputProps
}: TextInputProps) {
  const messages = fieldMessageIds(id, hint, errorMessage)

  const input = (
    <input
      {...inputProps}
      className={classNames('govuk-input', className, messages.hasError && 'govuk-input--error')}
      id={id}
      name={name}
      type={type}
      aria-describedby={describedBy(ownDescribedBy, messages.describedBy)}
    />
  )

  return (
    <FormGroup hasError={messages.hasError} className={formGroupClassName}>
      <Label htmlFor={id} className={labelClassName} isPageHeading={isPageHeading}>
        {label}
      </Label>
      <FieldMessages id={id} hint={hint} errorMessage={errorMessage} />
      {prefix !== undefined || suffix !== undefined ? (
        <div className="govuk-input__wrapper">
          {prefix !== undefined && (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          )}
          {input}
          {suffix !== undefined && (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          )}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  )
}
