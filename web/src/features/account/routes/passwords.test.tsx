import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

const token = 'k3Jd8sPq0ZxYvW1uT2sR'

describe('forgotten password', () => {
  it('sends the email address and says what happens next, without saying whether it exists', async () => {
    const received: unknown[] = []
    server.use(
      http.post(mswPath('requestPasswordReset'), async ({ request }) => {
        received.push(await request.json())
        return HttpResponse.json({ ok: true }, { status: 202 })
      }),
    )
    const { user } = renderRoute('/sign-in')
    await user.click(screen.getByRole('link', { name: 'Forgotten your password?' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reset your password' }),
    ).toBeInTheDocument()

    await user.type(
      screen.getByRole('textbox', { name: 'Email address' }),
      'sarah.philips@example.com',
    )
    await user.click(screen.getByRole('button', { name: 'Send link' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your email' })).toHaveFocus()
    expect(
      screen.getByText(
        'If an account exists for that email address, we have sent a link to reset your password. The link expires in 1 hour.',
      ),
    ).toBeInTheDocument()
    expect(document.title).toBe('Check your email – Adoption support')
    expect(received).toEqual([{ email: 'sarah.philips@example.com' }])
  })

  it('shows the GOV.UK error for an email address in the wrong format', async () => {
    const { user } = renderRoute('/forgotten-password')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    await user.click(screen.getByRole('button', { name: 'Send link' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter your email address' }),
    ).toHaveAttribute('href', '#email')

    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'sarah@')
    await user.click(screen.getByRole('button', { name: 'Send link' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Enter an email address in the correct format, like name@example.com',
      }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Error: Reset your password – Adoption support')
  })
})

describe('reset password', () => {
  it('sets the new password and goes to sign in with a success banner', async () => {
    const received: unknown[] = []
    server.use(
      http.post(mswPath('resetPassword'), async ({ request }) => {
        received.push(await request.json())
        return HttpResponse.json({ ok: true })
      }),
    )
    const { user, router } = renderRoute(`/reset-password?token=${token}`)
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(
      screen.getByRole('heading', { level: 1, name: 'Choose a new password' }),
    ).toBeInTheDocument()
    const password = screen.getByLabelText('New password')
    expect(password).toHaveAttribute('autocomplete', 'new-password')
    await user.type(password, 'coffee train fish')
    await user.click(screen.getByRole('button', { name: 'Reset password' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Your password has been reset')
    expect(banner).toHaveTextContent('Sign in with your new password.')
    expect(currentLocation(router).path).toBe('/sign-in')
    expect(received).toEqual([{ token, password: 'coffee train fish' }])
  })

  it('shows the GOV.UK errors for a short or guessable password', async () => {
    server.use(
      http.post(mswPath('resetPassword'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'Enter a password that is harder to guess',
          fieldErrors: {
            password:
              'Enter a password that is harder to guess. Avoid common words and simple patterns',
          },
        }),
      ),
    )
    const { user } = renderRoute(`/reset-password?token=${token}`)
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    await user.type(screen.getByLabelText('New password'), 'short')
    await user.click(screen.getByRole('button', { name: 'Reset password' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Password must be 12 characters or more',
      }),
    ).toHaveAttribute('href', '#password')
    expect(document.title).toBe('Error: Choose a new password – Adoption support')

    await user.clear(screen.getByLabelText('New password'))
    await user.type(screen.getByLabelText('New password'), 'password1234')
    await user.click(screen.getByRole('button', { name: 'Reset password' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Enter a password that is harder to guess. Avoid common words and simple patterns',
      }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('New password')).toHaveValue('password1234')
  })

  it('says the link has expired when the API refuses the token', async () => {
    server.use(
      http.post(mswPath('resetPassword'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'This link has expired or has already been used',
          fieldErrors: {
            token: 'This link has expired or has already been used. Ask for a new one',
          },
        }),
      ),
    )
    const { user } = renderRoute(`/reset-password?token=${token}`)
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    await user.type(screen.getByLabelText('New password'), 'coffee train fish')
    await user.click(screen.getByRole('button', { name: 'Reset password' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link has expired' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('This link has expired – Adoption support')
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgotten-password',
    )
  })

  it('says the link has expired when it has no token', async () => {
    renderRoute('/reset-password')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(
      screen.getByRole('heading', { level: 1, name: 'This link has expired' }),
    ).toBeInTheDocument()
  })
})

describe('change password', () => {
  it('changes the password and says the other devices are signed out', async () => {
    const received: unknown[] = []
    server.use(
      sessionHandler(buildSession()),
      http.post(mswPath('changePassword'), async ({ request }) => {
        received.push(await request.json())
        return HttpResponse.json({ ok: true })
      }),
    )
    const { user, router } = renderRoute('/account/password')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    await user.type(await screen.findByLabelText('Current password'), 'my old password')
    await user.type(screen.getByLabelText('New password'), 'coffee train fish')
    await user.click(screen.getByRole('button', { name: 'Change password' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Your password has been changed')
    expect(banner).toHaveTextContent('We have signed you out on your other devices.')
    expect(currentLocation(router).path).toBe('/home')
    expect(received).toEqual([
      { currentPassword: 'my old password', newPassword: 'coffee train fish' },
    ])
  })

  it('shows the GOV.UK errors in page order, and the API’s for a wrong current password', async () => {
    server.use(
      sessionHandler(buildSession()),
      http.post(mswPath('changePassword'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'Your password is not correct',
          fieldErrors: { currentPassword: 'Enter your current password correctly' },
        }),
      ),
    )
    const { user } = renderRoute('/account/password')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })
    await user.click(await screen.findByRole('button', { name: 'Change password' }))

    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter your current password', '#currentPassword'],
      ['Enter a password', '#newPassword'],
    ])
    expect(document.title).toBe('Error: Change your password – Adoption support')

    await user.type(screen.getByLabelText('Current password'), 'not my password')
    await user.type(screen.getByLabelText('New password'), 'coffee train fish')
    await user.click(screen.getByRole('button', { name: 'Change password' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Enter your current password correctly',
      }),
    ).toHaveAttribute('href', '#currentPassword')
    expect(screen.getByLabelText('New password')).toHaveValue('coffee train fish')
  })
})
