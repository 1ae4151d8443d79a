import { secondFactorSchema } from '@asp/bff/contract'
import { useState, type FormEvent } from 'react'
import { Navigate, useLocation, useSearchParams } from 'react-router'
import { paths, withQuery } from '../../../app/paths.ts'
import { useFocusHeading } from '../../../app/use-focus-heading.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { Details } from '../../../components/details.tsx'
import { Link } from '../../../components/link.tsx'
import { NotificationBanner } from '../../../components/notification-banner.tsx'
import { TextInput } from '../../../components/text-input.tsx'
import { FormErrorSummary, useFormErrors, type FormErrors } from '../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { useSendSecurityCode } from '../api/send-security-code.ts'
import { useVerifySecondFactor } from '../api/verify-second-factor.ts'
import { SecurityCodeInput } from '../../../components/security-code-input.tsx'
import {
  readSecurityCodeState,
  type SecondFactorMethodChoice,
  type SecurityCodeState,
} from './security-code-state.ts'

const fields = ['code'] as const

/**
 * The second step of signing in: a code from the authenticator app, a recovery code, or a code
 * sent by email or text message. Opened from the sign-in page, which says which of these the
 * account can use (and, for text messages, the last 3 digits of the number).
 */
export function SecurityCodePage() {
  const location = useLocation()
  const [searchParams] = useSearchParams()
  const state = readSecurityCodeState(location.state)
  if (!state) {
    return <Navigate to={paths.signIn} replace />
  }
  const method: SecondFactorMethodChoice = state.methods.includes('sms')
    ? 'sms'
    : state.methods.includes('email')
      ? 'email'
      : searchParams.get('method') === 'recovery-code' && state.methods.includes('recovery-code')
        ? 'recovery-code'
        : 'totp'
  return method === 'email' || method === 'sms' ? (
    <SentCodeForm channel={method} mobileNumberEnding={state.mobileNumberEnding} />
  ) : (
    <AppCodeForm key={method} method={method} state={state} />
  )
}

const appCodeText = {
  totp: {
    title: 'Enter the code from your authenticator app',
    label: 'Security code',
    hint: 'This is the 6-digit code shown in your authenticator app.',
  },
  'recovery-code': {
    title: 'Enter a recovery code',
    label: 'Recovery code',
    hint: 'You were given recovery codes when you set up your authenticator app. Each one can be used once.',
  },
} as const

function AppCodeForm({
  method,
  state,
}: {
  method: 'totp' | 'recovery-code'
  state: SecurityCodeState
}) {
  const text = appCodeText[method]
  const [code, setCode] = useState('')
  const form = useFormErrors(fields)
  const verify = useVerifyAndContinue(form, method, code)
  usePageTitle(text.title, { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.signIn}>Back to sign in</BackLink>
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{text.title}</h1>
        <form noValidate onSubmit={verify}>
          <TextInput
            name="code"
            label={text.label}
            labelClassName="govuk-label--s"
            hint={text.hint}
            className="govuk-input--width-10"
            autoComplete={method === 'totp' ? 'one-time-code' : 'off'}
            inputMode={method === 'totp' ? 'numeric' : undefined}
            spellCheck={false}
            value={code}
            errorMessage={form.errorFor('code')}
            onChange={(event) => {
              setCode(event.target.value)
            }}
          />
          <Button>Continue</Button>
        </form>
        {method === 'totp' && state.methods.includes('recovery-code') && (
          <p className="govuk-body">
            <Link to={withQuery(paths.securityCode, { method: 'recovery-code' })} state={state}>
              Use a recovery code instead
            </Link>
          </p>
        )}
        {method === 'recovery-code' && (
          <p className="govuk-body">
            <Link to={paths.securityCode} state={state}>
              Use the code from your authenticator app instead
            </Link>
          </p>
        )}
      </div>
    </div>
  )
}

