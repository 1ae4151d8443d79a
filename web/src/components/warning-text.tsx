import type { ReactNode } from 'react'

export interface WarningTextProps {
  children: ReactNode
  /** Read before the warning by screen readers. */
  iconFallbackText?: string
}

/** GOV.UK warning text: an important consequence the user must not miss. */
export function WarningText({ children, iconFallbackText = 'Warning' }: WarningTextProps) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span>
        {children}
      </strong>
    </div>
  )
}
