import { withdrawSchema } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { mySupportRequestQueries, parseSupportRequestId } from '../api/get-my-support-request.ts'
import { useWithdrawMySupportRequest } from '../api/withdraw-my-support-request.ts'
import { CharacterCount } from '../../../../components/character-count.tsx'
import { useShowRequestError, withdrawnState } from './request-error.ts'

/**
 * `/support/requests/:supportRequestId/withdraw`: confirm withdrawing a request, with a reason if
 * they want to give one. The version they saw goes with it; if the team changed the request
 * meanwhile, the page says so and loads it as it is now.
 */
export function WithdrawSupportRequestPage() {
  const supportRequestId = parseSupportRequestId(useParams())
  const { data: request } = useSuspenseQuery(mySupportRequestQueries.detail(supportRequestId))
  const [reason, setReason] = useState('')
  const form = useFormErrors(['reason'] as const)
  const requestHref = pathTo(paths.mySupportRequest, { supportRequestId })
  const showRequestError = useShowRequestError(supportRequestId)
  const { onSubmit } = useFormSubmit(form, {
    schema: withdrawSchema,
    values: () => ({ version: request.version, reason }),
    mutation: useWithdrawMySupportRequest(supportRequestId),
    navigateTo: () => ({ to: requestHref, state: withdrawnState() }),
    onError: (error) => {
      showRequestError(form, error, 'Your request has not been withdrawn.')
    },
  })
  const title = request.canWithdraw
    ? 'Are you sure you want to withdraw this request?'
    : 'You cannot withdraw this request'
  usePageTitle(title, { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={requestHref}>Back to your request</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Request {request.reference}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {request.canWithdraw ? (
          <>
            <p className="govuk-body">
              If you withdraw it, your support team will stop working on it. You can ask for support
              again at any time.
            </p>
            <form noValidate onSubmit={onSubmit}>
              <CharacterCount
                name="reason"
                label="Why are you withdrawing it? (optional)"
                labelClassName="govuk-label--m"
                hint="This helps your support team understand what has changed."
                rows={4}
                maxLength={1000}
                value={reason}
                errorMessage={form.errorFor('reason')}
                onChange={(event) => {
                  setReason(event.target.value)
                }}
              />
              <div className="govuk-button-group">
                <Button variant="warning">Withdraw request</Button>
                <Link to={requestHref}>Cancel</Link>
              </div>
            </form>
          </>
        ) : (
          <p className="govuk-body">
            It is {request.statusText.toLowerCase()}. <Link to={requestHref}>Go back to it</Link>.
          </p>
        )}
      </div>
    </div>
  )
}
