import { useState, type ReactNode } from 'react'
import { ChoiceGroup } from './choice-group.tsx'
import type { ChoiceDivider, ChoiceOption } from './choice-items.ts'

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
export function Radios({ value, defaultValue, onChange, ...group }: RadiosProps) {
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue)
  const selected = value ?? uncontrolledValue
  return (
    <ChoiceGroup
      kind="radios"
      {...group}
      isChecked={(item) => selected === item.value}
      onChange={(item) => {
        setUncontrolledValue(item.value)
        onChange?.(item.value)
      }}
    />
  )
}
