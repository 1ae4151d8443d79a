import {
  chooseEmailCodesSchema,
  confirmTotpSetupSchema,
  startTotpSetupSchema,
  type SecondFactorMethod,
  type TotpSetup,
} from '@asp/bff/contract'
import { useState, type FormEvent, type Ref } from 'react'
import { noticeState } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { useFocusHeading } from '../../../app/use-focus-heading.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Button } from '../../../components/button.tsx'
import { Details } from '../../../components/details.tsx'
import { PasswordInput } from '../../../components/password-input.tsx'
import { Radios } from '../../../components/radios.tsx'
import { WarningText } from '../../../components/warning-text.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit, type Destination } from '../../../lib/use-form-submit.ts'
import { useChooseEmailCodes } from '../api/choose-email-codes.ts'
import { useConfirmTotpSetup } from '../api/confirm-totp-setup.ts'
import { useSignedInSession } from '../../session/index.ts'
import { useStartTotpSetup } from '../api/start-totp-setup.ts'
import { SecurityCodeInput } from '../../../components/security-code-input.tsx'
import { SetUpStep } from '../components/set-up-step.tsx'
import {
  CheckYourPhone,
  EnterMobileNumber,
  type MobileNumberValues,
} from './set-up-text-message.tsx'

type Step =
  | { name: 'choose' }
  | { name: 'password'; method: 'totp' | 'email' }
  | { name: 'app'; setup: TotpSetup }
  | { name: 'mobile-number' }
  | { name: 'check-phone'; mobileNumberEnding: string }

/** The first step for a way of getting codes. */
function firstStepFor(method: SecondFactorMethod): Step {
  return method === 'sms' ? { name: 'mobile-number' } : { name: 'password', method }
}

/** Once the second factor works: home, with "You have set up how you confirm it is you". */
const securityIsSetUp = (): Destination => ({
  to: paths.home,
  replace: true,
  state: noticeState('security-set-up'),
})

/** The ways to get codes, in the order they are offered, of those the session may set up. */
const methodOrder: readonly SecondFactorMethod[] = ['totp', 'sms', 'email']

/**
 * Setting up the second factor, which every account does once before it can do anything else:
 * choose how, of the ways the session allows (staff have only an authenticator app). For an app,
 * confirm the password, scan the QR code, keep the recovery codes and prove the app works with a
 * code from it; for text messages, give a mobile number and the code sent to it; for email, only
 * confirm the password.
 */
export function SetUpSecurityPage() {
  const session = useSignedInSession()
  const allowed = methodOrder.filter((method) => session.secondFactorChoices.includes(method))
  const choices: readonly SecondFactorMethod[] = allowed.length > 0 ? allowed : ['totp']
  const onlyChoice = choices.length === 1 ? choices[0] : undefined
  const canGoBack = onlyChoice === undefined
  const [chosen, setChosen] = useState<SecondFactorMethod | undefined>(onlyChoice)
  const [mobileNumber, setMobileNumber] = useState<MobileNumberValues>({
    mobileNumber: '',
    password: '',
  })
  const [step, setStep] = useState<Step>(
    onlyChoice === undefined ? { name: 'choose' } : firstStepFor(onlyChoice),
  )
  const headingRef = useFocusHeading(step.name)

  switch (step.name) {
    case 'choose':
      return (
        <ChooseMethod
          choices={choices}
          email={session.user.email}
          chosen={chosen}
          onChoose={(method) => {
            setChosen(method)
            setStep(firstStepFor(method))
          }}
        />
      )
    case 'password':
      return (
        <ConfirmPassword
          headingRef={headingRef}
          method={step.method}
          canGoBack={canGoBack}
          onBack={() => {
            setStep({ name: 'choose' })
          }}
          onAppReady={(setup) => {
            setStep({ name: 'app', setup })
          }}
        />
      )
    case 'app':
      return <SetUpApp headingRef={headingRef} setup={step.setup} />
    case 'mobile-number':
      return (
        <EnterMobileNumber
          headingRef={headingRef}
          values={mobileNumber}
          onChange={setMobileNumber}
          canGoBack={canGoBack}
          onBack={() => {
            setStep({ name: 'choose' })
          }}
          onSent={(mobileNumberEnding) => {
            setStep({ name: 'check-phone', mobileNumberEnding })
          }}
        />
      )
    case 'check-phone':
      return (
        <CheckYourPhone
          headingRef={headingRef}
          mobileNumberEnding={step.mobileNumberEnding}
          onChangeNumber={() => {
            setStep({ name: 'mobile-number' })
          }}
        />
      )
  }
}

