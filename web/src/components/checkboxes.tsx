import { useState, type ReactNode } from 'react'
import { ChoiceGroup } from './choice-group.tsx'
import { isDivider, type ChoiceDivider, type ChoiceOption } from './choice-items.ts'

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
export function Checkboxes({ values, defaultValues = [], onChange, ...group }: CheckboxesProps) {
  const [uncontrolledValues, setUncontrolledValues] = useState(defaultValues)
  const selected = values ?? uncontrolledValues

  const exclusiveValues = group.items.flatMap((item) =>
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

  return (
    <ChoiceGroup
      kind="checkboxes"
      {...group}
      isChecked={(item) => selected.includes(item.value)}
      onChange={toggle}
      describeOptionsByGroup
      behaviour={(item) => (item.exclusive === true ? 'exclusive' : undefined)}
    />
  )
}
