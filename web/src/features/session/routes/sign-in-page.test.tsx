import type { SignIn, SignInResult } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

function answerSignIn(result: SignInResult, received: SignIn[] = []) {
  return http.post<never, SignIn, SignInResult>(mswPath('signIn'), async ({ request }) => {
    received.push(await request.json())
    return HttpResponse.json(result)
  })
}

async function fillIn(
  user: ReturnType<typeof renderRoute>['user'],
  email: string,
  password: string,
) {
  if (email !== '') {
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), email)
  }
  if (password !== '') {
    await user.type(screen.getByLabelText('Password'), password)
  }
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

describe('sign in', () => {
  it('sends the email address and password, then asks for the code from the app', async () => {
    const received: SignIn[] = []
    server.use(
      answerSignIn(
        { stage: 'second-factor-required', methods: ['totp', 'recovery-code'] },
        received,
      ),
    )
    const { user, router } = renderRoute('/sign-in')

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(document.title).toBe('Sign in – Adoption support')
    expect(screen.getByRole('link', { name: 'Forgotten your password?' })).toHaveAttribute(
      'href',
      '/forgotten-password',
    )
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password')
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password')

    await fillIn(user, ' Sarah.Philips@example.com ', 'correct horse battery')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Enter the code from your authenticator app',
      }),
    ).toBeInTheDocument()
    expect(received).toEqual([
      { email: 'Sarah.Philips@example.com', password: 'correct horse battery' },
    ])
    expect(currentLocation(router)).toEqual({
      path: '/sign-in/security-code',
      state: { methods: ['totp', 'recovery-code'] },
    })
  })

  it('passes on the ending of the mobile number a text message will go to', async () => {
    server.use(
      answerSignIn({
        stage: 'second-factor-required',
        methods: ['sms'],
        mobileNumberEnding: '982',
      }),
    )
    const { user, router } = renderRoute('/sign-in')

    await fillIn(user, 'sarah.philips@example.com', 'correct horse battery')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Get a security code by text message' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/We will send a security code to your phone number ending 982\./),
    ).toBeInTheDocument()
    expect(currentLocation(router)).toEqual({
      path: '/sign-in/security-code',
      state: { methods: ['sms'], mobileNumberEnding: '982' },
    })
  })

  it('goes to the set-up page when the account has no second factor yet', async () => {
    server.use(
      answerSignIn({ stage: 'second-factor-setup-required' }),
      sessionHandler(
        buildSession({
          stage: 'second-factor-setup-required',
          user: { role: 'support_worker', secondFactorMethod: null },
        }),
      ),
    )
    const { user, router } = renderRoute('/sign-in')

    await fillIn(user, 'tom.hughes@example.org', 'a long enough password')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up an authenticator app' }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/account/security/set-up')
  })

  it('shows the GOV.UK error summary and inline errors when nothing is entered', async () => {
    let calls = 0
    server.use(
      http.post(mswPath('signIn'), () => {
        calls += 1
        return HttpResponse.json({ stage: 'active' })
      }),
    )
    const { user } = renderRoute('/sign-in')

    await fillIn(user, '', '')

    const summary = screen.getByRole('alert')
    expect(
      within(summary).getByRole('heading', { level: 2, name: 'There is a problem' }),
    ).toBeInTheDocument()
    const links = within(summary).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter your email address', '#email'],
      ['Enter your password', '#password'],
    ])
    expect(summary.parentElement).toHaveFocus()
    expect(document.title).toBe('Error: Sign in – Adoption support')
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveAccessibleDescription(
      'Error: Enter your email address',
    )
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'Error: Enter your password',
    )
    expect(calls).toBe(0)

    await user.click(links[1] as HTMLElement)
    expect(screen.getByLabelText('Password')).toHaveFocus()
  })

  it('checks the format of the email address with the contract’s schema', async () => {
    const { user } = renderRoute('/sign-in')

    await fillIn(user, 'sarah.philips', 'correct horse battery')

    expect(
      screen.getByRole('link', {
        name: 'Enter an email address in the correct format, like name@example.com',
      }),
    ).toHaveAttribute('href', '#email')
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('sarah.philips')
  })

  it('puts the API’s message on the email field and keeps what was typed when the details are wrong', async () => {
    server.use(
      http.post(mswPath('signIn'), () =>
        apiErrorResponse(401, {
          code: 'UNAUTHENTICATED',
          message: 'Enter the correct email address and password',
          fieldErrors: { email: 'Enter the correct email address and password' },
        }),
      ),
    )
    const { user } = renderRoute('/sign-in')

    await fillIn(user, 'sarah.philips@example.com', 'not my password')

    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', { name: 'Enter the correct email address and password' }),
    ).toHaveAttribute('href', '#email')
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveAccessibleDescription(
      'Error: Enter the correct email address and password',
    )
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue(
      'sarah.philips@example.com',
    )
    expect(screen.getByLabelText('Password')).toHaveValue('not my password')
    expect(document.title).toBe('Error: Sign in – Adoption support')
  })

  it('says so when there have been too many attempts', async () => {
    server.use(
      http.post(mswPath('signIn'), () =>
        apiErrorResponse(429, {
          code: 'RATE_LIMITED',
          message: 'Too many attempts. Wait a few minutes and try again',
        }),
      ),
    )
    const { user } = renderRoute('/sign-in')

    await fillIn(user, 'sarah.philips@example.com', 'not my password')

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Too many attempts. Wait a few minutes and try again')
    expect(within(summary).queryAllByRole('link')).toHaveLength(0)
  })

  it('lets the reader show the password they typed', async () => {
    const { user } = renderRoute('/sign-in')
    const password = screen.getByLabelText('Password')

    await user.click(screen.getByRole('button', { name: 'Show password' }))

    expect(password).toHaveAttribute('type', 'text')
    expect(screen.getByText('Your password is visible')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Hide password' }))
    expect(password).toHaveAttribute('type', 'password')
  })
})
