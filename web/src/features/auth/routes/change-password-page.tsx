import { changePasswordSchema } from '@asp/bff/contract'
import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { newPasswordHint, PasswordInput } from '../../../components/password-input.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useChangePassword } from '../api/change-password.ts'

const fields = ['currentPassword', 'newPassword'] as const

/** Change the password of the signed-in account; its other sessions end. */
export function ChangePasswordPage() {
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' })
  const form = useFormErrors(fields)
  const changePassword = useChangePassword()
  const navigate = useNavigate()
  usePageTitle('Change your password', { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (changePassword.isPending) {
      return
    }
    const parsed = changePasswordSchema.safeParse(values)
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    changePassword.mutate(parsed.data, {
      onSuccess: () => {
        void navigate(paths.home, { state: noticeState('password-changed') })
      },
      onError: (error) => {
        form.showApiError(error)
      },
    })
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.home}>Back to your account</BackLink>
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">Change your password</h1>
        <p className="govuk-body">
          When you change your password, we will sign you out on all your other devices.
        </p>
        <form noValidate onSubmit={submit}>
          <PasswordInput
            name="currentPassword"
            label="Current password"
            autoComplete="current-password"
            value={values.currentPassword}
            errorMessage={form.errorFor('currentPassword')}
            onChange={(event) => {
              setValues({ ...values, currentPassword: event.target.value })
            }}
          />
          <PasswordInput
            name="newPassword"
            label="New password"
            hint={newPasswordHint}
            autoComplete="new-password"
            value={values.newPassword}
            errorMessage={form.errorFor('newPassword')}
            onChange={(event) => {
              setValues({ ...values, newPassword: event.target.value })
            }}
          />
          <Button>Change password</Button>
        </form>
      </div>
    </div>
  )
}
