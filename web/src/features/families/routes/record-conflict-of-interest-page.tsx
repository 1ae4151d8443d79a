import { recordConflictSchema, roleNames, type Role } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { Button } from '../../../components/button.tsx'
import { Select } from '../../../components/select.tsx'
import { Textarea } from '../../../components/textarea.tsx'
import { useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { staffQueries, useRecordConflictOfInterest } from '../../administration/index.ts'
import { useSignedInSession } from '../../session/index.ts'
import { familyQueries, parseFamilyId } from '../api/get-family.ts'
import { FamilyRecordFormPage } from '../components/family-record-form-page.tsx'
import { familyName } from '../components/family-summary.tsx'
import { caseStaffRoles } from './family-roles.ts'

const fields = ['staffUserId', 'reason'] as const

/**
 * `/families/:familyId/conflicts-of-interest/new`: record that a member of staff must not reach
 * this family's records, such as a relative or a neighbour of the family. An action on the family's
 * record; the conflict itself is administration's (`POST /api/conflicts-of-interest`).
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
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const familyHref = pathTo(paths.family, { familyId })
  const { onSubmit } = useFormSubmit(form, {
    schema: recordConflictSchema,
    values: () => ({
      staffUserId: values.staffUserId || undefined,
      familyId,
      reason: values.reason,
    }),
    mutation: useRecordConflictOfInterest(),
    onSuccess: (_recorded, { staffUserId }) => {
      if (staffUserId === user.id) {
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
  })
  const caseStaff = staff.filter((member) =>
    (caseStaffRoles as readonly Role[]).includes(member.role),
  )

  return (
    <FamilyRecordFormPage
      familyId={familyId}
      form={form}
      caption={familyName(family)}
      title="Record a conflict of interest"
    >
      <p className="govuk-body">
        Record a conflict of interest when a member of staff knows this family personally, or should
        not work on its case for another reason. Once it is recorded, they will not be able to see
        this family’s record or find the family in a search.
      </p>
      <form noValidate onSubmit={onSubmit}>
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
    </FamilyRecordFormPage>
  )
}
