import type { ReactNode } from 'react'

export interface PanelProps {
  title: ReactNode
  children?: ReactNode
  headingLevel?: 1 | 2 | 3
}

/** GOV.UK confirmation panel: the heading of a page that says something is done. */
export function Panel({ title, children, headingLevel = 1 }: PanelProps) {
  const Heading = `h${String(headingLevel)}` as 'h1'
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <Heading className="govuk-panel__title">{title}</Heading>
      {children !== undefined && <div className="govuk-panel__body">{children}</div>}
    </div>
  )
}
