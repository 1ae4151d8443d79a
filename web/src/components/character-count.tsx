import { useEffect, useRef, type ComponentPropsWithRef } from 'react'
import { classNames } from './class-names.ts'
import { QuestionField, splitQuestionProps, type FieldProps } from './form-parts.tsx'

export interface CharacterCountProps
  extends
    Omit<
      ComponentPropsWithRef<'textarea'>,
      'id' | 'name' | 'className' | 'children' | 'value' | 'maxLength'
    >,
    FieldProps {
  value: string
  /** The most characters the answer may have, as the contract counts them. */
  maxLength: number
}

/** How long the reader must stop typing before a screen reader hears the count, as GOV.UK waits. */
const announceAfterMs = 1000

/**
 * "You have 4,950 characters remaining", or "You have 12 characters too many". The API counts
 * UTF-16 code units (zod's `max`), so this does too.
 */
export function remainingMessage(value: string, maxLength: number): string {
  const remaining = maxLength - value.length
  if (remaining === 0) {
    return 'You have 0 characters remaining'
  }
  const count = Math.abs(remaining).toLocaleString('en-GB')
  const unit = Math.abs(remaining) === 1 ? 'character' : 'characters'
  return remaining > 0
    ? `You have ${count} ${unit} remaining`
    : `You have ${count} ${unit} too many`
}

/**
 * GOV.UK character count: a textarea that says how many characters are left, and how many too many
 * once past the limit (which it allows, so that pasted text can be cut down). React keeps the
 * visible count, hidden from screen readers; they hear it from a live region once the reader
 * pauses, as GOV.UK Frontend's script does. React renders that region empty and never touches its
 * text, so filling it after the pause cannot fight React.
 */
export function CharacterCount({
  value,
  maxLength,
  rows = 5,
  'aria-describedby': ownDescribedBy,
  ...props
}: CharacterCountProps) {
  const [question, textareaProps] = splitQuestionProps(props)
  const infoId = `${question.id}-info`
  const message = remainingMessage(value, maxLength)
  const isOver = value.length > maxLength
  const liveRegion = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (liveRegion.current) {
        liveRegion.current.textContent = message
      }
    }, announceAfterMs)
    return () => {
      window.clearTimeout(timer)
    }
  }, [message])

  return (
    <QuestionField {...question} formGroupClassName="govuk-character-count">
      {(control) => (
        <>
          <textarea
            {...textareaProps}
            rows={rows}
            className={classNames(
              'govuk-textarea',
              'govuk-js-character-count',
              (control.hasError || isOver) && 'govuk-textarea--error',
            )}
            id={control.id}
            name={control.name}
            value={value}
            aria-describedby={control.describedBy(infoId, ownDescribedBy)}
          />
          <div
            id={infoId}
            className="govuk-hint govuk-character-count__message govuk-visually-hidden"
          >
            You can enter up to {maxLength.toLocaleString('en-GB')} characters
          </div>
          <div
            className={classNames(
              'govuk-character-count__message',
              'govuk-character-count__status',
              isOver ? 'govuk-error-message' : 'govuk-hint',
            )}
            aria-hidden="true"
          >
            {message}
          </div>
          <div
            ref={liveRegion}
            className="govuk-character-count__sr-status govuk-visually-hidden"
            aria-live="polite"
          />
        </>
      )}
    </QuestionField>
  )
}
