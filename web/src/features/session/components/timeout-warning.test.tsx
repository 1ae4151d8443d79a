import type { ApiErrorBody, Session } from '@asp/bff/contract'
import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildSession } from '../../../test/factories.ts'
import { mswPath, signedOutResponse } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

const minutes = (count: number) => count * 60_000

async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
}

/** A signed-in adopter whose session the API extends by 30 minutes from each request. */
function signedInSession() {
  const requests: string[] = []
  let session: Session = buildSession()
  let signedOut = false
  const renew = () => {
    session = { ...session, idleExpiresAt: new Date(Date.now() + minutes(30)).toISOString() }
    return session
  }
  server.use(
    http.all('/api/*', ({ request }) => {
      requests.push(`${request.method} ${new URL(request.url).pathname}`)
    }),
    http.get<never, never, Session | ApiErrorBody>(mswPath('getSession'), () =>
      signedOut ? signedOutResponse() : HttpResponse.json(session),
    ),
    http.post(mswPath('extendSession'), () => HttpResponse.json<Session>(renew())),
    http.delete(mswPath('signOut'), () => {
      signedOut = true
      return HttpResponse.json({ ok: true })
    }),
    http.post(mswPath('signOutOtherDevices'), () => HttpResponse.json({ ok: true })),
  )
  return { requests }
}

describe('timeout warning', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    vi.setSystemTime(new Date('2026-10-03T09:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  function renderHome() {
    return renderRoute('/home', { advanceTimers: vi.advanceTimersByTime })
  }

  it('warns 2 minutes before the session ends, in a modal dialog that keeps focus', async () => {
    const { requests } = signedInSession()
    const { user } = renderHome()
    const button = await screen.findByRole('button', { name: 'Sign out of all other devices' })
    button.focus()

    await wait(minutes(27) + 59_000)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    await wait(1_000)
    const dialog = screen.getByRole('dialog', { name: 'You’re about to be signed out' })
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    expect(dialog).toHaveAccessibleDescription(
      'For your security, we will sign you out in 2 minutes.',
    )
    expect(dialog).toHaveFocus()
    expect(screen.getByRole('main').parentElement).toHaveAttribute('inert')
    expect(screen.getByRole('banner')).toHaveAttribute('inert')

    const stay = within(dialog).getByRole('button', { name: 'Stay signed in' })
    const signOut = within(dialog).getByRole('link', { name: 'Sign out' })
    expect(signOut).toHaveAttribute('href', '/sign-out')
    await user.tab()
    expect(stay).toHaveFocus()
    await user.tab()
    expect(signOut).toHaveFocus()
    await user.tab()
    expect(stay).toHaveFocus()
    await user.tab({ shift: true })
    expect(signOut).toHaveFocus()

    // Waiting asked the API nothing: only the page's own session request.
    expect(requests).toEqual(['GET /api/session'])
  })

  it('stays signed in: extends the session, closes and gives focus back', async () => {
    const { requests } = signedInSession()
    const { user } = renderHome()
    const button = await screen.findByRole('button', { name: 'Sign out of all other devices' })
    button.focus()
    await wait(minutes(28))

    await user.click(screen.getByRole('button', { name: 'Stay signed in' }))

    await vi.waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    })
    expect(button).toHaveFocus()
    expect(screen.getByRole('main').parentElement).not.toHaveAttribute('inert')
    expect(requests).toEqual(['GET /api/session', 'POST /api/session/extend'])

    // The new end is 30 minutes from the extension: the next warning comes 28 minutes after it.
    await wait(minutes(27))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await wait(minutes(1) + 1_000)
    expect(screen.getByRole('dialog')).toBeInTheDocument()
  })

  it('stays signed in when Escape is pressed', async () => {
    const { requests } = signedInSession()
    const { user } = renderHome()
    await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' })
    await wait(minutes(28))
    expect(screen.getByRole('dialog')).toBeInTheDocument()

    await user.keyboard('{Escape}')

    await vi.waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    })
    expect(requests).toContain('POST /api/session/extend')
  })

  it('signs out and says why when time runs out', async () => {
    const { requests } = signedInSession()
    const { router, queryClient } = renderHome()
    await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' })

    await wait(minutes(30))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You have been signed out' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        'We signed you out because you did not do anything for 30 minutes. We did this to keep your information secure.',
      ),
    ).toBeInTheDocument()
    expect(document.title).toBe('You have been signed out – Adoption support')
    expect(currentLocation(router).path).toBe('/signed-out')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Sign out' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in')
    await vi.waitFor(() => {
      expect(requests).toEqual(['GET /api/session', 'DELETE /api/session'])
    })
    expect(
      queryClient.getQueryCache().findAll({ predicate: (query) => query.state.data != null }),
    ).toEqual([])
  })

  it('counts other requests as activity, which moves the end on', async () => {
    const { requests } = signedInSession()
    const { user } = renderHome()
    await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' })

    await wait(minutes(10))
    await user.click(screen.getByRole('button', { name: 'Sign out of all other devices' }))
    await screen.findByText('You have signed out of all other devices')

    // The BFF slides the session at most once a minute, so the SPA allows a minute for it.
    await wait(minutes(26))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await wait(minutes(1) + 1_000)
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(requests).toEqual(['GET /api/session', 'POST /api/session/sign-out-other-devices'])
  })
})
