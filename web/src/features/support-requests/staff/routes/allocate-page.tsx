import { allocateSchema, roleNames } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useParams } from 'react-router'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Button } from '../../../components/button.tsx'
import { Radios } from '../../../components/radios.tsx'
import { Textarea } from '../../../components/textarea.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useAllocateSupportRequest } from '../api/allocate-support-request.ts'
import { workerQueries } from '../api/find-workers.ts'
import { parseSupportRequestId, supportRequestQueries } from '../api/get-support-request.ts'
import { requestName } from '../components/request-name.ts'
import { openCasesText } from '../components/support-request-words.ts'
import { supportLineNoticeState } from '../components/support-line-notice.tsx'
import {
  ActionNotAllowed,
  BackToRequest,
  useAllowedOnOpen,
  useShowChangeFailure,
} from './request-action.tsx'

const fields = ['workerId', 'reason'] as const

/**
 * `/support-line/requests/:supportRequestId/allocate`: choose the worker for a request, seeing each
 * worker's current caseload, with the reason (optional).
 */
export function AllocatePage() {
  const supportRequestId = parseSupportRequestId(useParams())
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  const allowed = useAllowedOnOpen(request, 'allocate')
  if (!allowed) {
    return <ActionNotAllowed request={request} title="You cannot allocate this request" />
  }
  return <AllocateForm supportRequestId={supportRequestId} />
}

function AllocateForm({ supportRequestId }: { supportRequestId: string }) {
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  const {
    data: { workers },
  } = useSuspenseQuery(workerQueries.list())
  const [values, setValues] = useState({ workerId: request.worker?.id ?? '', reason: '' })
  const form = useFormErrors(fields)
  const allocate = useAllocateSupportRequest(supportRequestId)
  const showFailure = useShowChangeFailure(form, supportRequestId)
  const navigate = useNavigate()
  const title = request.worker === null ? 'Allocate the request' : 'Change the worker'
  usePageTitle(title, { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (allocate.isPending) {
      return
    }
    const parsed = allocateSchema.safeParse({
      version: request.version,
      workerId: values.workerId || undefined,
      reason: values.reason,
    })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    allocate.mutate(parsed.data, {
      onSuccess: () => {
        void navigate(pathTo(paths.supportLineRequest, { supportRequestId }), {
          state: supportLineNoticeState('allocated'),
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
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={submit}>
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
      </div>
    </div>
  )
}
