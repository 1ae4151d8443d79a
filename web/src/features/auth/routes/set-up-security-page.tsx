import {
  chooseEmailCodesSchema,
  confirmTotpSetupSchema,
  startTotpSetupSchema,
  type Role,
  type TotpSetup,
} from '@asp/bff/contract'
import { useState, type FormEvent, type Ref } from 'react'
import { useNavigate } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { useFocusHeading } from '../../../app/use-focus-heading.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { Details } from '../../../components/details.tsx'
import { PasswordInput } from '../../../components/password-input.tsx'
import { Radios } from '../../../components/radios.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { WarningText } from '../../../components/warning-text.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useChooseEmailCodes } from '../api/choose-email-codes.ts'
import { useConfirmTotpSetup } from '../api/confirm-totp-setup.ts'
import { useSignedInSession } from '../api/get-session.ts'
import { useStartTotpSetup } from '../api/start-totp-setup.ts'

type Method = 'totp' | 'email'
type Step =
  { name: 'choose' } | { name: 'password'; method: Method } | { name: 'app'; setup: TotpSetup }

/** Adopters and birth relatives may get codes by email; staff must use an authenticator app. */
export function mayUseEmailCodes(role: Role): boolean {
  return role === 'adopter' || role === 'birth_relative'
}

/**
 * Setting up the second factor, which every account does once before it can do anything else:
 * choose how (families only), confirm the password, then for an app scan the QR code, keep the
 * recovery codes and prove the app works with a code from it.
 */
export function SetUpSecurityPage() {
  const session = useSignedInSession()
  const canUseEmail = mayUseEmailCodes(session.user.role)
  const [step, setStep] = useState<Step>(
    canUseEmail ? { name: 'choose' } : { name: 'password', method: 'totp' },
  )
  const headingRef = useFocusHeading(step.name)

  switch (step.name) {
    case 'choose':
      return (
        <ChooseMethod
          email={session.user.email}
          onChoose={(method) => {
            setStep({ name: 'password', method })
          }}
        />
      )
    case 'password':
      return (
        <ConfirmPassword
          headingRef={headingRef}
          method={step.method}
          canGoBack={canUseEmail}
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
  }
}

function ChooseMethod({ email, onChoose }: { email: string; onChoose: (method: Method) => void }) {
  const [method, setMethod] = useState<string | undefined>(undefined)
  const form = useFormErrors(['method'] as const)
  usePageTitle('How do you want to get security codes?', { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (method === 'totp' || method === 'email') {
      onChoose(method)
    } else {
      form.showErrors({ method: 'Select how you want to get security codes' })
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
            items={[
              {
                value: 'totp',
                label: 'Authenticator app',
                hint: 'Use an app on your phone, such as Google Authenticator or Microsoft Authenticator. This is the most secure way.',
              },
              {
                value: 'email',
                label: 'Email',
                hint: `We will send a code to ${email} each time you sign in.`,
              },
            ]}
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
  method: Method
  canGoBack: boolean
  onBack: () => void
  onAppReady: (setup: TotpSetup) => void
}) {
  const [password, setPassword] = useState('')
  const form = useFormErrors(['password'] as const)
  const startTotpSetup = useStartTotpSetup()
  const chooseEmailCodes = useChooseEmailCodes()
  const navigate = useNavigate()
  const title = canGoBack ? 'Confirm your password' : 'Set up an authenticator app'
  usePageTitle(title, { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (startTotpSetup.isPending || chooseEmailCodes.isPending) {
      return
    }
    const schema = method === 'totp' ? startTotpSetupSchema : chooseEmailCodesSchema
    const parsed = schema.safeParse({ password })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    const onError = (error: unknown) => {
      form.showApiError(error)
    }
    if (method === 'totp') {
      startTotpSetup.mutate(parsed.data, { onSuccess: onAppReady, onError })
    } else {
      chooseEmailCodes.mutate(parsed.data, {
        onSuccess: () => {
          void navigate(paths.home, { replace: true, state: noticeState('security-set-up') })
        },
        onError,
      })
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {canGoBack && (
          <BackLink
            href={paths.setUpSecurity}
            onClick={(event) => {
              event.preventDefault()
              onBack()
            }}
          />
        )}
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l" ref={headingRef}>
          {title}
        </h1>
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
        <form noValidate onSubmit={submit}>
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
      </div>
    </div>
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
  const confirmTotpSetup = useConfirmTotpSetup()
  const navigate = useNavigate()
  usePageTitle('Set up your authenticator app', { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (confirmTotpSetup.isPending) {
      return
    }
    const parsed = confirmTotpSetupSchema.safeParse({ code })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    confirmTotpSetup.mutate(parsed.data, {
      onSuccess: () => {
        void navigate(paths.home, { replace: true, state: noticeState('security-set-up') })
      },
      onError: (error) => {
        form.showApiError(error)
      },
    })
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l" ref={headingRef}>
          Set up your authenticator app
        </h1>

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
        <form noValidate onSubmit={submit}>
          <TextInput
            name="code"
            label="Security code"
            labelClassName="govuk-label--s"
            hint="This is the 6-digit code your authenticator app shows for Adoption support."
            className="govuk-input--width-10"
            autoComplete="one-time-code"
            inputMode="numeric"
            spellCheck={false}
            value={code}
            errorMessage={form.errorFor('code')}
            onChange={(event) => {
              setCode(event.target.value)
            }}
          />
          <Button>Continue</Button>
        </form>
      </div>
    </div>
  )
}
