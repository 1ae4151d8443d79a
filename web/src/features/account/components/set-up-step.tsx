import type { ReactNode, Ref } from 'react'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { FormErrorSummary, type FormErrors } from '../../../lib/form-errors.tsx'

/**
 * One step of setting up the second factor, all at one address: a back link to the step before
 * (`onBack`, when there is one), the form's error summary, and the title, which takes focus when
 * the step changes (`headingRef`) and is the page's title too.
 */
export function SetUpStep<F extends string>({
  headingRef,
  title,
  form,
  onBack,
  children,
}: {
  headingRef: Ref<HTMLHeadingElement>
  title: string
  form: FormErrors<F>
  onBack?: (() => void) | undefined
  children: ReactNode
}) {
  usePageTitle(title, { hasError: form.hasErrors })
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {onBack && (
          <BackLink
            href={paths.setUpSecurity}
            onClick={(event) => {
              event.preventDefault()
              onBack()
            }}
          />
        )}
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l" ref={headingRef}>
          {title}
        </h1>
        {children}
      </div>
    </div>
  )
}
