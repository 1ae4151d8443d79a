import type { Family } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildFamily, buildSession, familyId, localAuthorities } from '../../../test/factories.ts'
import {
  apiErrorResponse,
  localAuthoritiesHandler,
  mswPath,
  sessionHandler,
} from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { renderRoute } from '../../../test/render.tsx'

const jamesId = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5e'
const created = {
  id: 'd4c3b2a1-0f9e-4d8c-9b7a-6f5e4d3c2b1a',
  email: 'james.philips@example.com',
  expiresAt: '2026-10-10T13:05:00.000Z',
}

function inviteHandler(received: unknown[]) {
  return http.post(mswPath('createInvitation'), async ({ request }) => {
    received.push(await request.json())
    return HttpResponse.json(created, { status: 201 })
  })
}

describe('invite a person', () => {
  it('invites an adoptive parent from their family’s record, with their details filled in', async () => {
    const received: unknown[] = []
    server.use(
      sessionHandler(buildSession({ user: { role: 'support_worker' } })),
      http.get(mswPath('getFamily'), () => HttpResponse.json<Family>(buildFamily())),
      inviteHandler(received),
    )
    const { user } = renderRoute(`/families/${familyId}`)

    await user.click(
      await screen.findByText('Invite to create an account', { selector: 'a', exact: false }),
    )

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Invite a person' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/They will be invited as: Adoptive parent or special guardian/),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('James Philips')
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue(
      'james.philips@example.com',
    )
    await user.click(screen.getByRole('button', { name: 'Send invitation' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Invitation sent' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Invitation sent – Adoption support')
    expect(screen.getByText('james.philips@example.com')).toBeInTheDocument()
    expect(screen.getByText(/It expires on 10 October 2026 at 2:05pm/)).toBeInTheDocument()
    expect(received).toEqual([
      {
        name: 'James Philips',
        email: 'james.philips@example.com',
        role: 'adopter',
        localAuthorityIds: [],
        familyParentId: jamesId,
      },
    ])
  })

  it('shows the GOV.UK errors, the contract’s and the API’s', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      http.post(mswPath('createInvitation'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: { email: 'An account already exists for this email address' },
        }),
      ),
    )
    const { user } = renderRoute(
      '/invitations/new?birthRelativeId=b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
    )

    await user.click(await screen.findByRole('button', { name: 'Send invitation' }))
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter their full name', '#name'],
      ['Enter their email address', '#email'],
    ])
    expect(document.title).toBe('Error: Invite a person – Adoption support')

    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Karen Doyle')
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'karen@example.com')
    await user.click(screen.getByRole('button', { name: 'Send invitation' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'An account already exists for this email address',
      }),
    ).toHaveAttribute('href', '#email')
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Karen Doyle')
  })

  it('lets an administrator invite staff with a role and the local authorities they work for', async () => {
    const received: unknown[] = []
    server.use(
      sessionHandler(buildSession({ user: { role: 'administrator' } })),
      localAuthoritiesHandler(),
      inviteHandler(received),
    )
    const { user } = renderRoute('/invitations/new')

    await user.type(await screen.findByRole('textbox', { name: 'Full name' }), 'Ola Nowak')
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'Ola.Nowak@example.org')
    await user.click(screen.getByRole('button', { name: 'Send invitation' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Select a role' }),
    ).toHaveAttribute('href', '#role')

    await user.click(screen.getByRole('radio', { name: 'Support worker' }))
    const authorities = screen.getByRole('group', { name: 'Local authorities they work for' })
    expect(
      within(authorities)
        .getAllByRole('checkbox')
        .map((checkbox) => checkbox.getAttribute('id')),
    ).toEqual(['localAuthorityIds', 'localAuthorityIds-2', 'localAuthorityIds-3'])
    await user.click(within(authorities).getByRole('checkbox', { name: 'Coventry City Council' }))
    await user.click(
      within(authorities).getByRole('checkbox', { name: 'Warwickshire County Council' }),
    )
    await user.click(screen.getByRole('button', { name: 'Send invitation' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Invitation sent' }),
    ).toBeInTheDocument()
    expect(received).toEqual([
      {
        name: 'Ola Nowak',
        email: 'ola.nowak@example.org',
        role: 'support_worker',
        localAuthorityIds: [localAuthorities.coventry.id, localAuthorities.warwickshire.id],
      },
    ])
  })

  it('shows the API’s message when staff are invited without a local authority', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'administrator' } })),
      localAuthoritiesHandler(),
      http.post(mswPath('createInvitation'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: { localAuthorityIds: 'Select the local authorities they work for' },
        }),
      ),
    )
    const { user } = renderRoute('/invitations/new')

    await user.type(await screen.findByRole('textbox', { name: 'Full name' }), 'Ola Nowak')
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'ola.nowak@example.org')
    await user.click(screen.getByRole('radio', { name: 'Duty officer' }))
    await user.click(screen.getByRole('button', { name: 'Send invitation' }))

    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Select the local authorities they work for',
      }),
    ).toHaveAttribute('href', '#localAuthorityIds')
    expect(
      screen.getByRole('group', { name: 'Local authorities they work for' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('Error: Select the local authorities they work for'),
    )
  })

  it('does not ask a support worker for local authorities', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'support_worker' } })))
    renderRoute('/invitations/new?birthRelativeId=b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e')

    expect(await screen.findByRole('textbox', { name: 'Full name' })).toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
  })

  it('explains where to start when opened without a person', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'support_worker' } })))
    renderRoute('/invitations/new')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Invite a person' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Find a person' }),
    ).toHaveAttribute('href', '/people')
  })

  it('is not for duty officers or families', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'duty_officer' } })))
    renderRoute('/invitations/new')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
