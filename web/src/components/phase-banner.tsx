import type { ReactNode } from 'react'
import { Tag } from './tag.tsx'

export interface PhaseBannerProps {
  /** The phase, such as "Beta". */
  tag: string
  /** The sentence beside the tag, usually with a feedback link. */
  children: ReactNode
}

/** GOV.UK phase banner. It carries its own width container, as in GOV.UK Frontend v6. */
export function PhaseBanner({ tag, children }: PhaseBannerProps) {
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <Tag className="govuk-phase-banner__content__tag">{tag}</Tag>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  )
}