/** The words of a code sent by email or by text message, before and after it is sent. */
function sentCodeText(channel: 'email' | 'sms', mobileNumberEnding: string | undefined) {
  if (channel === 'email') {
    return {
      titleBefore: 'Get a security code by email',
      before: 'We will send a security code to the email address you signed in with.',
      titleAfter: 'Check your email',
      after: 'We have sent a security code to the email address you signed in with.',
    }
  }
  const phone =
    mobileNumberEnding === undefined || mobileNumberEnding === ''
      ? 'your phone'
      : `your phone number ending ${mobileNumberEnding}`
  return {
    titleBefore: 'Get a security code by text message',
    before: `We will send a security code to ${phone}.`,
    titleAfter: 'Check your phone',
    after: `We have sent a code to ${phone}.`,
  }
}

/**
 * A code sent by the account's own channel, email or text message: sent when the reader asks,
 * so that nothing is sent to someone who only opened the page, and again when they ask again.
 */
function SentCodeForm({
  channel,
  mobileNumberEnding,
}: {
  channel: 'email' | 'sms'
  mobileNumberEnding: string | undefined
}) {
  const [sent, setSent] = useState<'not-yet' | 'once' | 'again'>('not-yet')
  const [code, setCode] = useState('')
  const form = useFormErrors(fields)
  const sendCode = useSendSecurityCode()
  const verify = useVerifyAndContinue(form, channel, code)
  const text = sentCodeText(channel, mobileNumberEnding)
  const title = sent === 'not-yet' ? text.titleBefore : text.titleAfter
  const headingRef = useFocusHeading(sent === 'not-yet')
  usePageTitle(title, { hasError: form.hasErrors })

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (sendCode.isPending) {
      return
    }
    sendCode.mutate(undefined, {
      onSuccess: () => {
        form.clear()
        setSent(sent === 'not-yet' ? 'once' : 'again')
      },
      onError: (error) => {
        form.showApiError(error)
      },
    })
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.signIn}>Back to sign in</BackLink>
        <FormErrorSummary form={form} />
        {sent === 'again' && !form.hasErrors && (
          <NotificationBanner type="success">We have sent you another code</NotificationBanner>
        )}
        <h1 className="govuk-heading-l" ref={headingRef}>
          {title}
        </h1>
        {sent === 'not-yet' ? (
          <>
            <p className="govuk-body">{text.before} The code expires after 5 minutes.</p>
            <form noValidate onSubmit={send}>
              <Button>Send a code</Button>
            </form>
          </>
        ) : (
          <>
            <p className="govuk-body">{text.after}</p>
            <p className="govuk-body">The code expires after 5 minutes.</p>
            <form noValidate onSubmit={verify}>
              <SecurityCodeInput
                hint="The code is 6 digits long."
                value={code}
                errorMessage={form.errorFor('code')}
                onChange={setCode}
              />
              <Button>Continue</Button>
            </form>
            {channel === 'email' ? (
              <>
                <h2 className="govuk-heading-s">If you have not got the email</h2>
                <p className="govuk-body">
                  It can take a few minutes to arrive. Check your spam or junk folder.
                </p>
                <form noValidate onSubmit={send}>
                  <Button variant="secondary">Send another code</Button>
                </form>
              </>
            ) : (
              <Details summary="Problem with the code?">
                <p className="govuk-body">
                  A text message can take a few minutes to arrive. If it has not arrived, or the
                  code has expired, we can send you a new code.
                </p>
                <form noValidate onSubmit={send}>
                  <Button variant="secondary">Send the code again</Button>
                </form>
              </Details>
            )}
          </>
        )}
      </div>
    </div>
  )
}

/** Checks the code with the contract's schema, sends it, and goes home when it is right. */
function useVerifyAndContinue(
  form: FormErrors<'code'>,
  method: SecondFactorMethodChoice,
  code: string,
) {
  const { onSubmit } = useFormSubmit(form, {
    schema: secondFactorSchema,
    values: () => ({ method, code }),
    mutation: useVerifySecondFactor(),
    navigateTo: () => ({ to: paths.home, replace: true }),
  })
  return onSubmit
}
