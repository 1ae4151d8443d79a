import type { ReactNode } from 'react'
import type { AppHref } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Link } from '../../../../components/link.tsx'

/**
 * What an application's page for a step, a change or a renewal says when the reader may not do it
 * with the application as it is now (the BFF's `allowedActions`), with the way back to it.
 */
export function NotPossible({
  caption,
  title,
  applicationHref,
  children = 'You cannot do this with the application as it is now.',
}: {
  caption: string
  title: string
  applicationHref: AppHref
  children?: ReactNode
}) {
  usePageTitle(title)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={applicationHref}>Back to the application</BackLink>
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{children}</p>
        <p className="govuk-body">
          <Link to={applicationHref}>Go back to the application</Link>
        </p>
      </div>
    </div>
  )
}
