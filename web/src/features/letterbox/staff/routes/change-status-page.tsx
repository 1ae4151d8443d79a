import { changeAgreementStatusSchema } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { fieldErrorsOf, FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useChangeAgreementStatus } from '../api/change-agreement-status.ts'
import { contactAgreementQueries } from '../api/get-contact-agreement.ts'
import { parseAgreementId } from '../api/letterbox-staff-keys.ts'
import { letterboxStaffNoticeState } from '../components/letterbox-staff-notice.tsx'

const fields = ['status', 'pausedReason', 'endedReason'] as const
type Field = (typeof fields)[number]

/**
 * `/contact-agreements/:agreementId/status`: pause contact, end it, or start it again, saying why
 * when it stops. Writing is open only while an agreement is active.
 */
export function ChangeStatusPage() {
  const agreementId = parseAgreementId(useParams())
  const { data: agreement } = useSuspenseQuery(contactAgreementQueries.detail(agreementId))
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<string>(agreement.status)
  const [reasons, setReasons] = useState({ paused: '', ended: '' })
  const form = useFormErrors(fields)
  const agreementHref = pathTo(paths.contactAgreement, { agreementId })
  const reasonField: Field = status === 'ended' ? 'endedReason' : 'pausedReason'

  function errorsOf(fieldErrors: Record<string, string>) {
    const errors: Partial<Record<Field, string>> = {}
    const problems: string[] = []
    for (const [path, message] of Object.entries(fieldErrors)) {
      if (path === 'status') {
        errors.status = message
      } else if (path === 'reason') {
        errors[reasonField] = message
      } else {
        problems.push(message)
      }
    }
    return { errors, problems }
  }

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const parsed = changeAgreementStatusSchema.safeParse({
        version: agreement.version,
        status: status || undefined,
        reason: status === 'paused' || status === 'ended' ? reasons[status] : undefined,
      })
      if (!parsed.success) {
        const { errors, problems } = errorsOf(fieldErrorsOf(parsed.error))
        form.showErrors(errors, problems)
        return undefined
      }
      return parsed.data
    },
    mutation: useChangeAgreementStatus(agreementId),
    navigateTo: () => ({ to: agreementHref, state: letterboxStaffNoticeState('statusChanged') }),
    reloadAfterConflict: () =>
      queryClient.invalidateQueries({
        queryKey: contactAgreementQueries.detail(agreementId).queryKey,
      }),
    onError: (error) => {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        const { errors, problems } = errorsOf(error.fieldErrors)
        form.showErrors(errors, problems)
        return
      }
      form.showApiError(error)
    },
  })
  usePageTitle('Change the status of the agreement', { hasError: form.hasErrors })

  const reason = (which: 'paused' | 'ended', label: string) => (
    <Textarea
      name={`${which}Reason`}
      label={label}
      hint="This is kept on the agreement’s record."
      value={reasons[which]}
      errorMessage={form.errorFor(`${which}Reason`)}
      onChange={(event) => {
        setReasons({ ...reasons, [which]: event.target.value })
      }}
    />
  )

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={agreementHref}>Back to the contact agreement</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Contact agreement for {agreement.childName}</span>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="status"
            legend="Change the status of the agreement"
            legendClassName="govuk-fieldset__legend--l"
            isPageHeading
            hint="Families and birth relatives can write only while the agreement is active."
            value={status}
            errorMessage={form.errorFor('status')}
            onChange={setStatus}
            items={[
              { value: 'active', label: 'Active', hint: 'Letters are written and reminders sent.' },
              {
                value: 'paused',
                label: 'Paused',
                hint: 'No letters for now. It can be made active again.',
                conditional: reason('paused', 'Why is contact paused?'),
              },
              {
                value: 'ended',
                label: 'Ended',
                conditional: reason('ended', 'Why did contact end?'),
              },
            ]}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>Save status</Button>
            <Link to={agreementHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
