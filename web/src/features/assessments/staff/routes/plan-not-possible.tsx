import type { ReactNode } from 'react'
import type { AppHref } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'

/**
 * A plan page whose form cannot be used as things are (the plan is closed, say): the page's
 * heading, why, and a way back. The BFF would refuse the change; the page says so first.
 */
export function PlanNotPossible({
  caption,
  title,
  backHref,
  backText,
  children,
}: {
  caption: string
  title: string
  backHref: AppHref
  backText: string
  children: ReactNode
}) {
  usePageTitle(title)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={backHref}>{backText}</BackLink>
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  )
}
