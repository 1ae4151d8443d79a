import type { FormEvent, ReactNode } from 'react'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { FormErrorSummary, type FormErrors } from '../../../../lib/form-errors.tsx'

export interface QuestionLayoutProps<F extends string> {
  /** The page's title: the question. */
  title: string
  backHref: string
  form: FormErrors<F>
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  /** The question, with its heading (a legend or label as the page's `<h1>`). */
  children: ReactNode
}

/** A question page of "Ask for support": back link, error summary, caption, question, Continue. */
export function QuestionLayout<F extends string>({
  title,
  backHref,
  form,
  onSubmit,
  children,
}: QuestionLayoutProps<F>) {
  usePageTitle(title, { hasError: form.hasErrors })
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={backHref} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Ask for support</span>
        <form noValidate onSubmit={onSubmit}>
          {children}
          <Button>Continue</Button>
        </form>
      </div>
    </div>
  )
}
