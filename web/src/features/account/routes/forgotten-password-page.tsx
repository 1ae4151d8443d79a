import { requestPasswordResetSchema } from '@asp/bff/contract'
import { useState } from 'react'
import { paths } from '../../../app/paths.ts'
import { useFocusHeading } from '../../../app/use-focus-heading.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { Link } from '../../../components/link.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { useRequestPasswordReset } from '../api/request-password-reset.ts'

/** Ask for a link to reset a forgotten password. The answer never says whether the account exists. */
export function ForgottenPasswordPage() {
  const [email, setEmail] = useState('')
  const [isSent, setIsSent] = useState(false)
  const form = useFormErrors(['email'] as const)
  const { onSubmit } = useFormSubmit(form, {
    schema: requestPasswordResetSchema,
    values: () => ({ email }),
    mutation: useRequestPasswordReset(),
    onSuccess: () => {
      setIsSent(true)
    },
  })
  const headingRef = useFocusHeading(isSent)
  usePageTitle(isSent ? 'Check your email' : 'Reset your password', { hasError: form.hasErrors })

  if (isSent) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" ref={headingRef}>
            Check your email
          </h1>
          <p className="govuk-body">
            If an account exists for that email address, we have sent a link to reset your password.
            The link expires in 1 hour.
          </p>
          <p className="govuk-body">
            If you do not get an email, check your spam or junk folder, or{' '}
            <Link to={paths.forgottenPassword} onClick={() => setIsSent(false)}>
              try again
            </Link>
            .
          </p>
          <p className="govuk-body">
            <Link to={paths.signIn}>Go to sign in</Link>
          </p>
        </div>
      </div>
    )
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.signIn}>Back to sign in</BackLink>
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l" ref={headingRef}>
          Reset your password
        </h1>
        <p className="govuk-body">
          Enter the email address you use to sign in. We will send you a link to choose a new
          password.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <TextInput
            name="email"
            label="Email address"
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            errorMessage={form.errorFor('email')}
            onChange={(event) => {
              setEmail(event.target.value)
            }}
          />
          <Button>Send link</Button>
        </form>
      </div>
    </div>
  )
}
