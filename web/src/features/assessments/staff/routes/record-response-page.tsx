import { recordResponseSchema } from '@asp/bff/contract'
import { useState } from 'react'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useRecordProposalResponse } from '../api/record-proposal-response.ts'
import { assessmentNoticeState } from '../components/assessment-notice.tsx'
import {
  ActionNotAllowed,
  useAssessmentToChange,
  useReloadAssessment,
} from './assessment-text-form.tsx'

const fields = ['response', 'representations'] as const
const title = 'How did the family respond?'

/**
 * `/needs-assessments/:assessmentId/response`: record the family's response to the proposed
 * decision that came by post or phone: they agreed, or made representations (in their words).
 */
export function RecordResponsePage() {
  const assessment = useAssessmentToChange()
  const [response, setResponse] = useState('')
  const [representations, setRepresentations] = useState('')
  const form = useFormErrors(fields)
  const assessmentHref = pathTo(paths.needsAssessment, { assessmentId: assessment.id })

  const { onSubmit } = useFormSubmit(form, {
    schema: recordResponseSchema,
    values: () => ({
      version: assessment.version,
      response: response === '' ? undefined : response,
      ...(response === 'representations' ? { representations } : {}),
    }),
    mutation: useRecordProposalResponse(assessment.id),
    navigateTo: () => ({ to: assessmentHref, state: assessmentNoticeState('responseRecorded') }),
    reloadAfterConflict: useReloadAssessment(assessment.id),
  })
  usePageTitle(title, { hasError: form.hasErrors })

  if (!assessment.allowedActions.includes('recordResponse')) {
    return <ActionNotAllowed assessment={assessment} title={title} />
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={assessmentHref}>Back to the assessment</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Assessment of need: {assessment.subjectName}</span>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="response"
            legend={title}
            legendClassName="govuk-fieldset__legend--l"
            isPageHeading
            hint="Record a response that came by post, email or phone. Families who use the portal respond there."
            value={response}
            errorMessage={form.errorFor('response')}
            onChange={setResponse}
            items={[
              { value: 'agreed', label: 'They agreed with the proposed decision' },
              {
                value: 'representations',
                label: 'They made representations',
                hint: 'They disagree with some of it, or want to add something.',
                conditional: (
                  <Textarea
                    name="representations"
                    label="The family’s representations"
                    hint="In their words, as far as you can."
                    value={representations}
                    errorMessage={form.errorFor('representations')}
                    onChange={(event) => {
                      setRepresentations(event.target.value)
                    }}
                  />
                ),
              },
            ]}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>Record the response</Button>
            <Link to={assessmentHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
