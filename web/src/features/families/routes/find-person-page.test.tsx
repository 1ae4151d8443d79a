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
      'Karen DoyleInvite to create an account (Karen Doyle)',
      'Birth relative',
      'Birth mother',
      'Not recorded',
    ])
    expect(within(karen).getByRole('link')).toHaveAttribute(
      'href',
      '/invitations/new?birthRelativeId=b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
    )
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
        name: 'Enter at least 2 characters of a name or email address',
      }),
    ).toHaveAttribute('href', '#q')
    expect(document.title).toBe('Error: Find a person – Adoption support')

    await user.type(screen.getByRole('searchbox', { name: 'Name or email address' }), 'S')
    await user.click(screen.getByRole('button', { name: 'Search' }))
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
