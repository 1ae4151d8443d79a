import { signInSchema, type SignInResult } from '@asp/bff/contract'
import { useState } from 'react'
import { NoticeBanner } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Button } from '../../../components/button.tsx'
import { Link } from '../../../components/link.tsx'
import { PasswordInput } from '../../../components/password-input.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit, type Destination } from '../../../lib/use-form-submit.ts'
import { useSignIn } from '../api/sign-in.ts'
import { securityCodeState } from './security-code-state.ts'

const fields = ['email', 'password'] as const

/** Sign in with email address and password, then on to the second factor or its set-up. */
export function SignInPage() {
  const [values, setValues] = useState({ email: '', password: '' })
  const form = useFormErrors(fields)
  const { onSubmit } = useFormSubmit(form, {
    schema: signInSchema,
    values: () => values,
    mutation: useSignIn(),
    navigateTo: nextStep,
  })
  usePageTitle('Sign in', { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <NoticeBanner />
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          You need an invitation from your adoption support team to create an account.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <TextInput
            name="email"
            label="Email address"
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={values.email}
            errorMessage={form.errorFor('email')}
            onChange={(event) => {
              setValues({ ...values, email: event.target.value })
            }}
          />
          <PasswordInput
            name="password"
            label="Password"
            autoComplete="current-password"
            value={values.password}
            errorMessage={form.errorFor('password')}
            onChange={(event) => {
              setValues({ ...values, password: event.target.value })
            }}
          />
          <Button>Sign in</Button>
        </form>
        <p className="govuk-body">
          <Link to={paths.forgottenPassword}>Forgotten your password?</Link>
        </p>
      </div>
    </div>
  )
}

/** On to the second factor, or to set one up, or home. */
function nextStep(result: SignInResult): Destination {
  if (result.stage === 'second-factor-required') {
    return {
      to: paths.securityCode,
      state: securityCodeState(result.methods ?? [], result.mobileNumberEnding),
    }
  }
  return result.stage === 'second-factor-setup-required' ? paths.setUpSecurity : paths.home
}
