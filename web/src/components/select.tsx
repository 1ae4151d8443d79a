import type { ComponentPropsWithRef } from 'react'
import { classNames } from './class-names.ts'
import { QuestionField, splitQuestionProps, type FieldProps } from './form-parts.tsx'

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
  options,
  className,
  'aria-describedby': ownDescribedBy,
  ...props
}: SelectProps) {
  const [question, selectProps] = splitQuestionProps(props)
  return (
    <QuestionField {...question}>
      {(control) => (
        <select
          {...selectProps}
          className={classNames(
            'govuk-select',
            className,
            control.hasError && 'govuk-select--error',
          )}
          id={control.id}
          name={control.name}
          aria-describedby={control.describedBy(ownDescribedBy)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.text}
            </option>
          ))}
        </select>
      )}
    </QuestionField>
  )
}
