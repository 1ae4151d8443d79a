import { confirmTextMessageSetupSchema, startTextMessageSetupSchema } from '@asp/bff/contract'
import { useState, type FormEvent, type Ref } from 'react'
import { useNavigate } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Anchor } from '../../../components/anchor.tsx'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { Details } from '../../../components/details.tsx'
import { PasswordInput } from '../../../components/password-input.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { FormErrorSummary, useFormErrors } from '../../../lib/form-errors.tsx'
import { useConfirmTextMessageSetup } from '../api/confirm-text-message-setup.ts'
import { useStartTextMessageSetup } from '../api/start-text-message-setup.ts'

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
  const startTextMessageSetup = useStartTextMessageSetup()
  const title = 'Enter your mobile phone number'
  usePageTitle(title, { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (startTextMessageSetup.isPending) {
      return
    }
    const parsed = startTextMessageSetupSchema.safeParse(values)
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    startTextMessageSetup.mutate(parsed.data, {
      onSuccess: (started) => {
        onSent(started.mobileNumberEnding)
      },
      onError: (error) => {
        form.showApiError(error)
      },
    })
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
        <p className="govuk-body">
          We will send a security code to this number now, and each time you sign in.
        </p>
        <form noValidate onSubmit={submit}>
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
      </div>
    </div>
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
  const confirmTextMessageSetup = useConfirmTextMessageSetup()
  const navigate = useNavigate()
  const title = 'Check your phone'
  usePageTitle(title, { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (confirmTextMessageSetup.isPending) {
      return
    }
    const parsed = confirmTextMessageSetupSchema.safeParse({ code })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    confirmTextMessageSetup.mutate(parsed.data, {
      onSuccess: () => {
        void navigate(paths.home, { replace: true, state: noticeState('security-set-up') })
      },
      onError: (error) => {
        form.showApiError(error)
      },
    })
  }

  const goBack = (event: { preventDefault: () => void }) => {
    event.preventDefault()
    onChangeNumber()
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.setUpSecurity} onClick={goBack} />
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l" ref={headingRef}>
          {title}
        </h1>
        <p className="govuk-body">
          We have sent a code to your phone number ending {mobileNumberEnding}.
        </p>
        <form noValidate onSubmit={submit}>
          <TextInput
            name="code"
            label="Security code"
            labelClassName="govuk-label--s"
            hint="The code is 6 digits long."
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
        <Details summary="Problem with the code?">
          <p className="govuk-body">
            A text message can take a few minutes to arrive. If it has not arrived, or the code has
            expired, you can{' '}
            <Anchor href={paths.setUpSecurity} className="govuk-link" onClick={goBack}>
              send a new code or change your mobile phone number
            </Anchor>
            .
          </p>
        </Details>
      </div>
    </div>
  )
}
