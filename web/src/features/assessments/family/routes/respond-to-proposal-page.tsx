import { respondToProposalSchema } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Navigate, useParams } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { CharacterCount } from '../../../../components/character-count.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { formatDate } from '../../../../lib/dates.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { myAssessmentQueries, parseAssessmentId } from '../api/get-my-assessments.ts'
import { useRespondToProposal } from '../api/respond-to-proposal.ts'
import { assessmentHeading } from '../components/assessment-words.ts'
import { respondedState } from './assessment-notice.ts'

/** The most `respondToProposalSchema` lets them write, as the character count counts it. */
const maxRepresentationsLength = 20_000

/**
 * `/assessments/:assessmentId/respond`: what we propose again, then "Do you agree?". Agreeing
 * needs nothing more; disagreeing opens a box for what they want to tell us, in their own words.
 * The loader lets them here only while a response is waited for. A refusal (409: the response is
 * no longer waited for) shows the API's words and keeps what they wrote.
 */
export function RespondToProposalPage() {
  const assessmentId = parseAssessmentId(useParams())
  const {
    data: { assessments },
  } = useSuspenseQuery(myAssessmentQueries.list())
  const assessment = assessments.find((item) => item.id === assessmentId)
  const queryClient = useQueryClient()
  const [response, setResponse] = useState('')
  const [representations, setRepresentations] = useState('')
  const form = useFormErrors(['response', 'representations'] as const)
  const { onSubmit, isPending } = useFormSubmit(form, {
    schema: respondToProposalSchema,
    values: () => ({
      response: response === '' ? undefined : response,
      representations: response === 'representations' ? representations : undefined,
    }),
    mutation: useRespondToProposal(assessmentId),
    navigateTo: () => ({ to: paths.myAssessments, state: respondedState() }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        // A response is no longer waited for: their assessments will say where it is now.
        form.showErrors({}, [error.message])
        void queryClient.invalidateQueries({
          queryKey: myAssessmentQueries.all(),
          refetchType: 'none',
        })
      } else if (error instanceof ApiError && error.status < 500) {
        form.showApiError(error)
      } else {
        // A lost connection or a problem of ours: say so here, so that nothing written is lost.
        form.showErrors({}, [
          'Sorry, there is a problem with the service. Your response has not been sent. Try again.',
        ])
      }
    },
  })
  usePageTitle('Respond to what we propose', { hasError: form.hasErrors })

  if (assessment === undefined) {
    // Gone from their list since the page opened: their assessments say where things are.
    return <Navigate to={paths.myAssessments} replace />
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.myAssessments}>Back</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l app-break-words">{assessmentHeading(assessment)}</span>
        <h1 className="govuk-heading-l">Respond to what we propose</h1>

        <h2 className="govuk-heading-m">What we propose</h2>
        {assessment.proposal !== null && (
          <InsetText>
            <MultilineText text={assessment.proposal} />
          </InsetText>
        )}
        {assessment.responseDueOn !== null && (
          <p className="govuk-body">
            You have until {formatDate(assessment.responseDueOn)} to tell us what you think. If we
            do not hear from you by then, we will make our decision without your response.
          </p>
        )}

        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="response"
            legend="Do you agree with what we propose?"
            legendClassName="govuk-fieldset__legend--m"
            value={response}
            errorMessage={form.errorFor('response')}
            onChange={setResponse}
            items={[
              { value: 'agreed', label: 'Yes, I agree' },
              {
                value: 'representations',
                label: 'No, I want to tell you something',
                conditional: (
                  <CharacterCount
                    name="representations"
                    label="What do you want to tell us?"
                    hint="For example, what you do not agree with and why, or support you think you or your family need."
                    rows={8}
                    maxLength={maxRepresentationsLength}
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
            <Button preventDoubleClick disabled={isPending}>
              Send your response
            </Button>
            <Link to={paths.myAssessments}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
