import { useState, type ReactNode } from 'react'
import { choiceItemId, isDivider, type ChoiceDivider, type ChoiceOption } from './choice-items.ts'
import { classNames } from './class-names.ts'
import { Fieldset } from './fieldset.tsx'
import { describedBy, ErrorMessage, Hint, Label } from './form-parts.tsx'

export interface CheckboxOption extends ChoiceOption {
  /** Selecting this option ("None of these") clears the others, and the others clear it. */
  exclusive?: boolean
}

export type CheckboxesItem = CheckboxOption | ChoiceDivider

export interface CheckboxesProps {
  name: string
  /** Prefix of the ids of the options, hint and error; defaults to `name`. */
  idPrefix?: string
  items: CheckboxesItem[]
  /** The question. Checkboxes are grouped in a fieldset whenever there is a legend. */
  legend?: ReactNode
  legendClassName?: string
  isPageHeading?: boolean
  hint?: ReactNode
  errorMessage?: string | undefined
  /** The selected values, for a controlled group. */
  values?: string[] | undefined
  defaultValues?: string[] | undefined
  onChange?: (values: string[]) => void
  small?: boolean
  formGroupClassName?: string
}

/** GOV.UK checkboxes, with conditional reveals and the exclusive "none" option handled by React. */
export function Checkboxes({
  name,
  idPrefix = name,
  items,
  legend,
  legendClassName,
  isPageHeading,
  hint,
  errorMessage,
  values,
  defaultValues = [],
  onChange,
  small = false,
  formGroupClassName,
}: CheckboxesProps) {
  const [uncontrolledValues, setUncontrolledValues] = useState(defaultValues)
  const selected = values ?? uncontrolledValues
  const hasFieldset = legend !== undefined
  const hintId = `${idPrefix}-hint`
  const errorId = `${idPrefix}-error`
  const hasError = errorMessage !== undefined && errorMessage !== ''
  const groupDescribedBy = describedBy(hint !== undefined && hintId, hasError && errorId)

  const exclusiveValues = items.flatMap((item) =>
    !isDivider(item) && item.exclusive === true ? [item.value] : [],
  )

  function toggle(item: CheckboxOption, checked: boolean) {
    let next: string[]
    if (!checked) {
      next = selected.filter((value) => value !== item.value)
    } else if (item.exclusive === true) {
      next = [item.value]
    } else {
      next = [...selected.filter((value) => !exclusiveValues.includes(value)), item.value]
    }
    setUncontrolledValues(next)
    onChange?.(next)
  }

  const inner = (
    <>
      {hint !== undefined && <Hint id={hintId}>{hint}</Hint>}
      {hasError && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
      <div
        className={classNames('govuk-checkboxes', small && 'govuk-checkboxes--small')}
        data-module="govuk-checkboxes"
      >
        {items.map((item, index) => {
          if (isDivider(item)) {
            return (
              <div key={`divider-${String(index)}`} className="govuk-checkboxes__divider">
                {item.divider}
              </div>
            )
          }
          const itemId = choiceItemId(idPrefix, item, index + 1)
          const itemHintId = item.hint === undefined ? undefined : `${itemId}-item-hint`
          const conditionalId = item.conditional === undefined ? undefined : `conditional-${itemId}`
          const isChecked = selected.includes(item.value)
          return (
            <CheckboxesOption
              key={item.value}
              item={item}
              itemId={itemId}
              name={name}
              isChecked={isChecked}
              hintId={itemHintId}
              describedBy={describedBy(!hasFieldset && groupDescribedBy, itemHintId)}
              conditionalId={conditionalId}
              onToggle={(checked) => {
                toggle(item, checked)
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
      {hasFieldset ? (
        <Fieldset
          legend={legend}
          legendClassName={legendClassName}
          isPageHeading={isPageHeading}
          describedBy={groupDescribedBy}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </div>
  )
}

interface CheckboxesOptionProps {
  item: CheckboxOption
  itemId: string
  name: string
  isChecked: boolean
  hintId: string | undefined
  describedBy: string | undefined
  conditionalId: string | undefined
  onToggle: (checked: boolean) => void
}

function CheckboxesOption({
  item,
  itemId,
  name,
  isChecked,
  hintId,
  describedBy: itemDescribedBy,
  conditionalId,
  onToggle,
}: CheckboxesOptionProps) {
  return (
    <>
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={itemId}
          name={name}
          type="checkbox"
          value={item.value}
          checked={isChecked}
          disabled={item.disabled}
          aria-controls={conditionalId}
          aria-describedby={itemDescribedBy}
          data-behaviour={item.exclusive === true ? 'exclusive' : undefined}
          onChange={(event) => {
            onToggle(event.target.checked)
          }}
        />
        <Label htmlFor={itemId} className="govuk-checkboxes__label">
          {item.label}
        </Label>
        {hintId !== undefined && (
          <Hint id={hintId} className="govuk-checkboxes__hint">
            {item.hint}
          </Hint>
        )}
      </div>
      {conditionalId !== undefined && (
        <div
          className={classNames(
            'govuk-checkboxes__conditional',
            !isChecked && 'govuk-checkboxes__conditional--hidden',
          )}
          id={conditionalId}
        >
          {item.conditional}
        </div>
      )}
    </>
  )
}
