import type { ComponentPropsWithRef, ReactNode } from 'react'
import { classNames } from './class-names.ts'
import { QuestionField, splitQuestionProps, type FieldProps } from './form-parts.tsx'

export interface TextInputProps
  extends
    Omit<ComponentPropsWithRef<'input'>, 'id' | 'name' | 'className' | 'prefix' | 'children'>,
    FieldProps {
  prefix?: ReactNode
  suffix?: ReactNode
}

/** GOV.UK text input with its label, hint and error message wired to `aria-describedby`. */
export function TextInput({
  className,
  prefix,
  suffix,
  type = 'text',
  'aria-describedby': ownDescribedBy,
  ...props
}: TextInputProps) {
  const [question, inputProps] = splitQuestionProps(props)
  return (
    <QuestionField {...question}>
      {(control) => {
        const input = (
          <input
            {...inputProps}
            className={classNames(
              'govuk-input',
              className,
              control.hasError && 'govuk-input--error',
            )}
            id={control.id}
            name={control.name}
            type={type}
            aria-describedby={control.describedBy(ownDescribedBy)}
          />
        )
        return prefix !== undefined || suffix !== undefined ? (
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
        )
      }}
    </QuestionField>
  )
}
