import type { ComponentPropsWithRef, ReactNode } from 'react'
import { classNames } from './class-names.ts'
import { describedBy, FieldMessages, fieldMessageIds, FormGroup, Label } from './form-parts.tsx'

export interface FileUploadProps extends Omit<
  ComponentPropsWithRef<'input'>,
  'id' | 'name' | 'className' | 'type' | 'children'
> {
  name: string
  /** Defaults to `name`, so that the error summary can link to `#name`. */
  id?: string
  label: ReactNode
  labelClassName?: string
  isPageHeading?: boolean
  hint?: ReactNode
  errorMessage?: string | undefined
  className?: string
  formGroupClassName?: string
  /** Shown in the form group under the input, such as the files uploaded so far. */
  afterInput?: ReactNode
}

/**
 * GOV.UK file upload: a native file input with its label, hint and error message. What happens to
 * a chosen file (an upload at once, say) is the page's `onChange`.
 */
export function FileUpload({
  name,
  id = name,
  label,
  labelClassName,
  isPageHeading,
  hint,
  errorMessage,
  className,
  formGroupClassName,
  afterInput,
  'aria-describedby': ownDescribedBy,
  ...inputProps
}: FileUploadProps) {
  const messages = fieldMessageIds(id, hint, errorMessage)
  return (
    <FormGroup hasError={messages.hasError} className={formGroupClassName}>
      <Label htmlFor={id} className={labelClassName} isPageHeading={isPageHeading}>
        {label}
      </Label>
      <FieldMessages id={id} hint={hint} errorMessage={errorMessage} />
      <input
        {...inputProps}
        className={classNames(
          'govuk-file-upload',
          className,
          messages.hasError && 'govuk-file-upload--error',
        )}
        id={id}
        name={name}
        type="file"
        aria-describedby={describedBy(ownDescribedBy, messages.describedBy)}
      />
      {afterInput}
    </FormGroup>
  )
}
