import type { MailboxMessage } from '@asp/bff/contract'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildMailboxMessage, buildTextMessage } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

function mailbox(messages: MailboxMessage[]) {
  return http.get(mswPath('getDevMailbox'), () => HttpResponse.json({ messages }))
}

describe('development mailbox', () => {
  it('lists the emails newest first, with links into the service made clickable', async () => {
    const origin = window.location.origin
    server.use(
      mailbox([
        buildMailboxMessage({
          id: '1f0e2d3c-b5a6-4978-8695-a4b3c2d1e0f1',
          subject: 'Your Adoption support security code',
          createdAt: '2026-10-03T09:00:00.000Z',
        }),
        buildMailboxMessage({
          id: '1f0e2d3c-b5a6-4978-8695-a4b3c2d1e0f2',
          subject: 'Create your account for Adoption support',
          createdAt: '2026-10-03T13:05:00.000Z',
          body: `You have been invited.\n\nCreate your account: ${origin}/create-account/Zk3Jd8sPq0ZxYvW1uT2sR4qP.\n\nRead more at https://www.gov.uk/child-adoption or https://evil.example/${origin}`,
        }),
      ]),
    )
    const { user, router } = renderRoute('/dev/mailbox')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(
      screen.getByRole('heading', { level: 1, name: 'Development mailbox' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Development mailbox – Adoption support')
    expect(await screen.findByText('2 messages, newest first.')).toBeInTheDocument()
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual(['Create your account for Adoption support', 'Your Adoption support security code'])
    expect(screen.getAllByText('sarah.philips@example.com')).toHaveLength(2)
    expect(screen.getByText('3 October 2026 at 2:05pm')).toBeInTheDocument()

    const invitation = screen.getByText(/You have been invited/)
    const links = within(invitation).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/create-account/Zk3Jd8sPq0ZxYvW1uT2sR4qP',
    ])
    expect(invitation).toHaveTextContent('https://www.gov.uk/child-adoption')

    server.use(
      http.get(mswPath('getInvitation'), () =>
        apiErrorResponse(404, { code: 'NOT_FOUND', message: 'Expired' }),
      ),
    )
    await user.click(links[0] as HTMLElement)
    await waitFor(() =>
      expect(currentLocation(router).path).toBe('/create-account/Zk3Jd8sPq0ZxYvW1uT2sR4qP'),
    )
  })

  it('shows a text message by who it went to, as it has no subject line', async () => {
    server.use(
      mailbox([
        buildMailboxMessage({ createdAt: '2026-10-03T09:00:00.000Z' }),
        buildTextMessage({ createdAt: '2026-10-03T13:05:00.000Z' }),
      ]),
    )
    renderRoute('/dev/mailbox')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(await screen.findByText('2 messages, newest first.')).toBeInTheDocument()
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual(['Text message to 07700900982', 'Your Adoption support security code'])
    const text = screen
      .getByRole('heading', { level: 2, name: 'Text message to 07700900982' })
      .closest('.govuk-summary-card')
    expect(text).not.toBeNull()
    expect(text).toHaveTextContent('To07700900982')
    expect(text).toHaveTextContent(
      'Your Adoption support security code is 482913. It expires in 5 minutes. Do not share it with anyone.',
    )
  })

  it('says when there are no messages, and checks again when asked', async () => {
    let calls = 0
    server.use(
      http.get(mswPath('getDevMailbox'), () => {
        calls += 1
        return HttpResponse.json({
          messages: calls === 1 ? [] : [buildMailboxMessage()],
        })
      }),
    )
    const { user } = renderRoute('/dev/mailbox')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(await screen.findByText('There are no messages yet.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Check for new messages' }))

    expect(await screen.findByText('1 message, newest first.')).toBeInTheDocument()
    expect(screen.getByText(/Your security code is 123456/)).toBeInTheDocument()
  })

  it('is "Page not found" when the mailbox is switched off', async () => {
    server.use(
      http.get(mswPath('getDevMailbox'), () =>
        apiErrorResponse(404, { code: 'NOT_FOUND', message: 'Page not found' }),
      ),
    )
    renderRoute('/dev/mailbox')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})
