import { closeSchema, closureOutcomeNames, closureOutcomes } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button } from '../../../../components/button.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { useFormErrors } from '../../../../lib/form-errors.tsx'
import { useCloseSupportRequest } from '../api/close-support-request.ts'
import { supportRequestQueries } from '../api/get-support-request.ts'
import { IfActionAllowed, RequestActionLayout, useRequestActionSubmit } from './request-action.tsx'

const fields = ['outcome', 'reason'] as const

/** `/support-line/requests/:supportRequestId/close`: close a request with its outcome. */
export function ClosePage() {
  return (
    <IfActionAllowed action="close" notAllowedTitle="You cannot close this request">
      {(supportRequestId) => <CloseForm supportRequestId={supportRequestId} />}
    </IfActionAllowed>
  )
}

function CloseForm({ supportRequestId }: { supportRequestId: string }) {
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  const [values, setValues] = useState({ outcome: '', reason: '' })
  const form = useFormErrors(fields)
  const { onSubmit } = useRequestActionSubmit(form, supportRequestId, 'closed', {
    schema: closeSchema,
    values: () => ({
      version: request.version,
      outcome: values.outcome || undefined,
      reason: values.reason,
    }),
    mutation: useCloseSupportRequest(supportRequestId),
  })

  return (
    <RequestActionLayout request={request} form={form} title="Close the request">
      <form noValidate onSubmit={onSubmit}>
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
    </RequestActionLayout>
  )
}
