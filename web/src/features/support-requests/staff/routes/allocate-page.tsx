import { allocateSchema, roleNames } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button } from '../../../../components/button.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { useFormErrors } from '../../../../lib/form-errors.tsx'
import { useAllocateSupportRequest } from '../api/allocate-support-request.ts'
import { workerQueries } from '../api/find-workers.ts'
import { supportRequestQueries } from '../api/get-support-request.ts'
import { openCasesText } from '../components/support-request-words.ts'
import { IfActionAllowed, RequestActionLayout, useRequestActionSubmit } from './request-action.tsx'

const fields = ['workerId', 'reason'] as const

/**
 * `/support-line/requests/:supportRequestId/allocate`: choose the worker for a request, seeing each
 * worker's current caseload, with the reason (optional).
 */
export function AllocatePage() {
  return (
    <IfActionAllowed action="allocate" notAllowedTitle="You cannot allocate this request">
      {(supportRequestId) => <AllocateForm supportRequestId={supportRequestId} />}
    </IfActionAllowed>
  )
}

function AllocateForm({ supportRequestId }: { supportRequestId: string }) {
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  const {
    data: { workers },
  } = useSuspenseQuery(workerQueries.list())
  const [values, setValues] = useState({ workerId: request.worker?.id ?? '', reason: '' })
  const form = useFormErrors(fields)
  const { onSubmit } = useRequestActionSubmit(form, supportRequestId, 'allocated', {
    schema: allocateSchema,
    values: () => ({
      version: request.version,
      workerId: values.workerId || undefined,
      reason: values.reason,
    }),
    mutation: useAllocateSupportRequest(supportRequestId),
  })

  return (
    <RequestActionLayout
      request={request}
      form={form}
      title={request.worker === null ? 'Allocate the request' : 'Change the worker'}
    >
      <form noValidate onSubmit={onSubmit}>
        {workers.length === 0 ? (
          <p className="govuk-body">
            There is no one to allocate this request to. Ask an administrator to check the team’s
            staff accounts.
          </p>
        ) : (
          <Radios
            name="workerId"
            legend="Who should work on this request?"
            legendClassName="govuk-fieldset__legend--m"
            hint="Each worker’s open cases are shown, to help share the work fairly."
            value={values.workerId}
            errorMessage={form.errorFor('workerId')}
            onChange={(workerId) => {
              setValues({ ...values, workerId })
            }}
            items={workers.map((worker) => ({
              value: worker.id,
              label: `${worker.name} — ${openCasesText(worker.openCases)}`,
              hint:
                worker.id === request.worker?.id
                  ? `${roleNames[worker.role]}. Working on this request now`
                  : roleNames[worker.role],
            }))}
          />
        )}
        <Textarea
          name="reason"
          label="Reason (optional)"
          labelClassName="govuk-label--m"
          hint="For example, they know the family already."
          value={values.reason}
          errorMessage={form.errorFor('reason')}
          onChange={(event) => {
            setValues({ ...values, reason: event.target.value })
          }}
        />
        <Button>Allocate</Button>
      </form>
    </RequestActionLayout>
  )
}
