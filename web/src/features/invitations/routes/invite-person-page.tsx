import {
  createInvitationSchema,
  roleNames,
  staffRoles,
  type LocalAuthority,
  type Role,
} from '@asp/bff/contract'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { Loading } from '../../../app/layouts/loading.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { LocalAuthorityCheckboxes } from '../../../components/local-authority-checkboxes.tsx'
import { InsetText } from '../../../components/inset-text.tsx'
import { Link } from '../../../components/link.tsx'
import { Radios } from '../../../components/radios.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { formatDateTime } from '../../../lib/dates.ts'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { localAuthorityQueries } from '../../administration/index.ts'
import { useSignedInSession } from '../../session/index.ts'
import { familyQueries } from '../../families/index.ts'
import { useCreateInvitation } from '../api/create-invitation.ts'

/** Who the invitation is for, from the link that opened the page. */
type Invitee =
  | { kind: 'staff' }
  | { kind: 'adopter'; familyId: string; familyParentId: string }
  | { kind: 'birth_relative'; birthRelativeId: string }

const staffRoleOptions: readonly Role[] = staffRoles

const fields = ['name', 'email', 'role', 'localAuthorityIds'] as const

/**
 * `/invitations/new`: email a person a link to create their account. Administrators invite staff.
 * Support workers and team managers invite an adoptive parent from their family's record
 * (`?familyId=…&familyParentId=…`) or a birth relative from the search (`?birthRelativeId=…`).
 */
export function InvitePersonPage() {
  const { user } = useSignedInSession()
  const [searchParams] = useSearchParams()
  const familyId = searchParams.get('familyId')
  const familyParentId = searchParams.get('familyParentId')
  const birthRelativeId = searchParams.get('birthRelativeId')

  if (user.role === 'administrator') {
    return <InviteStaff />
  }
  if (familyId !== null && familyParentId !== null) {
    return <InviteParent familyId={familyId} familyParentId={familyParentId} />
  }
  if (birthRelativeId !== null) {
    return <InvitationForm invitee={{ kind: 'birth_relative', birthRelativeId }} />
  }
  return <ChooseWhoToInvite />
}

function ChooseWhoToInvite() {
  usePageTitle('Invite a person')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Invite a person</h1>
        <p className="govuk-body">
          To invite an adoptive parent or special guardian, open their family’s record and select
          ‘Invite to create an account’ beside their name.
        </p>
        <p className="govuk-body">
          To invite a birth relative, find them and select ‘Invite to create an account’.
        </p>
        <p className="govuk-body">
          <Link to={paths.findPerson}>Find a person</Link>
        </p>
      </div>
    </div>
  )
}

function InviteParent({ familyId, familyParentId }: { familyId: string; familyParentId: string }) {
  const family = useQuery(familyQueries.detail(familyId))
  if (family.isError) {
    throw family.error
  }
  if (family.isPending) {
    return <Loading />
  }
  const parent = family.data.parents.find((candidate) => candidate.id === familyParentId)
  if (!parent) {
    return <ChooseWhoToInvite />
  }
  return (
    <InvitationForm
      invitee={{ kind: 'adopter', familyId, familyParentId }}
      initialName={parent.fullName}
      initialEmail={parent.email ?? ''}
    />
  )
}

/** Staff are invited with the local authorities they work for, which the route's loader fetched. */
function InviteStaff() {
  const {
    data: { localAuthorities },
  } = useSuspenseQuery(localAuthorityQueries.list())
  return <InvitationForm invitee={{ kind: 'staff' }} localAuthorities={localAuthorities} />
}

function InvitationForm({
  invitee,
  initialName = '',
  initialEmail = '',
  localAuthorities = [],
}: {
  invitee: Invitee
  initialName?: string
  initialEmail?: string
  /** For staff: the local authorities they may work for. */
  localAuthorities?: LocalAuthority[]
}) {
  const [values, setValues] = useState({
    name: initialName,
    email: initialEmail,
    role: '',
    localAuthorityIds: [] as string[],
  })
  const form = useFormErrors(fields)
  const createInvitation = useCreateInvitation()
  const sent = createInvitation.data
  usePageTitle(sent ? 'Invitation sent' : 'Invite a person', {
    hasError: sent === undefined && form.hasErrors,
  })

  const { onSubmit } = useFormSubmit(form, {
    schema: createInvitationSchema,
    values: () => ({
      name: values.name,
      email: values.email,
      role: invitee.kind === 'staff' ? values.role || undefined : invitee.kind,
      ...(invitee.kind === 'staff' ? { localAuthorityIds: values.localAuthorityIds } : {}),
      ...(invitee.kind === 'adopter' ? { familyParentId: invitee.familyParentId } : {}),
      ...(invitee.kind === 'birth_relative' ? { birthRelativeId: invitee.birthRelativeId } : {}),
    }),
    mutation: createInvitation,
  })

  const backHref =
    invitee.kind === 'adopter' ? pathTo(paths.family, { familyId: invitee.familyId }) : paths.home

  if (sent) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">Invitation sent</h1>
            <div className="govuk-panel__body">
              We have sent an email to <strong className="app-break-words">{sent.email}</strong>
            </div>
          </div>
          <p className="govuk-body">
            The link in the email works once. It expires on {formatDateTime(sent.expiresAt)}.
          </p>
          <p className="govuk-body">
            <Link to={invitee.kind === 'adopter' ? backHref : paths.home}>
              {invitee.kind === 'adopter' ? 'Back to the family record' : 'Back to your account'}
            </Link>
          </p>
        </div>
      </div>
    )
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={backHref} />
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">Invite a person</h1>
        {invitee.kind !== 'staff' && (
          <InsetText>
            They will be invited as: {roleNames[invitee.kind]}. We will email them a link to create
            their account. It works once, for 7 days.
          </InsetText>
        )}
        <form noValidate onSubmit={onSubmit}>
          <TextInput
            name="name"
            label="Full name"
            autoComplete="off"
            spellCheck={false}
            value={values.name}
            errorMessage={form.errorFor('name')}
            onChange={(event) => {
              setValues({ ...values, name: event.target.value })
            }}
          />
          <TextInput
            name="email"
            label="Email address"
            hint="We will send the invitation to this address. They will use it to sign in."
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={values.email}
            errorMessage={form.errorFor('email')}
            onChange={(event) => {
              setValues({ ...values, email: event.target.value })
            }}
          />
          {invitee.kind === 'staff' && (
            <Radios
              name="role"
              legend="What is their role?"
              legendClassName="govuk-fieldset__legend--m"
              value={values.role}
              errorMessage={form.errorFor('role')}
              onChange={(role) => {
                setValues({ ...values, role })
              }}
              items={staffRoleOptions.map((role) => ({ value: role, label: roleNames[role] }))}
            />
          )}
          {invitee.kind === 'staff' && (
            <LocalAuthorityCheckboxes
              localAuthorities={localAuthorities}
              values={values.localAuthorityIds}
              errorMessage={form.errorFor('localAuthorityIds')}
              onChange={(localAuthorityIds) => {
                setValues({ ...values, localAuthorityIds })
              }}
            />
          )}
          <Button>Send invitation</Button>
        </form>
      </div>
    </div>
  )
}
