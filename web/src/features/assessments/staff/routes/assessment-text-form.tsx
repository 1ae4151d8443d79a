import type { StaffAssessment } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery, type UseMutationResult } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useParams } from 'react-router'
import type { z } from 'zod'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { parseAssessmentId } from '../api/assessment-staff-keys.ts'
import { assessmentQueries } from '../api/get-assessment.ts'
import {
  assessmentNoticeState,
  type AssessmentNoticeName,
} from '../components/assessment-notice.tsx'
import type { AssessmentAction } from '../components/assessment-words.ts'

/** The assessment a form page changes, with what may be done to it now. */
export function useAssessmentToChange() {
  const assessmentId = parseAssessmentId(useParams())
  const { data: assessment } = useSuspenseQuery(assessmentQueries.detail(assessmentId))
  return assessment
}

/** After a 409 (someone else changed the assessment): their version, so the next try is made on it. */
export function useReloadAssessment(assessmentId: string) {
  const queryClient = useQueryClient()
  return () =>
    queryClient.invalidateQueries({ queryKey: assessmentQueries.detail(assessmentId).queryKey })
}

/** A form page whose action the assessment no longer allows (it moved on): says so, and goes back. */
export function ActionNotAllowed({
  assessment,
  title,
}: {
  assessment: StaffAssessment
  title: string
}) {
  usePageTitle(title)
  const assessmentHref = pathTo(paths.needsAssessment, { assessmentId: assessment.id })
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={assessmentHref}>Back to the assessment</BackLink>
        <span className="govuk-caption-l">Assessment of need: {assessment.subjectName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">You cannot do this now.</p>
        <p className="govuk-body">
          <Link to={assessmentHref}>See where the assessment is and what you can do</Link>
        </p>
      </div>
    </div>
  )
}

interface TextFormProps<F extends string, Body> {
  /** The action in the BFF's `allowedActions` that this page does. */
  action: AssessmentAction
  field: F
  /** The page's question: its `<h1>` unless the page has a `heading` of its own. */
  title: string
  hint?: ReactNode
  /** The page's `<h1>` when the question is not, with what comes before the field (a warning). */
  heading?: { text: string; before: ReactNode }
  schema: z.ZodType<Body>
  mutation: UseMutationResult<StaffAssessment, Error, Body>
  button: string
  notice: AssessmentNoticeName
}

/**
 * A page of one textarea that changes the assessment at its version (return, propose, decide,
 * withdraw): the contract's schema, the GOV.UK error summary, a 409 in the API's words with the
 * latest version loaded, and back to the assessment with a banner once saved.
 */
export function AssessmentTextForm<F extends string, Body>({
  action,
  field,
  title,
  hint,
  heading,
  schema,
  mutation,
  button,
  notice,
}: TextFormProps<F, Body>) {
  const assessment = useAssessmentToChange()
  const [text, setText] = useState('')
  const form = useFormErrors([field] as const)
  const assessmentHref = pathTo(paths.needsAssessment, { assessmentId: assessment.id })

  const { onSubmit } = useFormSubmit(form, {
    schema,
    values: () => ({ version: assessment.version, [field]: text }),
    mutation,
    navigateTo: () => ({ to: assessmentHref, state: assessmentNoticeState(notice) }),
    reloadAfterConflict: useReloadAssessment(assessment.id),
  })
  const pageTitle = heading?.text ?? title
  usePageTitle(pageTitle, { hasError: form.hasErrors })

  if (!assessment.allowedActions.includes(action)) {
    return <ActionNotAllowed assessment={assessment} title={pageTitle} />
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={assessmentHref}>Back to the assessment</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Assessment of need: {assessment.subjectName}</span>
        <form noValidate onSubmit={onSubmit}>
          {heading !== undefined && (
            <>
              <h1 className="govuk-heading-l">{heading.text}</h1>
              {heading.before}
            </>
          )}
          <Textarea
            name={field}
            label={title}
            labelClassName={heading === undefined ? 'govuk-label--l' : 'govuk-label--m'}
            isPageHeading={heading === undefined}
            hint={hint}
            rows={10}
            value={text}
            errorMessage={form.errorFor(field)}
            onChange={(event) => {
              setText(event.target.value)
            }}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>{button}</Button>
            <Link to={assessmentHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
