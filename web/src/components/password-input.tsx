import { useState, type ComponentPropsWithRef } from 'react'
import { classNames } from './class-names.ts'
import { QuestionField, splitQuestionProps, type FieldProps } from './form-parts.tsx'

export interface PasswordInputProps
  extends
    Omit<ComponentPropsWithRef<'input'>, 'id' | 'name' | 'className' | 'type' | 'children'>,
    FieldProps {
  /** `current-password` to sign in, `new-password` to choose one. */
  autoComplete: 'current-password' | 'new-password'
}

/**
 * GOV.UK password input: a password field with a "Show" button that reveals what was typed, and
 * a status that tells screen reader users whether the password is visible. React does what GOV.UK
 * Frontend's script would, so the button is never hidden.
 */
export function PasswordInput({
  autoComplete,
  'aria-describedby': ownDescribedBy,
  ...props
}: PasswordInputProps) {
  const [isVisible, setIsVisible] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [question, inputProps] = splitQuestionProps(props)

  return (
    <QuestionField {...question} formGroupClassName="govuk-password-input">
      {(control) => (
        <>
          <div className="govuk-input__wrapper govuk-password-input__wrapper">
            <input
              {...inputProps}
              className={classNames(
                'govuk-input',
                'govuk-password-input__input',
                control.hasError && 'govuk-input--error',
              )}
              id={control.id}
              name={control.name}
              type={isVisible ? 'text' : 'password'}
              spellCheck={false}
              autoCapitalize="none"
              autoComplete={autoComplete}
              aria-describedby={control.describedBy(ownDescribedBy)}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-password-input__toggle"
              data-module="govuk-button"
              aria-controls={control.id}
              aria-label={isVisible ? 'Hide password' : 'Show password'}
              onClick={() => {
                setIsVisible(!isVisible)
                setAnnouncement(isVisible ? 'Your password is hidden' : 'Your password is visible')
              }}
            >
              {isVisible ? 'Hide' : 'Show'}
            </button>
          </div>
          <div className="govuk-password-input__sr-status govuk-visually-hidden" aria-live="polite">
            {announcement}
          </div>
        </>
      )}
    </QuestionField>
  )
}

/** The hint of every field where someone chooses a password (NCSC: length, not composition). */
export const newPasswordHint =
  'Your password must be 12 characters or more. You can use 3 random words, such as ‘coffee train fish’. Do not use a password you use for other things.'
