import type { Role } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../test/factories.ts'
import { sessionHandler, staffHandler } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

/** Each place on the page: its link's text and address, and the description under it. */
function placesOf(main: HTMLElement) {
  return within(main)
    .getAllByRole('heading', { level: 2 })
    .map((heading) => {
      const link = within(heading).getByRole('link')
      return [link.textContent, link.getAttribute('href'), heading.nextElementSibling?.textContent]
    })
}

describe('the Administration page', () => {
  it('is where "Administration" in the navigation leads an administrator', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'administrator' } })), staffHandler())
    const { user, router } = renderRoute('/home')
    await screen.findByRole('heading', { level: 1, name: 'Martin Reid' })
    const navigation = screen.getByRole('navigation', { name: 'Menu' })

    await user.click(within(navigation).getByRole('link', { name: 'Administration' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Administration' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Administration – Adoption support')
    expect(currentLocation(router).path).toBe('/administration')
    expect(placesOf(screen.getByRole('main'))).toEqual([
      [
        'Invite a person',
        '/invitations/new',
        'Send a member of staff an email invitation to create an account.',
      ],
      [
        'Staff accounts',
        '/staff',
        'Change a member of staff’s role or the local authorities they work for, or disable their account.',
      ],
      [
        'Local authorities',
        '/local-authorities',
        'See and add the local authorities the agency serves.',
      ],
    ])
    expect(within(navigation).getByRole('link', { name: 'Administration' })).toHaveAttribute(
      'aria-current',
      'page',
    )

    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Staff accounts' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Staff accounts' }),
    ).toBeInTheDocument()
    expect(within(navigation).getByRole('link', { name: 'Administration' })).toHaveAttribute(
      'aria-current',
      'true',
    )
  })

  const invite = [
    'Invite a person',
    '/invitations/new',
    'Send an adoptive parent or birth relative an email invitation to create an account.',
  ]
  it.each<[Role, string[][]]>([
    [
      'team_manager',
      [
        invite,
        [
          'Staff accounts',
          '/staff',
          'See the agency’s staff, their roles and the local authorities they work for.',
        ],
      ],
    ],
    ['support_worker', [invite]],
  ])('gives the %s role its administration', async (role, places) => {
    server.use(sessionHandler(buildSession({ user: { role } })))
    renderRoute('/administration')

    await screen.findByRole('heading', { level: 1, name: 'Administration' })
    expect(placesOf(screen.getByRole('main'))).toEqual(places)
  })

  it.each<Role>(['duty_officer', 'adopter', 'birth_relative'])(
    'is not for the %s role, which has nothing to administer',
    async (role) => {
      server.use(sessionHandler(buildSession({ user: { role } })))
      renderRoute('/administration')

      expect(
        await screen.findByRole('heading', {
          level: 1,
          name: 'You do not have permission to view this page',
        }),
      ).toBeInTheDocument()
      expect(screen.queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument()
    },
  )
})
