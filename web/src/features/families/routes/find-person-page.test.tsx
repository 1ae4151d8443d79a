import type { PersonResult } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildPerson, buildSession, familyId } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

const birthRelative = buildPerson({
  kind: 'birth_relative',
  id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
  name: 'Karen Doyle',
  email: null,
  familyId: null,
  detail: 'Birth mother',
  hasAccount: false,
})

function people(found: PersonResult[], searched: string[] = []) {
  return http.get(mswPath('findPeople'), ({ request }) => {
    searched.push(new URL(request.url).searchParams.get('q') ?? '')
    return HttpResponse.json({ people: found })
  })
}

describe('find a person', () => {
  it('searches by name and links adoptive parents to their family', async () => {
    const searched: string[] = []
    server.use(
      sessionHandler(buildSession({ user: { role: 'support_worker' } })),
      people([buildPerson(), birthRelative], searched),
    )
    const { user, router } = renderRoute('/people')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Find a person' }),
    ).toBeInTheDocument()
    await user.type(screen.getByRole('searchbox', { name: 'Name or email address' }), '  Philips ')
    await user.click(screen.getByRole('button', { name: 'Search' }))

    expect(
      await screen.findByRole('heading', { level: 2, name: '2 people found for ‘Philips’' }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/people?q=Philips')
    expect(document.title).toBe('Find a person: Philips – Adoption support')
    expect(searched).toEqual(['Philips'])
    const table = screen.getByRole('table', { name: 'People found for ‘Philips’' })
    expect(within(table).getByRole('link', { name: 'Sarah Philips' })).toHaveAttribute(
      'href',
      `/families/${familyId}`,
    )
    const karen = within(table).getByRole('row', { name: /Karen Doyle/ })
    expect(
      within(karen)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Karen DoyleInvite to create an account (Karen Doyle)Start an assessment of need (Karen Doyle)',
      'Birth relative',
      'Birth mother',
      'Not recorded',
    ])
    // A birth relative has no record page of their own: their assessment starts from here.
    expect(
      within(karen)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/invitations/new?birthRelativeId=b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
      '/needs-assessments/new?birthRelativeId=b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
    ])
  })

  it('offers an invitation only to adoptive parents and birth relatives without an account, and an assessment to every birth relative', async () => {
    const james = buildPerson({
      id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5e',
      name: 'James Philips',
      email: 'james.philips@example.com',
      hasAccount: false,
    })
    const invitedRelative = buildPerson({
      kind: 'birth_relative',
      id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5f',
      name: 'Paul Doyle',
      email: 'paul.doyle@example.com',
      familyId: null,
      detail: 'Birth father',
      hasAccount: true,
    })
    const staff = buildPerson({
      kind: 'staff',
      id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a03',
      name: 'Priya Shah',
      email: 'priya.shah@example.org',
      familyId: null,
      detail: 'Duty officer',
      hasAccount: true,
    })
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      people([buildPerson(), james, invitedRelative, staff]),
    )
    renderRoute('/people?q=Philips')

    const table = await screen.findByRole('table', { name: 'People found for ‘Philips’' })
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Sarah Philips', `/families/${familyId}`],
      ['James Philips', `/families/${familyId}`],
      [
        'Invite to create an account (James Philips)',
        `/invitations/new?familyId=${familyId}&familyParentId=9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5e`,
      ],
      [
        'Start an assessment of need (Paul Doyle)',
        '/needs-assessments/new?birthRelativeId=b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5f',
      ],
    ])
  })

  it('offers a duty officer no invitations and no assessments', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'duty_officer' } })),
      people([birthRelative]),
    )
    renderRoute('/people?q=Doyle')

    const table = await screen.findByRole('table', { name: 'People found for ‘Doyle’' })
    expect(within(table).queryByRole('link')).not.toBeInTheDocument()
  })

  it('runs the search in the address and says when nothing is found', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'duty_officer' } })), people([]))
    renderRoute('/people?q=Nobody')

    expect(
      await screen.findByRole('heading', { level: 2, name: '0 people found for ‘Nobody’' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Name or email address' })).toHaveValue('Nobody')
    expect(screen.getByText('checking your spelling')).toBeInTheDocument()
  })

  it('shows the GOV.UK errors for an empty or too short search', async () => {
    const searched: string[] = []
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      people([], searched),
    )
    const { user } = renderRoute('/people')
    await screen.findByRole('heading', { level: 1, name: 'Find a person' })

    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Enter a name or email address',
      }),
    ).toHaveAttribute('href', '#q')
    expect(document.title).toBe('Error: Find a person – Adoption support')

    await user.type(screen.getByRole('searchbox', { name: 'Name or email address' }), 'S')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Enter at least 2 characters of a name or email address',
      }),
    ).toHaveAttribute('href', '#q')
    expect(screen.getByRole('searchbox', { name: 'Name or email address' })).toHaveValue('S')
    expect(searched).toEqual([])
  })

  it('checks a search in the address with the same rule', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'team_manager' } })), people([]))
    renderRoute('/people?q=S')

    expect(
      await within(await screen.findByRole('alert')).findByRole('link', {
        name: 'Enter at least 2 characters of a name or email address',
      }),
    ).toBeInTheDocument()
  })

  it('explains a search the API refuses', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      http.get(mswPath('findPeople'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: { q: 'Search must be 100 characters or fewer' },
        }),
      ),
    )
    renderRoute('/people?q=Philips')

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Search must be 100 characters or fewer',
    )
  })

  it('is only for staff', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'adopter' } })))
    renderRoute('/people')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
