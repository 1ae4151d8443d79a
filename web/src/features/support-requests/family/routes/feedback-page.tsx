import { feedbackRatingNames, feedbackRatings, leaveFeedbackSchema } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { CharacterCount } from '../../../../components/character-count.tsx'
import { Link } from '../../../../components/link.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { mySupportRequestQueries, parseSupportRequestId } from '../api/get-my-support-request.ts'
import { useLeaveMyFeedback } from '../api/leave-my-feedback.ts'
import { feedbackLeftState, useShowRequestError } from './request-error.ts'

/**
 * `/support/requests/:supportRequestId/feedback`: once a request is closed, how satisfied they
 * were with the support and how it could be better, once. Reports count it (ADR 0022).
 */
export function FeedbackPage() {
  const supportRequestId = parseSupportRequestId(useParams())
  const { data: request } = useSuspenseQuery(mySupportRequestQueries.detail(supportRequestId))
  const [rating, setRating] = useState<string | undefined>(undefined)
  const [comment, setComment] = useState('')
  const form = useFormErrors(['rating', 'comment'] as const)
  const requestHref = pathTo(paths.mySupportRequest, { supportRequestId })
  const showRequestError = useShowRequestError(supportRequestId)
  const { onSubmit } = useFormSubmit(form, {
    schema: leaveFeedbackSchema,
    values: () => ({ rating, comment }),
    mutation: useLeaveMyFeedback(supportRequestId),
    navigateTo: () => ({ to: requestHref, state: feedbackLeftState() }),
    onError: (error) => {
      showRequestError(form, error, 'Your feedback has not been sent.')
    },
  })
  const title = request.canLeaveFeedback
    ? 'How satisfied were you with the support?'
    : 'You cannot give feedback on this request'
  usePageTitle(title, { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={requestHref}>Back to your request</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Request {request.reference}</span>
        {request.canLeaveFeedback ? (
          <form noValidate onSubmit={onSubmit}>
            <Radios
              name="rating"
              legend={title}
              legendClassName="govuk-fieldset__legend--l"
              isPageHeading
              hint="Your answer helps us improve the service. Your support worker sees it with your request."
              items={feedbackRatings.map((value) => ({
                value,
                label: feedbackRatingNames[value],
              }))}
              value={rating}
              errorMessage={form.errorFor('rating')}
              onChange={setRating}
            />
            <CharacterCount
              name="comment"
              label="How could we improve the support? (optional)"
              labelClassName="govuk-label--m"
              rows={5}
              maxLength={1200}
              value={comment}
              errorMessage={form.errorFor('comment')}
              onChange={(event) => {
                setComment(event.target.value)
              }}
            />
            <div className="govuk-button-group">
              <Button>Send feedback</Button>
              <Link to={requestHref}>Cancel</Link>
            </div>
          </form>
        ) : (
          <>
            <h1 className="govuk-heading-l">{title}</h1>
            <p className="govuk-body">
              {request.feedback
                ? 'You have already told us how satisfied you were.'
                : 'You can give feedback once your request is closed.'}{' '}
              <Link to={requestHref}>Go back to your request</Link>.
            </p>
          </>
        )}
      </div>
    </div>
  )
}
