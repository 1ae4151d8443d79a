import { recordConflictSchema, roleNames, type Role } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { Select } from '../../../components/select.tsx'
import { Textarea } from '../../../components/textarea.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useSignedInSession } from '../../auth/api/get-session.ts'
import { familyQueries, parseFamilyId } from '../../families/api/get-family.ts'
import { familyName } from '../../families/components/family-summary.tsx'
import { staffQueries } from '../api/find-staff.ts'
import { useRecordConflictOfInterest } from '../api/record-conflict-of-interest.ts'

const fields = ['staffUserId', 'reason'] as const

/** Staff who work on cases: administrators never reach a family's record anyway. */
const caseStaffRoles: readonly Role[] = ['duty_officer', 'support_worker', 'team_manager']

/**
 * `/families/:familyId/conflicts-of-interest/new`: record that a member of staff must not reach
 * this family's records, such as a relative or a neighbour of the family.
 */
export function RecordConflictOfInterestPage() {
  const familyId = parseFamilyId(useParams())
  const { data: family } = useSuspenseQuery(familyQueries.detail(familyId))
  const {
    data: { staff },
  } = useSuspenseQuery(staffQueries.list())
  const { user } = useSignedInSession()
  const [values, setValues] = useState({ staffUserId: '', reason: '' })
  const form = useFormErrors(fields)
  const recordConflict = useRecordConflictOfInterest()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const familyHref = pathTo(paths.family, { familyId })
  usePageTitle('Record a conflict of interest', { hasError: form.hasErrors })
  const caseStaff = staff.filter((member) => caseStaffRoles.includes(member.role))

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (recordConflict.isPending) {
      return
    }
    const parsed = recordConflictSchema.safeParse({
      staffUserId: values.staffUserId || undefined,
      familyId,
      reason: values.reason,
    })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    recordConflict.mutate(parsed.data, {
      onSuccess: () => {
        if (parsed.data.staffUserId === user.id) {
          // They can no longer see the record themselves: forget it once they have left it.
          void Promise.resolve(
            navigate(paths.home, { state: noticeState('conflict-recorded') }),
          ).then(() => {
            queryClient.removeQueries({ queryKey: familyQueries.detail(familyId).queryKey })
          })
        } else {
          void navigate(familyHref, { state: noticeState('conflict-recorded') })
        }
      },
      onError: (error) => {
        form.showApiError(error)
      },
    })
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={familyHref}>Back to the family record</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{familyName(family)}</span>
        <h1 className="govuk-heading-l">Record a conflict of interest</h1>
        <p className="govuk-body">
          Record a conflict of interest when a member of staff knows this family personally, or
          should not work on its case for another reason. Once it is recorded, they will not be able
          to see this family’s record or find the family in a search.
        </p>
        <form noValidate onSubmit={submit}>
          <Select
            name="staffUserId"
            label="Member of staff"
            labelClassName="govuk-label--m"
            value={values.staffUserId}
            errorMessage={form.errorFor('staffUserId')}
            onChange={(event) => {
              setValues({ ...values, staffUserId: event.target.value })
            }}
            options={[
              { value: '', text: 'Select a member of staff' },
              ...caseStaff.map((member) => ({
                value: member.id,
                text: `${member.name} (${roleNames[member.role]})`,
              })),
            ]}
          />
          <Textarea
            name="reason"
            label="Reason"
            labelClassName="govuk-label--m"
            hint="For example, they are related to one of the adoptive parents. Write no more than the team needs to know."
            value={values.reason}
            errorMessage={form.errorFor('reason')}
            onChange={(event) => {
              setValues({ ...values, reason: event.target.value })
            }}
          />
          <Button>Record conflict of interest</Button>
        </form>
      </div>
    </div>
  )
}
