import type { ReactNode } from 'react'

/** One radio or checkbox option. */
export interface ChoiceOption {
  value: string
  label: ReactNode
  hint?: ReactNode
  /** Defaults to the id prefix, then `-2`, `-3`… by position, as GOV.UK Frontend numbers them. */
  id?: string
  disabled?: boolean
  /** Content revealed while this option is selected. */
  conditional?: ReactNode
}

/** The word between options, usually "or". */
export interface ChoiceDivider {
  divider: string
}

export function isDivider(item: ChoiceOption | ChoiceDivider): item is ChoiceDivider {
  return 'divider' in item
}

/** GOV.UK Frontend's item id: the first has no number, so the error summary can link to it. */
export function choiceItemId(idPrefix: string, item: ChoiceOption, position: number): string {
  return item.id ?? (position > 1 ? `${idPrefix}-${String(position)}` : idPrefix)
}
