import type { ReactNode } from 'react'

/** GOV.UK inset text: a quotation, example or note that stands apart from the text around it. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>
}
