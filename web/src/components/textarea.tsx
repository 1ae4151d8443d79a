import type { ComponentPropsWithRef } from 'react'
import { classNames } from './class-names.ts'
import { QuestionField, splitQuestionProps, type FieldProps } from './form-parts.tsx'

export interface TextareaProps
  extends
    Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'name' | 'className' | 'children'>,
    FieldProps {
  className?: string
  formGroupClassName?: string
}

/** GOV.UK textarea, for an answer longer than a line. */
export function Textarea({
  className,
  rows = 5,
  'aria-describedby': ownDescribedBy,
  ...props
}: TextareaProps) {
  const [question, textareaProps] = splitQuestionProps(props)
  return (
    <QuestionField {...question}>
      {(control) => (
        <textarea
          {...textareaProps}
          rows={rows}
          className={classNames(
            'govuk-textarea',
            className,
            control.hasError && 'govuk-textarea--error',
          )}
          id={control.id}
          name={control.name}
          aria-describedby={control.describedBy(ownDescribedBy)}
        />
      )}
    </QuestionField>
  )
}
