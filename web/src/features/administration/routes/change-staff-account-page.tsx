import { roleNames, staffRoles, updateStaffMemberSchema, type StaffMember } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { Checkboxes } from '../../../components/checkboxes.tsx'
import { LocalAuthorityCheckboxes } from '../../../components/local-authority-checkboxes.tsx'
import { Radios } from '../../../components/radios.tsx'
import { SummaryList } from '../../../components/summary-list.tsx'
import { WarningText } from '../../../components/warning-text.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { useSignedInSession } from '../../session/index.ts'
import { localAuthorityQueries } from '../api/find-local-authorities.ts'
import { getStaffMemberById, parseStaffUserId, staffQueries } from '../api/find-staff.ts'
import { useUpdateStaffMember } from '../api/update-staff-member.ts'

const fields = ['role', 'localAuthorityIds', 'disabled'] as const

interface Values {
  role: string
  localAuthorityIds: string[]
  disabled: boolean
}

function valuesOf(member: StaffMember): Values {
  return {
    role: member.role,
    localAuthorityIds: member.localAuthorities.map((localAuthority) => localAuthority.id),
    disabled: member.disabled,
  }
}

/**
 * `/staff/:userId`: an administrator changes a member of staff's role and local authorities, or
 * disables their account. The account's version goes with the change; if someone else changed it
 * first, the page says so and shows their version to start again from.
 */
export function ChangeStaffAccountPage() {
  const userId = parseStaffUserId(useParams())
  const {
    data: { staff },
  } = useSuspenseQuery(staffQueries.list())
  const {
    data: { localAuthorities },
  } = useSuspenseQuery(localAuthorityQueries.list())
  const member = getStaffMemberById(staff, userId)
  const { user } = useSignedInSession()
  const [values, setValues] = useState(() => valuesOf(member))
  const form = useFormErrors(fields)
  const queryClient = useQueryClient()
  const isOwnAccount = user.id === member.id
  const { onSubmit } = useFormSubmit(form, {
    schema: updateStaffMemberSchema,
    values: () => ({
      version: member.version,
      role: values.role || undefined,
      localAuthorityIds: values.localAuthorityIds,
      disabled: values.disabled,
    }),
    mutation: useUpdateStaffMember(userId),
    navigateTo: () => ({ to: paths.staffAccounts, state: noticeState('staff-account-updated') }),
    reloadAfterConflict: async () => {
      const latest = await queryClient.fetchQuery({ ...staffQueries.list(), staleTime: 0 })
      setValues(valuesOf(getStaffMemberById(latest.staff, userId)))
    },
  })
  usePageTitle('Change a staff account', { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.staffAccounts}>Back to staff accounts</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{member.name}</span>
        <h1 className="govuk-heading-l">Change a staff account</h1>
        <SummaryList
          rows={[
            { key: 'Name', value: member.name },
            {
              key: 'Email address',
              value: <span className="app-break-words">{member.email}</span>,
            },
          ]}
        />
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="role"
            legend="Role"
            legendClassName="govuk-fieldset__legend--m"
            hint={
              isOwnAccount
                ? 'You cannot remove your own administrator role or disable your own account.'
                : 'If you change their role, they will be signed out and must sign in again.'
            }
            value={values.role}
            errorMessage={form.errorFor('role')}
            onChange={(role) => {
              setValues({ ...values, role })
            }}
            items={staffRoles.map((role) => ({ value: role, label: roleNames[role] }))}
          />
          <LocalAuthorityCheckboxes
            localAuthorities={localAuthorities}
            values={values.localAuthorityIds}
            errorMessage={form.errorFor('localAuthorityIds')}
            onChange={(localAuthorityIds) => {
              setValues({ ...values, localAuthorityIds })
            }}
          />
          <h2 className="govuk-heading-m">Account</h2>
          <WarningText>
            Disabling the account signs them out at once. They cannot sign in again until it is
            enabled.
          </WarningText>
          <Checkboxes
            name="disabled"
            values={values.disabled ? ['disabled'] : []}
            errorMessage={form.errorFor('disabled')}
            onChange={(selected) => {
              setValues({ ...values, disabled: selected.includes('disabled') })
            }}
            items={[
              {
                value: 'disabled',
                label: 'Disable this account',
                hint: member.disabled
                  ? 'The account is disabled now. To let them sign in again, unselect this option.'
                  : undefined,
              },
            ]}
          />
          <Button>Save changes</Button>
        </form>
      </div>
    </div>
  )
}
