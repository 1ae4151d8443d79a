import type { ReactNode } from 'react'
import { usePageTitle } from '../use-page-title.ts'

/** GOV.UK "This link has expired": for an emailed link that is too old or already used. */
export function LinkExpiredPage({ children }: { children: ReactNode }) {
  usePageTitle('This link has expired')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">This link has expired</h1>
        {children}
      </div>
    </div>
  )
}
