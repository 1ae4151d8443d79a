import type { ReactNode } from 'react'
import { classNames } from './class-names.ts'

export interface FieldsetProps {
  legend?: ReactNode
  /** Such as `govuk-fieldset__legend--l`; a page heading legend defaults to large. */
  legendClassName?: string
  /** Puts the legend's text in the page's `<h1>`, for a page with one question. */
  isPageHeading?: boolean
  describedBy?: string | undefined
  role?: 'group'
  className?: string
  children: ReactNode
}

/** GOV.UK fieldset: groups related inputs under a legend. */
export function Fieldset({
  legend,
  legendClassName,
  isPageHeading = false,
  describedBy,
  role,
  className,
  children,
}: FieldsetProps) {
  return (
    <fieldset
      className={classNames('govuk-fieldset', className)}
      role={role}
      aria-describedby={describedBy}
    >
      {legend !== undefined && (
        <legend
          className={classNames(
            'govuk-fieldset__legend',
            legendClassName ?? (isPageHeading ? 'govuk-fieldset__legend--l' : undefined),
          )}
        >
          {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
      )}
      {children}
    </fieldset>
  )
}
