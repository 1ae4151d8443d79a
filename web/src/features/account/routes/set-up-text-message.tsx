import { confirmTextMessageSetupSchema, startTextMessageSetupSchema } from '@asp/bff/contract'
import { useState, type Ref } from 'react'
import { noticeState } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { Anchor } from '../../../components/anchor.tsx'
import { Button } from '../../../components/button.tsx'
import { Details } from '../../../components/details.tsx'
import { PasswordInput } from '../../../components/password-input.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { useConfirmTextMessageSetup } from '../api/confirm-text-message-setup.ts'
import { useStartTextMessageSetup } from '../api/start-text-message-setup.ts'
import { SecurityCodeInput } from '../../../components/security-code-input.tsx'
import { SetUpStep } from '../components/set-up-step.tsx'

/** What the reader typed on the mobile number step, kept while they go back and forth. */
export interface MobileNumberValues {
  mobileNumber: string
  password: string
}

/**
 * Security codes by text message, step 1: the mobile number, and the password to confirm it is
 * them. The API texts a code to the number and answers with its last 3 digits.
 */
export function EnterMobileNumber({
  headingRef,
  values,
  onChange,
  canGoBack,
  onBack,
  onSent,
}: {
  headingRef: Ref<HTMLHeadingElement>
  values: MobileNumberValues
  onChange: (values: MobileNumberValues) => void
  canGoBack: boolean
  onBack: () => void
  onSent: (mobileNumberEnding: string) => void
}) {
  const form = useFormErrors(['mobileNumber', 'password'] as const)
  const { onSubmit } = useFormSubmit(form, {
    schema: startTextMessageSetupSchema,
    values: () => values,
    mutation: useStartTextMessageSetup(),
    onSuccess: (started) => {
      onSent(started.mobileNumberEnding)
    },
  })
  const title = 'Enter your mobile phone number'

  return (
    <SetUpStep
      headingRef={headingRef}
      title={title}
      form={form}
      onBack={canGoBack ? onBack : undefined}
    >
      <p className="govuk-body">
        We will send a security code to this number now, and each time you sign in.
      </p>
      <form noValidate onSubmit={onSubmit}>
        <TextInput
          name="mobileNumber"
          label="Mobile phone number"
          hint="UK mobile numbers only"
          type="tel"
          autoComplete="tel"
          className="govuk-input--width-20"
          spellCheck={false}
          value={values.mobileNumber}
          errorMessage={form.errorFor('mobileNumber')}
          onChange={(event) => {
            onChange({ ...values, mobileNumber: event.target.value })
          }}
        />
        <PasswordInput
          name="password"
          label="Password"
          hint="Enter your password to confirm it is you."
          autoComplete="current-password"
          value={values.password}
          errorMessage={form.errorFor('password')}
          onChange={(event) => {
            onChange({ ...values, password: event.target.value })
          }}
        />
        <Button>Continue</Button>
      </form>
    </SetUpStep>
  )
}

/**
 * Security codes by text message, step 2: the code texted to the number. Once it is right the
 * account is set up, as with the other ways, and the reader goes to their home page.
 */
export function CheckYourPhone({
  headingRef,
  mobileNumberEnding,
  onChangeNumber,
}: {
  headingRef: Ref<HTMLHeadingElement>
  mobileNumberEnding: string
  onChangeNumber: () => void
}) {
  const [code, setCode] = useState('')
  const form = useFormErrors(['code'] as const)
  const { onSubmit } = useFormSubmit(form, {
    schema: confirmTextMessageSetupSchema,
    values: () => ({ code }),
    mutation: useConfirmTextMessageSetup(),
    navigateTo: () => ({ to: paths.home, replace: true, state: noticeState('security-set-up') }),
  })
  const title = 'Check your phone'

  return (
    <SetUpStep headingRef={headingRef} title={title} form={form} onBack={onChangeNumber}>
      <p className="govuk-body">
        We have sent a code to your phone number ending {mobileNumberEnding}.
      </p>
      <form noValidate onSubmit={onSubmit}>
        <SecurityCodeInput
          hint="The code is 6 digits long."
          value={code}
          errorMessage={form.errorFor('code')}
          onChange={setCode}
        />
        <Button>Continue</Button>
      </form>
      <Details summary="Problem with the code?">
        <p className="govuk-body">
          A text message can take a few minutes to arrive. If it has not arrived, or the code has
          expired, you can{' '}
          <Anchor
            href={paths.setUpSecurity}
            className="govuk-link"
            onClick={(event) => {
              event.preventDefault()
              onChangeNumber()
            }}
          >
            send a new code or change your mobile phone number
          </Anchor>
          .
        </p>
      </Details>
    </SetUpStep>
  )
}
