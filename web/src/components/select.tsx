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

export interface SelectOption {
  value: string
  text: string
  disabled?: boolean
}

export interface SelectProps
  extends
    Omit<ComponentPropsWithRef<'select'>, 'id' | 'name' | 'className' | 'children'>,
    FieldProps {
  options: SelectOption[]
  className?: string
  formGroupClassName?: string
}

/**
 * GOV.UK select. Use radios when there are few options; a select suits a long list the user knows
 * the answer in, such as a colleague's name.
 */
export function Select({
  name,
  id = name,
  label,
  labelClassName,
  isPageHeading,
  hint,
  errorMessage,
  options,
  className,
  formGroupClassName,
  'aria-describedby': ownDescribedBy,
  ...selectProps
}: SelectProps) {
  const messages = fieldMessageIds(id, hint, errorMessage)
  return (
    <FormGroup hasError={messages.hasError} className={formGroupClassName}>
      <Label htmlFor={id} className={labelClassName} isPageHeading={isPageHeading}>
        {label}
      </Label>
      <FieldMessages id={id} hint={hint} errorMessage={errorMessage} />
      <select
        {...selectProps}
        className={classNames(
          'govuk-select',
          className,
          messages.hasError && 'govuk-select--error',
        )}
        id={id}
        name={name}
        aria-describedby={describedBy(ownDescribedBy, messages.describedBy)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </FormGroup>
  )
}
