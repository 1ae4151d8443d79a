import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../test/factories.ts'
import { mswPath, sessionHandler, signedOutResponse } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

describe('RequireSession', () => {
  it('sends a reader who is not signed in to sign in', async () => {
    const { router } = renderRoute('/home')

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/sign-in')
    expect(screen.queryByRole('link', { name: 'Sign out' })).not.toBeInTheDocument()
  })

  it('sends a session without a second factor to set one up, whatever page it asks for', async () => {
    server.use(
      sessionHandler(
        buildSession({
          stage: 'second-factor-setup-required',
          user: { role: 'adopter', secondFactorMethod: null },
        }),
      ),
    )
    const { router } = renderRoute('/account/password')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'How do you want to get security codes?',
      }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/account/security/set-up')
    // Only "Sign out" until the set-up is done.
    const navigation = screen.getByRole('navigation', { name: 'Menu' })
    expect(
      within(navigation)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Sign out'])
  })

  it('sends a signed-in reader away from the set-up page to their home page', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'duty_officer' } })))
    const { router } = renderRoute('/account/security/set-up')

    expect(await screen.findByRole('heading', { level: 1, name: 'Priya Shah' })).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/home')
  })

  it('asks the API for the session once, then reads it from the cache', async () => {
    let asked = 0
    server.use(
      http.get(mswPath('getSession'), () => {
        asked += 1
        return HttpResponse.json(buildSession())
      }),
    )
    const { user } = renderRoute('/home')
    await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' })

    await user.click(screen.getByRole('link', { name: 'Change your password' }))
    await screen.findByRole('heading', { level: 1, name: 'Change your password' })
    await user.click(screen.getByRole('link', { name: 'Back to your account' }))
    await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' })

    expect(asked).toBe(1)
  })
})

describe('signing out', () => {
  it('ends the session, forgets it in the browser and says so on the sign-in page', async () => {
    let signedOut = false
    server.use(
      http.get(mswPath('getSession'), () =>
        signedOut ? signedOutResponse() : HttpResponse.json(buildSession()),
      ),
      http.delete(mswPath('signOut'), () => {
        signedOut = true
        return HttpResponse.json({ ok: true })
      }),
    )
    window.sessionStorage.setItem('left-over', 'x')
    window.localStorage.setItem('left-over', 'x')
    const { user, router, queryClient } = renderRoute('/home')
    await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' })

    const navigation = screen.getByRole('navigation', { name: 'Menu' })
    await user.click(within(navigation).getByRole('link', { name: 'Sign out' }))

    expect(await screen.findByText('You have signed out')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/sign-in')
    expect(signedOut).toBe(true)
    expect(
      queryClient.getQueryCache().findAll({ predicate: (query) => query.state.data !== undefined }),
    ).toEqual([])
    expect(window.sessionStorage).toHaveLength(0)
    expect(window.localStorage).toHaveLength(0)
    expect(screen.queryByRole('navigation', { name: 'Menu' })).not.toBeInTheDocument()

    // The browser's back button finds nothing to show.
    await router.navigate('/home')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
  })
})
