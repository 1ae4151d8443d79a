import { closeSchema, closureOutcomeNames, closureOutcomes } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useParams } from 'react-router'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Button } from '../../../components/button.tsx'
import { Radios } from '../../../components/radios.tsx'
import { Textarea } from '../../../components/textarea.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useCloseSupportRequest } from '../api/close-support-request.ts'
import { parseSupportRequestId, supportRequestQueries } from '../api/get-support-request.ts'
import { requestName } from '../components/request-name.ts'
import { supportLineNoticeState } from '../components/support-line-notice.tsx'
import {
  ActionNotAllowed,
  BackToRequest,
  useAllowedOnOpen,
  useShowChangeFailure,
} from './request-action.tsx'

const fields = ['outcome', 'reason'] as const

/** `/support-line/requests/:supportRequestId/close`: close a request with its outcome. */
export function ClosePage() {
  const supportRequestId = parseSupportRequestId(useParams())
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  const allowed = useAllowedOnOpen(request, 'close')
  if (!allowed) {
    return <ActionNotAllowed request={request} title="You cannot close this request" />
  }
  return <CloseForm supportRequestId={supportRequestId} />
}

function CloseForm({ supportRequestId }: { supportRequestId: string }) {
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  const [values, setValues] = useState({ outcome: '', reason: '' })
  const form = useFormErrors(fields)
  const close = useCloseSupportRequest(supportRequestId)
  const showFailure = useShowChangeFailure(form, supportRequestId)
  const navigate = useNavigate()
  usePageTitle('Close the request', { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (close.isPending) {
      return
    }
    const parsed = closeSchema.safeParse({
      version: request.version,
      outcome: values.outcome || undefined,
      reason: values.reason,
    })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    close.mutate(parsed.data, {
      onSuccess: () => {
        void navigate(pathTo(paths.supportLineRequest, { supportRequestId }), {
          state: supportLineNoticeState('closed'),
        })
      },
      onError: showFailure,
    })
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackToRequest supportRequestId={supportRequestId} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">
          Request {request.reference}: {requestName(request)}
        </span>
        <h1 className="govuk-heading-l">Close the request</h1>
        <form noValidate onSubmit={submit}>
          <Radios
            name="outcome"
            legend="What was the outcome?"
            legendClassName="govuk-fieldset__legend--m"
            value={values.outcome}
            errorMessage={form.errorFor('outcome')}
            onChange={(outcome) => {
              setValues({ ...values, outcome })
            }}
            items={closureOutcomes.map((outcome) => ({
              value: outcome,
              label: closureOutcomeNames[outcome],
            }))}
          />
          <Textarea
            name="reason"
            label="Closing summary (optional)"
            labelClassName="govuk-label--m"
            hint="What support was given, and anything the team should know if they get in touch again."
            value={values.reason}
            errorMessage={form.errorFor('reason')}
            onChange={(event) => {
              setValues({ ...values, reason: event.target.value })
            }}
          />
          <Button>Close request</Button>
        </form>
      </div>
    </div>
  )
}
