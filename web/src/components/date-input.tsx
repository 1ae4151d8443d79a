import type { ReactNode } from 'react'
import { classNames } from './class-names.ts'
import { Fieldset } from './fieldset.tsx'
import { FieldMessages, fieldMessageIds, FormGroup, Label } from './form-parts.tsx'

export type DatePart = 'day' | 'month' | 'year'
export type DateParts = Record<DatePart, string>

const parts: { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4' },
]

export interface DateInputProps {
  /** The group's id; the fields are `${id}-day`, `${id}-month` and `${id}-year`. */
  id: string
  /** Field names become `${namePrefix}-day` and so on; without it, `day`, `month`, `year`. */
  namePrefix?: string
  legend: ReactNode
  legendClassName?: string
  isPageHeading?: boolean
  hint?: ReactNode
  errorMessage?: string | undefined
  /**
   * The fields the error is about, highlighted in red. Without it, an error highlights all three,
   * as GOV.UK Frontend does.
   */
  errorFields?: DatePart[]
  /** For a controlled date; pass `onChange` with it. */
  value?: DateParts | undefined
  defaultValue?: Partial<DateParts> | undefined
  onChange?: (value: DateParts) => void
  /** `bday` for a date of birth: the fields get `bday-day`, `bday-month`, `bday-year`. */
  autoCompletePrefix?: 'bday'
}

/** GOV.UK date input: three text fields in a fieldset with `role="group"`. */
export function DateInput({
  id,
  namePrefix,
  legend,
  legendClassName,
  isPageHeading,
  hint,
  errorMessage,
  errorFields,
  value,
  defaultValue,
  onChange,
  autoCompletePrefix,
}: DateInputProps) {
  const messages = fieldMessageIds(id, hint, errorMessage)

  return (
    <FormGroup hasError={messages.hasError}>
      <Fieldset
        role="group"
        legend={legend}
        legendClassName={legendClassName}
        isPageHeading={isPageHeading}
        describedBy={messages.describedBy}
      >
        <FieldMessages id={id} hint={hint} errorMessage={errorMessage} />
        <div className="govuk-date-input" id={id}>
          {parts.map(({ part, label, width }) => {
            const fieldId = `${id}-${part}`
            const fieldHasError =
              messages.hasError && (errorFields === undefined || errorFields.includes(part))
            return (
              <div key={part} className="govuk-date-input__item">
                <div className="govuk-form-group">
                  <Label htmlFor={fieldId} className="govuk-date-input__label">
                    {label}
                  </Label>
                  <input
                    className={classNames(
                      'govuk-input govuk-date-input__input',
                      fieldHasError && 'govuk-input--error',
                      width,
                    )}
                    id={fieldId}
                    name={namePrefix === undefined ? part : `${namePrefix}-${part}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete={autoCompletePrefix && `${autoCompletePrefix}-${part}`}
                    {...(value === undefined
                      ? { defaultValue: defaultValue?.[part] }
                      : {
                          value: value[part],
                          onChange: (event) => {
                            onChange?.({ ...value, [part]: event.target.value })
                          },
                        })}
                  />
                </div>
              </div>
            )
          })}
        </div>
      </Fieldset>
    </FormGroup>
  )
}
