import type { ApiErrorBody, InvitationSummary } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildInvitationSummary } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

const token = 'Zk3Jd8sPq0ZxYvW1uT2sR4qP'
const expired = () =>
  apiErrorResponse(404, {
    code: 'NOT_FOUND',
    message: 'This invitation link has expired or has already been used',
  })

describe('create account', () => {
  it('shows whose invitation it is, creates the account and goes to sign in', async () => {
    const received: unknown[] = []
    server.use(
      http.get<{ token: string }, never, InvitationSummary | ApiErrorBody>(
        mswPath('getInvitation'),
        ({ params }) =>
          params.token === token ? HttpResponse.json(buildInvitationSummary()) : expired(),
      ),
      http.post(mswPath('acceptInvitation'), async ({ request }) => {
        received.push(await request.json())
        return HttpResponse.json({ ok: true }, { status: 201 })
      }),
    )
    const { user, router } = renderRoute(`/create-account/${token}`)
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Create your account' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Create your account – Adoption support')
    expect(
      screen.getByText('Adoption Central England has invited you to use Adoption support.'),
    ).toBeInTheDocument()
    expect(screen.getByText('sarah.philips@example.com')).toBeInTheDocument()
    expect(screen.getByText('Adoptive parent or special guardian')).toBeInTheDocument()

    await user.type(screen.getByLabelText('Create a password'), 'coffee train fish')
    await user.click(screen.getByRole('button', { name: 'Create account' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Your account has been created')
    expect(banner).toHaveTextContent('Sign in with your email address and the password you chose.')
    expect(currentLocation(router).path).toBe('/sign-in')
    expect(received).toEqual([{ password: 'coffee train fish' }])
  })

  it('shows the GOV.UK errors for the password, the contract’s and the API’s', async () => {
    server.use(
      http.get(mswPath('getInvitation'), () =>
        HttpResponse.json<InvitationSummary>(buildInvitationSummary()),
      ),
      http.post(mswPath('acceptInvitation'), () =>
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
    const { user } = renderRoute(`/create-account/${token}`)
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    await user.click(await screen.findByRole('button', { name: 'Create account' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter a password' }),
    ).toHaveAttribute('href', '#password')
    expect(document.title).toBe('Error: Create your account – Adoption support')

    await user.type(screen.getByLabelText('Create a password'), 'adoption1234')
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Enter a password that is harder to guess. Avoid common words and simple patterns',
      }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Create a password')).toHaveValue('adoption1234')
  })

  it('says the link has expired when the invitation is used or too old', async () => {
    server.use(http.get(mswPath('getInvitation'), () => expired()))
    renderRoute(`/create-account/${token}`)
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link has expired' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('This link has expired – Adoption support')
    expect(screen.getByRole('link', { name: 'sign in' })).toHaveAttribute('href', '/sign-in')
  })

  it('says the link has expired without asking the API when the token is malformed', async () => {
    renderRoute('/create-account/short')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(
      screen.getByRole('heading', { level: 1, name: 'This link has expired' }),
    ).toBeInTheDocument()
  })
})
