import {
  acceptInvitationSchema,
  invitationTokenParamsSchema,
  roleNames,
  type InvitationSummary,
} from '@asp/bff/contract'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { Loading } from '../../../app/layouts/loading.tsx'
import { noticeState } from '../../../app/notices.tsx'
import { LinkExpiredPage } from '../../../app/pages/link-expired-page.tsx'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Button } from '../../../components/button.tsx'
import { Link } from '../../../components/link.tsx'
import { newPasswordHint, PasswordInput } from '../../../components/password-input.tsx'
import { SummaryList } from '../../../components/summary-list.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { useAcceptInvitation } from '../api/accept-invitation.ts'
import { invitationQueries } from '../api/get-invitation.ts'

/** `/create-account/:token`, from an invitation email: choose a password to create the account. */
export function CreateAccountPage() {
  const { token = '' } = useParams()
  const isWellFormed = invitationTokenParamsSchema.safeParse({ token }).success
  const [isUsedUp, setIsUsedUp] = useState(false)
  const invitation = useQuery({ ...invitationQueries.detail(token), enabled: isWellFormed })

  if (!isWellFormed || isUsedUp || isGone(invitation.error)) {
    return <InvitationExpired />
  }
  if (invitation.isError) {
    throw invitation.error
  }
  if (invitation.isPending) {
    return <Loading />
  }
  return (
    <CreateAccountForm
      token={token}
      invitation={invitation.data}
      onUsedUp={() => {
        setIsUsedUp(true)
      }}
    />
  )
}

function isGone(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404
}

function InvitationExpired() {
  return (
    <LinkExpiredPage>
      <p className="govuk-body">
        The link to create your account has expired or has already been used. Each invitation link
        works once, for 7 days.
      </p>
      <p className="govuk-body">Ask your adoption support team to send you a new invitation.</p>
      <p className="govuk-body">
        If you have already created your account, <Link to={paths.signIn}>sign in</Link>.
      </p>
    </LinkExpiredPage>
  )
}

function CreateAccountForm({
  token,
  invitation,
  onUsedUp,
}: {
  token: string
  invitation: InvitationSummary
  onUsedUp: () => void
}) {
  const [password, setPassword] = useState('')
  const form = useFormErrors(['password'] as const)
  const { onSubmit } = useFormSubmit(form, {
    schema: acceptInvitationSchema,
    values: () => ({ password }),
    mutation: useAcceptInvitation(token),
    navigateTo: () => ({ to: paths.signIn, replace: true, state: noticeState('account-created') }),
    onError: (error) => {
      if (isGone(error)) {
        onUsedUp()
      } else {
        form.showApiError(error)
      }
    },
  })
  usePageTitle('Create your account', { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">Create your account</h1>
        <p className="govuk-body">
          {invitation.organisationName} has invited you to use Adoption support.
        </p>
        <SummaryList
          rows={[
            { key: 'Name', value: invitation.name },
            {
              key: 'Email address',
              value: <span className="app-break-words">{invitation.email}</span>,
            },
            { key: 'Role', value: roleNames[invitation.role] },
          ]}
        />
        <p className="govuk-body">
          If any of these details are wrong, contact your adoption support team before you create
          your account.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <PasswordInput
            name="password"
            label="Create a password"
            labelClassName="govuk-label--s"
            hint={newPasswordHint}
            autoComplete="new-password"
            value={password}
            errorMessage={form.errorFor('password')}
            onChange={(event) => {
              setPassword(event.target.value)
            }}
          />
          <Button>Create account</Button>
        </form>
      </div>
    </div>
  )
}
