import type { ReactNode } from 'react'
import { choiceItemId, isDivider, type ChoiceDivider, type ChoiceOption } from './choice-items.ts'
import { classNames } from './class-names.ts'
import { Fieldset } from './fieldset.tsx'
import {
  describedBy,
  FieldMessages,
  fieldMessageIds,
  FormGroup,
  Hint,
  Label,
} from './form-parts.tsx'

/** The GOV.UK Frontend component, which prefixes every class name: `govuk-radios__item`… */
export type ChoiceKind = 'radios' | 'checkboxes'

const inputTypes: Record<ChoiceKind, 'radio' | 'checkbox'> = {
  radios: 'radio',
  checkboxes: 'checkbox',
}

export interface ChoiceGroupProps<T extends ChoiceOption> {
  kind: ChoiceKind
  name: string
  /** Prefix of the ids of the options, hint and error; defaults to `name`. */
  idPrefix?: string
  items: (T | ChoiceDivider)[]
  /** The question. The options are grouped in a fieldset whenever there is a legend. */
  legend?: ReactNode
  legendClassName?: string
  isPageHeading?: boolean
  hint?: ReactNode
  errorMessage?: string | undefined
  inline?: boolean
  small?: boolean
  formGroupClassName?: string
  isChecked: (item: T) => boolean
  onChange: (item: T, checked: boolean) => void
  /** Outside a fieldset, each option is also described by the group's hint and error. */
  describeOptionsByGroup?: boolean
  /** The option's `data-behaviour`, such as `exclusive`. */
  behaviour?: (item: T) => string | undefined
}

/** The markup radios and checkboxes share: form group, fieldset, hint, error and options. */
export function ChoiceGroup<T extends ChoiceOption>({
  kind,
  name,
  idPrefix = name,
  items,
  legend,
  legendClassName,
  isPageHeading,
  hint,
  errorMessage,
  inline = false,
  small = false,
  formGroupClassName,
  isChecked,
  onChange,
  describeOptionsByGroup = false,
  behaviour,
}: ChoiceGroupProps<T>) {
  const hasFieldset = legend !== undefined
  const messages = fieldMessageIds(idPrefix, hint, errorMessage)

  const inner = (
    <>
      <FieldMessages id={idPrefix} hint={hint} errorMessage={errorMessage} />
      <div
        className={classNames(
          `govuk-${kind}`,
          inline && `govuk-${kind}--inline`,
          small && `govuk-${kind}--small`,
        )}
        data-module={`govuk-${kind}`}
      >
        {items.map((item, index) => {
          if (isDivider(item)) {
            return (
              <div key={`divider-${String(index)}`} className={`govuk-${kind}__divider`}>
                {item.divider}
              </div>
            )
          }
          const itemId = choiceItemId(idPrefix, item, index + 1)
          const itemHintId = item.hint === undefined ? undefined : `${itemId}-item-hint`
          return (
            <ChoiceOptionItem
              key={item.value}
              kind={kind}
              item={item}
              itemId={itemId}
              name={name}
              isChecked={isChecked(item)}
              hintId={itemHintId}
              describedBy={describedBy(
                describeOptionsByGroup && !hasFieldset && messages.describedBy,
                itemHintId,
              )}
              conditionalId={item.conditional === undefined ? undefined : `conditional-${itemId}`}
              behaviour={behaviour?.(item)}
              onChange={(checked) => {
                onChange(item, checked)
              }}
            />
          )
        })}
      </div>
    </>
  )

  return (
    <FormGroup hasError={messages.hasError} className={formGroupClassName}>
      {hasFieldset ? (
        <Fieldset
          legend={legend}
          legendClassName={legendClassName}
          isPageHeading={isPageHeading}
          describedBy={messages.describedBy}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </FormGroup>
  )
}

interface ChoiceOptionItemProps {
  kind: ChoiceKind
  item: ChoiceOption
  itemId: string
  name: string
  isChecked: boolean
  hintId: string | undefined
  describedBy: string | undefined
  conditionalId: string | undefined
  behaviour: string | undefined
  onChange: (checked: boolean) => void
}

/** One radio or checkbox with its label, hint and the content it reveals while selected. */
function ChoiceOptionItem({
  kind,
  item,
  itemId,
  name,
  isChecked,
  hintId,
  describedBy: itemDescribedBy,
  conditionalId,
  behaviour,
  onChange,
}: ChoiceOptionItemProps) {
  return (
    <>
      <div className={`govuk-${kind}__item`}>
        <input
          className={`govuk-${kind}__input`}
          id={itemId}
          name={name}
          type={inputTypes[kind]}
          value={item.value}
          checked={isChecked}
          disabled={item.disabled}
          aria-controls={conditionalId}
          aria-describedby={itemDescribedBy}
          data-behaviour={behaviour}
          onChange={(event) => {
            onChange(event.target.checked)
          }}
        />
        <Label htmlFor={itemId} className={`govuk-${kind}__label`}>
          {item.label}
        </Label>
        {hintId !== undefined && (
          <Hint id={hintId} className={`govuk-${kind}__hint`}>
            {item.hint}
          </Hint>
        )}
      </div>
      {conditionalId !== undefined && (
        <div
          className={classNames(
            `govuk-${kind}__conditional`,
            !isChecked && `govuk-${kind}__conditional--hidden`,
          )}
          id={conditionalId}
        >
          {item.conditional}
        </div>
      )}
    </>
  )
}
