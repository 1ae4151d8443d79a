import type { ReactNode } from 'react'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { FormErrorSummary, type FormErrors } from '../../../lib/form-errors.tsx'

/**
 * A page with a form on a family's record: the way back to the record, the form's error summary,
 * whose details they are (`caption`) and the title, which is the page's title too.
 */
export function FamilyRecordFormPage<F extends string>({
  familyId,
  form,
  caption,
  title,
  children,
}: {
  familyId: string
  form: FormErrors<F>
  caption: ReactNode
  title: string
  children: ReactNode
}) {
  usePageTitle(title, { hasError: form.hasErrors })
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={pathTo(paths.family, { familyId })}>Back to the family record</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  )
}