function ChooseMethod({
  choices,
  email,
  chosen,
  onChoose,
}: {
  choices: readonly SecondFactorMethod[]
  email: string
  chosen: SecondFactorMethod | undefined
  onChoose: (method: SecondFactorMethod) => void
}) {
  const [method, setMethod] = useState<string | undefined>(chosen)
  const form = useFormErrors(['method'] as const)
  usePageTitle('How do you want to get security codes?', { hasError: form.hasErrors })

  const options: Record<SecondFactorMethod, { label: string; hint: string }> = {
    totp: {
      label: 'Authenticator app',
      hint: 'Use an app on your phone, such as Google Authenticator or Microsoft Authenticator. This is the most secure way.',
    },
    sms: {
      label: 'Text message',
      hint: 'We will send a code to your mobile phone each time you sign in.',
    },
    email: {
      label: 'Email',
      hint: `We will send a code to ${email} each time you sign in.`,
    },
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const choice = choices.find((value) => value === method)
    if (choice === undefined) {
      form.showErrors({ method: 'Select how you want to get security codes' })
    } else {
      onChoose(choice)
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <form noValidate onSubmit={submit}>
          <Radios
            name="method"
            legend="How do you want to get security codes?"
            isPageHeading
            hint="Each time you sign in you will need a security code as well as your password. This keeps your information safe."
            value={method}
            onChange={setMethod}
            errorMessage={form.errorFor('method')}
            items={choices.map((value) => ({ value, ...options[value] }))}
          />
          <Button>Continue</Button>
        </form>
      </div>
    </div>
  )
}

function ConfirmPassword({
  headingRef,
  method,
  canGoBack,
  onBack,
  onAppReady,
}: {
  headingRef: Ref<HTMLHeadingElement>
  method: 'totp' | 'email'
  canGoBack: boolean
  onBack: () => void
  onAppReady: (setup: TotpSetup) => void
}) {
  const [password, setPassword] = useState('')
  const form = useFormErrors(['password'] as const)
  const startApp = useFormSubmit(form, {
    schema: startTotpSetupSchema,
    values: () => ({ password }),
    mutation: useStartTotpSetup(),
    onSuccess: onAppReady,
  })
  const chooseEmail = useFormSubmit(form, {
    schema: chooseEmailCodesSchema,
    values: () => ({ password }),
    mutation: useChooseEmailCodes(),
    navigateTo: securityIsSetUp,
  })
  const title = canGoBack ? 'Confirm your password' : 'Set up an authenticator app'

  return (
    <SetUpStep
      headingRef={headingRef}
      title={title}
      form={form}
      onBack={canGoBack ? onBack : undefined}
    >
      {canGoBack ? (
        <p className="govuk-body">Enter your password to confirm it is you.</p>
      ) : (
        <>
          <p className="govuk-body">
            Staff accounts use an authenticator app on a phone to get security codes. Install one
            before you continue, such as Google Authenticator or Microsoft Authenticator.
          </p>
          <p className="govuk-body">Then enter your password to confirm it is you.</p>
        </>
      )}
      <form noValidate onSubmit={method === 'totp' ? startApp.onSubmit : chooseEmail.onSubmit}>
        <PasswordInput
          name="password"
          label="Password"
          autoComplete="current-password"
          value={password}
          errorMessage={form.errorFor('password')}
          onChange={(event) => {
            setPassword(event.target.value)
          }}
        />
        <Button>Continue</Button>
      </form>
    </SetUpStep>
  )
}

/** The key in groups of 4, which is easier to type into an app. */
function groupKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret
}

function SetUpApp({
  headingRef,
  setup,
}: {
  headingRef: Ref<HTMLHeadingElement>
  setup: TotpSetup
}) {
  const [code, setCode] = useState('')
  const form = useFormErrors(['code'] as const)
  const { onSubmit } = useFormSubmit(form, {
    schema: confirmTotpSetupSchema,
    values: () => ({ code }),
    mutation: useConfirmTotpSetup(),
    navigateTo: securityIsSetUp,
  })

  return (
    <SetUpStep headingRef={headingRef} title="Set up your authenticator app" form={form}>
      <h2 className="govuk-heading-m">1. Scan the QR code</h2>
      <p className="govuk-body">
        Open your authenticator app, choose to add an account and scan this QR code.
      </p>
      <img
        className="app-qr-code"
        src={setup.qrCode}
        alt="QR code for your authenticator app. If you cannot scan it, enter the key shown under ‘I cannot scan the QR code’."
      />
      <Details summary="I cannot scan the QR code">
        <p className="govuk-body">Enter this key in your authenticator app instead:</p>
        <p className="govuk-body app-code">{groupKey(setup.secret)}</p>
      </Details>

      <h2 className="govuk-heading-m">2. Keep your recovery codes safe</h2>
      <p className="govuk-body">
        If you lose your phone, you can sign in with one of these codes instead. Each code can be
        used once.
      </p>
      <WarningText>
        Write these codes down or print them, and keep them somewhere safe. We will not show them
        again.
      </WarningText>
      <ul className="govuk-list app-code" aria-label="Recovery codes">
        {setup.recoveryCodes.map((recoveryCode) => (
          <li key={recoveryCode}>{recoveryCode}</li>
        ))}
      </ul>

      <h2 className="govuk-heading-m">3. Enter a code from the app</h2>
      <form noValidate onSubmit={onSubmit}>
        <SecurityCodeInput
          hint="This is the 6-digit code your authenticator app shows for Adoption support."
          value={code}
          errorMessage={form.errorFor('code')}
          onChange={setCode}
        />
        <Button>Continue</Button>
      </form>
    </SetUpStep>
  )
}
