import { resetPasswordSchema } from '@asp/bff/contract'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Button } from '../../../components/button.tsx'
import { Link } from '../../../components/link.tsx'
import { newPasswordHint, PasswordInput } from '../../../components/password-input.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { useResetPassword } from '../api/reset-password.ts'
import { LinkExpiredPage } from '../../../app/pages/link-expired-page.tsx'

const tokenSchema = resetPasswordSchema.shape.token

/** Choose a new password from the link in a reset email: `/reset-password?token=…`. */
export function ResetPasswordPage() {
  const [searchParams] = useSearchParams()
  const token = searchParams.get('token') ?? ''
  const [isExpired, setIsExpired] = useState(false)

  if (isExpired || !tokenSchema.safeParse(token).success) {
    return (
      <LinkExpiredPage>
        <p className="govuk-body">
          The link to reset your password has expired or has already been used. Links work once, for
          1 hour.
        </p>
        <p className="govuk-body">
          <Link to={paths.forgottenPassword}>Ask for a new link</Link>
        </p>
      </LinkExpiredPage>
    )
  }
  return (
    <NewPasswordForm
      token={token}
      onExpired={() => {
        setIsExpired(true)
      }}
    />
  )
}

function NewPasswordForm({ token, onExpired }: { token: string; onExpired: () => void }) {
  const [password, setPassword] = useState('')
  const form = useFormErrors(['password'] as const)
  const { onSubmit } = useFormSubmit(form, {
    schema: resetPasswordSchema,
    values: () => ({ token, password }),
    mutation: useResetPassword(),
    navigateTo: () => ({ to: paths.signIn, replace: true, state: noticeState('password-reset') }),
    onError: (error) => {
      if (error instanceof ApiError && error.fieldErrors.token !== undefined) {
        onExpired()
      } else {
        form.showApiError(error)
      }
    },
  })
  usePageTitle('Choose a new password', { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">Choose a new password</h1>
        <form noValidate onSubmit={onSubmit}>
          <PasswordInput
            name="password"
            label="New password"
            hint={newPasswordHint}
            autoComplete="new-password"
            value={password}
            errorMessage={form.errorFor('password')}
            onChange={(event) => {
              setPassword(event.target.value)
            }}
          />
          <Button>Reset password</Button>
        </form>
      </div>
    </div>
  )
}
