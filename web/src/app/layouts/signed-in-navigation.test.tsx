import type { Role } from '@asp/bff/contract'
import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../test/factories.ts'
import { SignedInNavigation } from './signed-in-navigation.tsx'

function renderNavigation(role: Role, path = '/home') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <SignedInNavigation session={buildSession({ user: { role } })} />
    </MemoryRouter>,
  )
  return screen.getByRole('navigation', { name: 'Menu' })
}

function itemsOf(navigation: HTMLElement) {
  return within(navigation)
    .getAllByRole('link')
    .map((link) => link.textContent)
}

describe('the service navigation', () => {
  it.each<[Role, string[]]>([
    [
      'adopter',
      [
        'Your account',
        'Your family',
        'Ask for support',
        'Your requests',
        'Groups and training',
        'Letterbox',
        'Sign out',
      ],
    ],
    [
      'birth_relative',
      ['Your account', 'Ask for support', 'Your requests', 'Letterbox', 'Sign out'],
    ],
    [
      'duty_officer',
      [
        'Your account',
        'Support line',
        'Letterbox',
        'Groups and training',
        'Find a person',
        'Sign out',
      ],
    ],
    [
      'support_worker',
      [
        'Your account',
        'Support line',
        'Letterbox',
        'Groups and training',
        'Find a person',
        'Administration',
        'Sign out',
      ],
    ],
    [
      'team_manager',
      [
        'Your account',
        'Support line',
        'Letterbox',
        'Groups and training',
        'Find a person',
        'Administration',
        'Sign out',
      ],
    ],
    [
      'administrator',
      ['Your account', 'Groups and training', 'Find a person', 'Administration', 'Sign out'],
    ],
    ['finance_officer', ['Your account', 'Fund applications', 'Sign out']],
    ['data_analyst', ['Your account', 'Reports', 'Sign out']],
  ])('gives the %s role its places, with staff administration under one link', (role, items) => {
    expect(itemsOf(renderNavigation(role))).toEqual(items)
  })

  it('leads "Administration" to the Administration page', () => {
    const navigation = renderNavigation('administrator')

    expect(within(navigation).getByRole('link', { name: 'Administration' })).toHaveAttribute(
      'href',
      '/administration',
    )
    expect(within(navigation).queryByRole('link', { name: 'Staff accounts' })).toBeNull()
    expect(within(navigation).queryByRole('link', { name: 'Local authorities' })).toBeNull()
    expect(within(navigation).queryByRole('link', { name: 'Invite a person' })).toBeNull()
  })

  it('marks "Administration" as the page shown on the Administration page', () => {
    const navigation = renderNavigation('administrator', '/administration')

    const link = within(navigation).getByRole('link', { name: 'Administration' })
    expect(link).toHaveAttribute('aria-current', 'page')
    expect(link.closest('li')).toHaveClass('govuk-service-navigation__item--active')
  })

  it.each<[Role, string]>([
    ['administrator', '/staff'],
    ['administrator', '/staff/4f1c2d3e-0000-4000-8000-000000000001'],
    ['administrator', '/local-authorities'],
    ['administrator', '/invitations/new'],
    ['team_manager', '/staff'],
    ['support_worker', '/invitations/new'],
  ])('marks "Administration" as the section of the %s role on %s', (role, path) => {
    const navigation = renderNavigation(role, path)

    const link = within(navigation).getByRole('link', { name: 'Administration' })
    expect(link).toHaveAttribute('aria-current', 'true')
    expect(link.closest('li')).toHaveClass('govuk-service-navigation__item--active')
    expect(within(navigation).getAllByRole('link', { current: true })).toEqual([link])
  })

  it.each<[Role, string, string, string]>([
    ['adopter', '/groups/bookings', 'Your bookings', 'Groups and training'],
    ['team_manager', '/support-line/team', 'Team', 'Support line'],
    ['team_manager', '/reports/contacts', 'Reports', 'Support line'],
  ])(
    "leaves the %s role's %s page to the item that links to it, and marks that item there",
    (role, path, leftOut, marked) => {
      const navigation = renderNavigation(role, path)

      expect(within(navigation).queryByRole('link', { name: leftOut })).toBeNull()
      expect(within(navigation).getByRole('link', { name: marked })).toHaveAttribute(
        'aria-current',
        'true',
      )
    },
  )

  it('marks a place and the pages under it', () => {
    const navigation = renderNavigation('team_manager', '/group-programme/new')

    expect(within(navigation).getByRole('link', { name: 'Groups and training' })).toHaveAttribute(
      'aria-current',
      'true',
    )
    expect(within(navigation).getByRole('link', { name: 'Administration' })).not.toHaveAttribute(
      'aria-current',
    )
  })

  it('marks "Reports" on a report for a data analyst, who has no support line', () => {
    const navigation = renderNavigation('data_analyst', '/reports/caseload')

    expect(within(navigation).getByRole('link', { name: 'Reports' })).toHaveAttribute(
      'aria-current',
      'true',
    )
  })

  it('gives a session still setting up its second factor "Sign out" alone', () => {
    render(
      <MemoryRouter initialEntries={['/account/security/set-up']}>
        <SignedInNavigation
          session={buildSession({
            stage: 'second-factor-setup-required',
            user: { role: 'administrator' },
          })}
        />
      </MemoryRouter>,
    )

    expect(itemsOf(screen.getByRole('navigation', { name: 'Menu' }))).toEqual(['Sign out'])
  })
})
