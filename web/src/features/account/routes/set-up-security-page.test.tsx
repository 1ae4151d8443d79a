import type { Role, SecondFactorMethod, Session, SignInResult, TotpSetup } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

const totpSetup: TotpSetup = {
  totpUri: 'otpauth://totp/Adoption%20support:tom.hughes@example.org?secret=JBSWY3DPEHPK3PXP',
  qrCode: 'data:image/svg+xml;base64,PHN2Zy8+',
  secret: 'JBSWY3DPEHPK3PXP',
  recoveryCodes: ['a1b2c3d4e5', 'f6g7h8i9j0'],
}

/**
 * A session that is setting up its second factor, and becomes active once it has. Families may
 * choose an app, text messages or email unless `secondFactorChoices` says otherwise.
 */
function accountSettingUp(role: Role, secondFactorChoices?: SecondFactorMethod[]) {
  let session: Session = buildSession({
    stage: 'second-factor-setup-required',
    user: { role, secondFactorMethod: null },
    ...(secondFactorChoices ? { secondFactorChoices } : {}),
  })
  const requests: { path: string; body: unknown }[] = []
  const activate = (method: SecondFactorMethod) => {
    session = { ...session, stage: 'active', user: { ...session.user, secondFactorMethod: method } }
  }
  server.use(
    http.get(mswPath('getSession'), () => HttpResponse.json<Session>(session)),
    http.post(mswPath('startTotpSetup'), async ({ request }) => {
      requests.push({ path: 'totp', body: await request.json() })
      return HttpResponse.json<TotpSetup>(totpSetup)
    }),
    http.post(mswPath('confirmTotpSetup'), async ({ request }) => {
      requests.push({ path: 'confirm', body: await request.json() })
      activate('totp')
      return HttpResponse.json<SignInResult>({ stage: 'active' })
    }),
    http.post(mswPath('chooseEmailCodes'), async ({ request }) => {
      requests.push({ path: 'email', body: await request.json() })
      activate('email')
      return HttpResponse.json<SignInResult>({ stage: 'active' })
    }),
    http.post(mswPath('startTextMessageSetup'), async ({ request }) => {
      requests.push({ path: 'text-message', body: await request.json() })
      return HttpResponse.json({ mobileNumberEnding: '982' })
    }),
    http.post(mswPath('confirmTextMessageSetup'), async ({ request }) => {
      requests.push({ path: 'text-message/confirm', body: await request.json() })
      activate('sms')
      return HttpResponse.json<SignInResult>({ stage: 'active' })
    }),
  )
  return requests
}

