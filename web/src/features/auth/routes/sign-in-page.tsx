import { signInSchema, type SignInResult } from '@asp/bff/contract'
import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { NoticeBanner } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Button } from '../../../components/button.tsx'
import { Link } from '../../../components/link.tsx'
import { PasswordInput } from '../../../components/password-input.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useSignIn } from '../api/sign-in.ts'
import { securityCodeState } from './security-code-state.ts'

const fields = ['email', 'password'] as const

/** Sign in with email address and password, then on to the second factor or its set-up. */
export function SignInPage() {
  const [values, setValues] = useState({ email: '', password: '' })
  const form = useFormErrors(fields)
  const signIn = useSignIn()
  const navigate = useNavigate()
  usePageTitle('Sign in', { hasError: form.hasErrors })

  function goOn(result: SignInResult) {
    if (result.stage === 'second-factor-required') {
      void navigate(paths.securityCode, {
        state: securityCodeState(result.methods ?? [], result.mobileNumberEnding),
      })
    } else if (result.stage === 'second-factor-setup-required') {
      void navigate(paths.setUpSecurity)
    } else {
      void navigate(paths.home)
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (signIn.isPending) {
      return
    }
    const parsed = signInSchema.safeParse(values)
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    signIn.mutate(parsed.data, {
      onSuccess: goOn,
      onError: (error) => {
        form.showApiError(error)
      },
    })
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <NoticeBanner />
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          You need an invitation from your adoption support team to create an account.
        </p>
        <form noValidate onSubmit={submit}>
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
