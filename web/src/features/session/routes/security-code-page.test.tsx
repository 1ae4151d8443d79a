import type { SecondFactor, SignInResult } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../test/handlers.ts'
import { teamViewHandler } from '../../support-requests/test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

function answerCode(received: SecondFactor[]) {
  return http.post<never, SecondFactor, SignInResult>(
    mswPath('verifySecondFactor'),
    async ({ request }) => {
      received.push(await request.json())
      return HttpResponse.json({ stage: 'active' })
    },
  )
}

const appMethods = { methods: ['totp', 'recovery-code'] }

describe('security code', () => {
  it('takes the code from the authenticator app and goes to the home page', async () => {
    const received: SecondFactor[] = []
    server.use(
      answerCode(received),
      sessionHandler(buildSession({ user: { role: 'support_worker' } })),
    )
    const { user, router } = renderRoute('/sign-in/security-code', { state: appMethods })
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(document.title).toBe('Enter the code from your authenticator app – Adoption support')
    const code = screen.getByRole('textbox', { name: 'Security code' })
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(code).toHaveAttribute('inputmode', 'numeric')
    await user.type(code, '123456')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Hughes' })).toBeInTheDocument()
    expect(received).toEqual([{ method: 'totp', code: '123456' }])
    expect(currentLocation(router).path).toBe('/home')
  })

  it('offers a recovery code instead', async () => {
    const received: SecondFactor[] = []
    server.use(
      answerCode(received),
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      teamViewHandler(),
    )
    const { user } = renderRoute('/sign-in/security-code', { state: appMethods })
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    await user.click(screen.getByRole('link', { name: 'Use a recovery code instead' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enter a recovery code' }),
    ).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Recovery code' }), 'ab12cd34ef')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Grace Okafor' }),
    ).toBeInTheDocument()
    expect(received).toEqual([{ method: 'recovery-code', code: 'ab12cd34ef' }])
  })

  it('shows the GOV.UK errors for a missing code and for a wrong one', async () => {
    server.use(
      http.post(mswPath('verifySecondFactor'), () =>
        apiErrorResponse(401, {
          code: 'UNAUTHENTICATED',
          message: 'The security code is not correct or has expired',
          fieldErrors: { code: 'Enter the correct security code' },
        }),
      ),
    )
    const { user } = renderRoute('/sign-in/security-code', { state: appMethods })
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter the security code' }),
    ).toHaveAttribute('href', '#code')
    expect(document.title).toBe(
      'Error: Enter the code from your authenticator app – Adoption support',
    )

    await user.type(screen.getByRole('textbox', { name: 'Security code' }), '654321')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Enter the correct security code',
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Security code' })).toHaveValue('654321')
    expect(screen.getByRole('textbox', { name: 'Security code' })).toHaveAccessibleDescription(
      'This is the 6-digit code shown in your authenticator app. Error: Enter the correct security code',
    )
  })

  it('says the sign-in has timed out when the first step has expired', async () => {
    server.use(
      http.post(mswPath('verifySecondFactor'), () =>
        apiErrorResponse(401, {
          code: 'UNAUTHENTICATED',
          message: 'Your sign-in has timed out. Sign in again',
        }),
      ),
    )
    const { user } = renderRoute('/sign-in/security-code', { state: appMethods })
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    await user.type(screen.getByRole('textbox', { name: 'Security code' }), '123456')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your sign-in has timed out. Sign in again',
    )
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    )
  })

  it('sends a code by email when asked, then takes it', async () => {
    let sent = 0
    const received: SecondFactor[] = []
    server.use(
      http.post(mswPath('sendSecurityCode'), () => {
        sent += 1
        return HttpResponse.json({ ok: true })
      }),
      answerCode(received),
      sessionHandler(buildSession({ user: { role: 'adopter' } })),
    )
    const { user } = renderRoute('/sign-in/security-code', { state: { methods: ['email'] } })
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(
      screen.getByRole('heading', { level: 1, name: 'Get a security code by email' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send a code' }))

    const heading = await screen.findByRole('heading', { level: 1, name: 'Check your email' })
    expect(heading).toHaveFocus()
    expect(sent).toBe(1)
    await user.click(screen.getByRole('button', { name: 'Send another code' }))
    expect(await screen.findByText('We have sent you another code')).toBeInTheDocument()
    expect(sent).toBe(2)

    await user.type(screen.getByRole('textbox', { name: 'Security code' }), '482913')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' }),
    ).toBeInTheDocument()
    expect(received).toEqual([{ method: 'email', code: '482913' }])
  })

  it('sends a code by text message when asked, says where it went, and sends it again', async () => {
    let sent = 0
    const received: SecondFactor[] = []
    server.use(
      http.post(mswPath('sendSecurityCode'), () => {
        sent += 1
        return HttpResponse.json({ ok: true })
      }),
      answerCode(received),
      sessionHandler(buildSession({ user: { role: 'adopter', secondFactorMethod: 'sms' } })),
    )
    const { user } = renderRoute('/sign-in/security-code', {
      state: { methods: ['sms'], mobileNumberEnding: '982' },
    })
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(
      screen.getByRole('heading', { level: 1, name: 'Get a security code by text message' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Get a security code by text message – Adoption support')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send a code' }))

    const heading = await screen.findByRole('heading', { level: 1, name: 'Check your phone' })
    expect(heading).toHaveFocus()
    expect(document.title).toBe('Check your phone – Adoption support')
    expect(
      screen.getByText('We have sent a code to your phone number ending 982.'),
    ).toBeInTheDocument()
    expect(sent).toBe(1)
    const code = screen.getByRole('textbox', { name: 'Security code' })
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(code).toHaveAttribute('inputmode', 'numeric')

    await user.click(screen.getByText('Problem with the code?'))
    await user.click(screen.getByRole('button', { name: 'Send the code again' }))
    expect(await screen.findByText('We have sent you another code')).toBeInTheDocument()
    expect(sent).toBe(2)

    await user.type(code, '482913')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' }),
    ).toBeInTheDocument()
    expect(received).toEqual([{ method: 'sms', code: '482913' }])
  })

  it('shows the API’s message for a wrong code sent by text message, keeping what was typed', async () => {
    server.use(
      http.post(mswPath('sendSecurityCode'), () => HttpResponse.json({ ok: true })),
      http.post(mswPath('verifySecondFactor'), () =>
        apiErrorResponse(401, {
          code: 'UNAUTHENTICATED',
          message: 'The security code is not correct or has expired',
          fieldErrors: { code: 'Enter the correct security code' },
        }),
      ),
    )
    const { user } = renderRoute('/sign-in/security-code', {
      state: { methods: ['sms'], mobileNumberEnding: '982' },
    })
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })
    await user.click(screen.getByRole('button', { name: 'Send a code' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your phone' })

    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter the security code' }),
    ).toHaveAttribute('href', '#code')
    expect(document.title).toBe('Error: Check your phone – Adoption support')

    await user.type(screen.getByRole('textbox', { name: 'Security code' }), '111111')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Enter the correct security code',
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Security code' })).toHaveValue('111111')
  })

  it('says so when too many codes have been sent', async () => {
    server.use(
      http.post(mswPath('sendSecurityCode'), () =>
        apiErrorResponse(429, {
          code: 'RATE_LIMITED',
          message: 'Too many attempts. Wait a few minutes and try again',
        }),
      ),
    )
    const { user } = renderRoute('/sign-in/security-code', { state: { methods: ['email'] } })
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    await user.click(screen.getByRole('button', { name: 'Send a code' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Wait a few minutes and try again',
    )
    expect(document.title).toBe('Error: Get a security code by email – Adoption support')
  })

  it('goes back to sign in when opened without signing in first', async () => {
    const { router } = renderRoute('/sign-in/security-code')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/sign-in')
  })
})
