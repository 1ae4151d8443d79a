import { useState, type ReactNode } from 'react'
import { choiceItemId, isDivider, type ChoiceDivider, type ChoiceOption } from './choice-items.ts'
import { classNames } from './class-names.ts'
import { Fieldset } from './fieldset.tsx'
import { describedBy, ErrorMessage, Hint, Label } from './form-parts.tsx'

export type RadiosItem = ChoiceOption | ChoiceDivider

export interface RadiosProps {
  name: string
  /** Prefix of the ids of the options, hint and error; defaults to `name`. */
  idPrefix?: string
  items: RadiosItem[]
  /** The question. Radios are grouped in a fieldset whenever there is a legend. */
  legend?: ReactNode
  legendClassName?: string
  isPageHeading?: boolean
  hint?: ReactNode
  errorMessage?: string | undefined
  /** The selected value, for a controlled group. */
  value?: string | undefined
  defaultValue?: string | undefined
  onChange?: (value: string) => void
  inline?: boolean
  small?: boolean
  formGroupClassName?: string
}

/** GOV.UK radios, with conditional reveals handled by React. */
export function Radios({
  name,
  idPrefix = name,
  items,
  legend,
  legendClassName,
  isPageHeading,
  hint,
  errorMessage,
  value,
  defaultValue,
  onChange,
  inline = false,
  small = false,
  formGroupClassName,
}: RadiosProps) {
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue)
  const selected = value ?? uncontrolledValue
  const hintId = `${idPrefix}-hint`
  const errorId = `${idPrefix}-error`
  const hasError = errorMessage !== undefined && errorMessage !== ''

  const inner = (
    <>
      {hint !== undefined && <Hint id={hintId}>{hint}</Hint>}
      {hasError && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
      <div
        className={classNames(
          'govuk-radios',
          inline && 'govuk-radios--inline',
          small && 'govuk-radios--small',
        )}
        data-module="govuk-radios"
      >
        {items.map((item, index) => {
          if (isDivider(item)) {
            return (
              <div key={`divider-${String(index)}`} className="govuk-radios__divider">
                {item.divider}
              </div>
            )
          }
          const itemId = choiceItemId(idPrefix, item, index + 1)
          const itemHintId = `${itemId}-item-hint`
          const conditionalId = `conditional-${itemId}`
          const isChecked = selected === item.value
          return (
            <RadiosOption
              key={item.value}
              item={item}
              itemId={itemId}
              name={name}
              isChecked={isChecked}
              hintId={item.hint === undefined ? undefined : itemHintId}
              conditionalId={item.conditional === undefined ? undefined : conditionalId}
              onSelect={() => {
                setUncontrolledValue(item.value)
                onChange?.(item.value)
              }}
            />
          )
        })}
      </div>
    </>
  )

  return (
    <div
      className={classNames(
        'govuk-form-group',
        hasError && 'govuk-form-group--error',
        formGroupClassName,
      )}
    >
      {legend === undefined ? (
        inner
      ) : (
        <Fieldset
          legend={legend}
          legendClassName={legendClassName}
          isPageHeading={isPageHeading}
          describedBy={describedBy(hint !== undefined && hintId, hasError && errorId)}
        >
          {inner}
        </Fieldset>
      )}
    </div>
  )
}

interface RadiosOptionProps {
  item: ChoiceOption
  itemId: string
  name: string
  isChecked: boolean
  hintId: string | undefined
  conditionalId: string | undefined
  onSelect: () => void
}

function RadiosOption({
  item,
  itemId,
  name,
  isChecked,
  hintId,
  conditionalId,
  onSelect,
}: RadiosOptionProps) {
  return (
    <>
      <div className="govuk-radios__item">
        <input
          className="govuk-radios__input"
          id={itemId}
          name={name}
          type="radio"
          value={item.value}
          checked={isChecked}
          disabled={item.disabled}
          aria-controls={conditionalId}
          aria-describedby={hintId}
          onChange={onSelect}
        />
        <Label htmlFor={itemId} className="govuk-radios__label">
          {item.label}
        </Label>
        {hintId !== undefined && (
          <Hint id={hintId} className="govuk-radios__hint">
            {item.hint}
          </Hint>
        )}
      </div>
      {conditionalId !== undefined && (
        <div
          className={classNames(
            'govuk-radios__conditional',
            !isChecked && 'govuk-radios__conditional--hidden',
          )}
          id={conditionalId}
        >
          {item.conditional}
        </div>
      )}
    </>
  )
}