describe('setting up the second factor', () => {
  it('gives staff an authenticator app only: QR code, key, recovery codes, then a code', async () => {
    const requests = accountSettingUp('support_worker')
    const { user, router } = renderRoute('/account/security/set-up')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up an authenticator app' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Password'), 'a long enough password')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Set up your authenticator app',
    })
    expect(heading).toHaveFocus()
    expect(document.title).toBe('Set up your authenticator app – Adoption support')
    expect(
      screen.getByRole('img', { name: /^QR code for your authenticator app/ }),
    ).toHaveAttribute('src', totpSetup.qrCode)
    expect(screen.getByText('I cannot scan the QR code')).toBeInTheDocument()
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeInTheDocument()
    expect(
      within(screen.getByRole('list', { name: 'Recovery codes' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['a1b2c3d4e5', 'f6g7h8i9j0'])
    expect(screen.getByText(/We will not show them again/)).toHaveClass('govuk-warning-text__text')

    await user.type(screen.getByRole('textbox', { name: 'Security code' }), '123456')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Hughes' })).toBeInTheDocument()
    expect(screen.getByText('You have set up how you confirm it is you')).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/home')
    expect(requests).toEqual([
      { path: 'totp', body: { password: 'a long enough password' } },
      { path: 'confirm', body: { code: '123456' } },
    ])
  })

  it('lets a family choose email, which needs only the password', async () => {
    const requests = accountSettingUp('adopter')
    const { user } = renderRoute('/account/security/set-up')

    const question = await screen.findByRole('group', {
      name: 'How do you want to get security codes?',
    })
    expect(within(question).getByRole('radio', { name: 'Authenticator app' })).toBeInTheDocument()
    expect(
      screen.getByText('We will send a code to sarah.philips@example.com each time you sign in.'),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Select how you want to get security codes',
      }),
    ).toHaveAttribute('href', '#method')
    expect(document.title).toBe('Error: How do you want to get security codes? – Adoption support')

    await user.click(screen.getByRole('radio', { name: 'Email' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Confirm your password' }),
    ).toHaveFocus()
    await user.type(screen.getByLabelText('Password'), 'a long enough password')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' }),
    ).toBeInTheDocument()
    expect(requests).toEqual([{ path: 'email', body: { password: 'a long enough password' } }])
  })

  it('shows the GOV.UK errors for a missing or wrong password', async () => {
    accountSettingUp('team_manager')
    server.use(
      http.post(mswPath('startTotpSetup'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'Your password is not correct',
          fieldErrors: { password: 'Enter your current password correctly' },
        }),
      ),
    )
    const { user } = renderRoute('/account/security/set-up')
    await screen.findByRole('heading', { level: 1, name: 'Set up an authenticator app' })

    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter your password' }),
    ).toHaveAttribute('href', '#password')

    await user.type(screen.getByLabelText('Password'), 'not my password')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Enter your current password correctly',
      }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Password')).toHaveValue('not my password')
  })

  it('shows the API’s message when the code from the app is wrong', async () => {
    accountSettingUp('duty_officer')
    server.use(
      http.post(mswPath('confirmTotpSetup'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'The security code is not correct',
          fieldErrors: { code: 'Enter the 6-digit code shown in your authenticator app' },
        }),
      ),
    )
    const { user } = renderRoute('/account/security/set-up')
    await user.type(await screen.findByLabelText('Password'), 'a long enough password')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.type(await screen.findByRole('textbox', { name: 'Security code' }), '000000')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Enter the 6-digit code shown in your authenticator app',
      }),
    ).toHaveAttribute('href', '#code')
    expect(document.title).toBe('Error: Set up your authenticator app – Adoption support')
  })

  it('offers only the ways the session allows, in the same order', async () => {
    accountSettingUp('birth_relative', ['totp', 'email'])
    renderRoute('/account/security/set-up')

    const question = await screen.findByRole('group', {
      name: 'How do you want to get security codes?',
    })
    expect(
      within(question)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['totp', 'email'])
    expect(within(question).queryByRole('radio', { name: 'Text message' })).not.toBeInTheDocument()
  })

  it('offers text messages where the session allows them', async () => {
    accountSettingUp('adopter', ['totp', 'sms', 'email'])
    renderRoute('/account/security/set-up')

    const question = await screen.findByRole('group', {
      name: 'How do you want to get security codes?',
    })
    expect(
      within(question)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['totp', 'sms', 'email'])
    expect(
      within(question).getByRole('radio', { name: 'Text message' }),
    ).toHaveAccessibleDescription('We will send a code to your mobile phone each time you sign in.')
  })

  it('sets up text messages: a mobile number and the password, then the code sent to it', async () => {
    const requests = accountSettingUp('adopter')
    const { user, router } = renderRoute('/account/security/set-up')

    await user.click(await screen.findByRole('radio', { name: 'Text message' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enter your mobile phone number' }),
    ).toHaveFocus()
    expect(document.title).toBe('Enter your mobile phone number – Adoption support')
    const mobileNumber = screen.getByRole('textbox', { name: 'Mobile phone number' })
    expect(mobileNumber).toHaveAttribute('type', 'tel')
    expect(mobileNumber).toHaveAttribute('autocomplete', 'tel')
    expect(mobileNumber).toHaveAccessibleDescription('UK mobile numbers only')
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password')
    await user.type(mobileNumber, '07700 900 982')
    await user.type(screen.getByLabelText('Password'), 'a long enough password')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    const heading = await screen.findByRole('heading', { level: 1, name: 'Check your phone' })
    expect(heading).toHaveFocus()
    expect(document.title).toBe('Check your phone – Adoption support')
    expect(
      screen.getByText('We have sent a code to your phone number ending 982.'),
    ).toBeInTheDocument()
    const code = screen.getByRole('textbox', { name: 'Security code' })
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(code).toHaveAttribute('inputmode', 'numeric')
    expect(screen.getByText('Problem with the code?')).toBeInTheDocument()
    await user.type(code, '482913')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' }),
    ).toBeInTheDocument()
    expect(screen.getByText('You have set up how you confirm it is you')).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/home')
    expect(requests).toEqual([
      {
        path: 'text-message',
        body: { mobileNumber: '07700900982', password: 'a long enough password' },
      },
      { path: 'text-message/confirm', body: { code: '482913' } },
    ])
  })

  it('shows the GOV.UK errors for the mobile number and password, keeping what was typed', async () => {
    accountSettingUp('adopter')
    server.use(
      http.post(mswPath('startTextMessageSetup'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'Your password is not correct',
          fieldErrors: { password: 'Enter your current password correctly' },
        }),
      ),
    )
    const { user } = renderRoute('/account/security/set-up')
    await user.click(await screen.findByRole('radio', { name: 'Text message' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Enter your mobile phone number' })

    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = screen.getByRole('alert')
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter a UK mobile phone number', '#mobileNumber'],
      ['Enter your password', '#password'],
    ])
    expect(document.title).toBe('Error: Enter your mobile phone number – Adoption support')

    const mobileNumber = screen.getByRole('textbox', { name: 'Mobile phone number' })
    await user.type(mobileNumber, '01632 960 001')
    await user.type(screen.getByLabelText('Password'), 'not my password')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Enter a UK mobile phone number, like 07700 900 982',
      }),
    ).toHaveAttribute('href', '#mobileNumber')
    expect(mobileNumber).toHaveAccessibleDescription(
      'UK mobile numbers only Error: Enter a UK mobile phone number, like 07700 900 982',
    )

    await user.clear(mobileNumber)
    await user.type(mobileNumber, '+44 7700 900982')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Enter your current password correctly',
      }),
    ).toHaveAttribute('href', '#password')
    expect(mobileNumber).toHaveValue('+44 7700 900982')
    expect(screen.getByLabelText('Password')).toHaveValue('not my password')
  })

  it('shows the API’s message for a wrong or expired code, and goes back for a new one', async () => {
    const requests = accountSettingUp('adopter')
    const { user } = renderRoute('/account/security/set-up')
    await user.click(await screen.findByRole('radio', { name: 'Text message' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.type(
      await screen.findByRole('textbox', { name: 'Mobile phone number' }),
      '07700900982',
    )
    await user.type(screen.getByLabelText('Password'), 'a long enough password')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your phone' })

    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter the security code' }),
    ).toHaveAttribute('href', '#code')

    server.use(
      http.post(
        mswPath('confirmTextMessageSetup'),
        () =>
          apiErrorResponse(400, {
            code: 'VALIDATION_FAILED',
            message: 'The security code is not correct',
            fieldErrors: { code: 'Enter the security code we sent to your phone' },
          }),
        { once: true },
      ),
      http.post(
        mswPath('confirmTextMessageSetup'),
        () =>
          apiErrorResponse(400, {
            code: 'VALIDATION_FAILED',
            message: 'The security code has expired',
            fieldErrors: { code: 'The security code has expired. Go back and send a new one' },
          }),
        { once: true },
      ),
    )
    const code = screen.getByRole('textbox', { name: 'Security code' })
    await user.type(code, '000000')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Enter the security code we sent to your phone',
      }),
    ).toHaveAttribute('href', '#code')
    expect(document.title).toBe('Error: Check your phone – Adoption support')
    expect(code).toHaveValue('000000')

    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'The security code has expired. Go back and send a new one',
      }),
    ).toBeInTheDocument()

    await user.click(screen.getByText('Problem with the code?'))
    await user.click(
      screen.getByRole('link', { name: 'send a new code or change your mobile phone number' }),
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enter your mobile phone number' }),
    ).toHaveFocus()
    expect(screen.getByRole('textbox', { name: 'Mobile phone number' })).toHaveValue('07700900982')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your phone' }),
    ).toBeInTheDocument()
    expect(requests.filter((request) => request.path === 'text-message')).toHaveLength(2)
  })
})
