import type { ReactNode } from 'react'

export interface SkipLinkProps {
  /** The id of the element to skip to, with its `#`. */
  href?: `#${string}`
  children?: ReactNode
  inert?: boolean
}

/** GOV.UK skip link: the first focusable element on every page. */
export function SkipLink({
  href = '#main-content',
  children = 'Skip to main content',
  inert,
}: SkipLinkProps) {
  return (
    <a href={href} className="govuk-skip-link" data-module="govuk-skip-link" inert={inert}>
      {children}
    </a>
  )
}
