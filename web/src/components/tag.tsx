import type { ReactNode } from 'react'
import { classNames } from './class-names.ts'

/** The colours GOV.UK Frontend v6 defines; blue is the default and has no modifier. */
export type TagColour =
  'grey' | 'green' | 'teal' | 'magenta' | 'purple' | 'red' | 'orange' | 'yellow'

export interface TagProps {
  children: ReactNode
  colour?: TagColour
  className?: string
}

/** GOV.UK tag: a status, never a link or a button. */
export function Tag({ children, colour, className }: TagProps) {
  return (
    <strong className={classNames('govuk-tag', colour && `govuk-tag--${colour}`, className)}>
      {children}
    </strong>
  )
}
