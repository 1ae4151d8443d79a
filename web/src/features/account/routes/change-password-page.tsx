import { changePasswordSchema } from '@asp/bff/contract'
import { useState } from 'react'
import { noticeState } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { newPasswordHint, PasswordInput } from '../../../components/password-input.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { useChangePassword } from '../api/change-password.ts'

const fields = ['currentPassword', 'newPassword'] as const

/** Change the password of the signed-in account; its other sessions end. */
export function ChangePasswordPage() {
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' })
  const form = useFormErrors(fields)
  const { onSubmit } = useFormSubmit(form, {
    schema: changePasswordSchema,
    values: () => values,
    mutation: useChangePassword(),
    navigateTo: () => ({ to: paths.home, state: noticeState('password-changed') }),
  })
  usePageTitle('Change your password', { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.home}>Back to your account</BackLink>
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">Change your password</h1>
        <p className="govuk-body">
          When you change your password, we will sign you out on all your other devices.
        </p>
        <form noValidate onSubmit={onSubmit}>
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
