import type { StaffMember } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import {
  buildSession,
  buildStaffList,
  buildStaffMember,
  localAuthorities,
} from '../../../test/factories.ts'
import {
  apiErrorResponse,
  localAuthoritiesHandler,
  mswPath,
  sessionHandler,
  staffHandler,
} from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

const tom = buildStaffMember({ role: 'support_worker' })
const martin = buildStaffMember({ role: 'administrator', localAuthorities: [] })
const tomPath = `/staff/${tom.id}`

function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )
}

function signedInAsAdministrator() {
  server.use(
    sessionHandler(buildSession({ user: { role: 'administrator' } })),
    staffHandler(),
    localAuthoritiesHandler(),
  )
}

describe('staff accounts', () => {
  it('lists the staff for an administrator, with a "Change" link for each', async () => {
    signedInAsAdministrator()
    const { user, router } = renderRoute('/home')

    await screen.findByRole('heading', { level: 1, name: 'Martin Reid' })
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Staff accounts' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Staff accounts' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Staff accounts – Adoption support')
    expect(currentLocation(router).path).toBe('/staff')
    const table = screen.getByRole('table', { name: '4 staff accounts' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Name', 'Role', 'Local authorities', 'Status', 'Action'])
    expect(rowsOf(table)).toEqual([
      [
        'Grace Okafor' + 'grace.okafor@example.org',
        'Team manager',
        'Coventry City Council, Solihull Metropolitan Borough Council',
        'Active',
        'Change Grace Okafor',
      ],
      [
        'Martin Reid' + 'martin.reid@example.org',
        'Administrator',
        'None',
        'Active',
        'Change Martin Reid',
      ],
      [
        'Priya Shah' + 'priya.shah@example.org',
        'Duty officer',
        'Coventry City Council',
        'Disabled',
        'Change Priya Shah',
      ],
      [
        'Tom Hughes' + 'tom.hughes@example.org',
        'Support worker',
        'Coventry City Council',
        'Active',
        'Change Tom Hughes',
      ],
    ])
    const tomRow = within(table).getByRole('row', { name: /Tom Hughes/ })
    expect(within(tomRow).getByRole('link')).toHaveAttribute('href', tomPath)
    expect(screen.getByRole('region', { name: 'Staff accounts' })).toHaveAttribute('tabindex', '0')
  })

  it('lets a team manager look but not change', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'team_manager' } })), staffHandler())
    renderRoute('/staff')

    const table = await screen.findByRole('table', { name: '4 staff accounts' })
    expect(within(table).queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByText(/Ask an administrator to change an account/)).toBeInTheDocument()
  })

  it('is not for support workers', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'support_worker' } })))
    renderRoute('/staff')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})

describe('change a staff account', () => {
  it('changes the role and local authorities and disables the account', async () => {
    signedInAsAdministrator()
    const received: unknown[] = []
    server.use(
      http.patch(mswPath('updateStaffMember'), async ({ request }) => {
        received.push(await request.json())
        return HttpResponse.json<StaffMember>({
          ...tom,
          role: 'team_manager',
          localAuthorities: [
            { id: localAuthorities.coventry.id, name: localAuthorities.coventry.name },
            { id: localAuthorities.warwickshire.id, name: localAuthorities.warwickshire.name },
          ],
          disabled: true,
          version: 3,
        })
      }),
    )
    const { user, router } = renderRoute(tomPath)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Change a staff account' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Change a staff account – Adoption support')
    expect(screen.getByText('Email address').nextElementSibling).toHaveTextContent(
      'tom.hughes@example.org',
    )
    const role = screen.getByRole('group', { name: 'Role' })
    expect(within(role).getByRole('radio', { name: 'Support worker' })).toBeChecked()
    expect(
      within(role)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual([
      'duty_officer',
      'support_worker',
      'team_manager',
      'administrator',
      'finance_officer',
      'data_analyst',
    ])
    const authorities = screen.getByRole('group', { name: 'Local authorities they work for' })
    expect(
      within(authorities).getByRole('checkbox', { name: 'Coventry City Council' }),
    ).toBeChecked()
    expect(screen.getByText(/Disabling the account signs them out at once/)).toBeInTheDocument()

    await user.click(within(role).getByRole('radio', { name: 'Team manager' }))
    await user.click(
      within(authorities).getByRole('checkbox', { name: 'Warwickshire County Council' }),
    )
    await user.click(screen.getByRole('checkbox', { name: 'Disable this account' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('The staff account has been changed')
    expect(currentLocation(router).path).toBe('/staff')
    const row = within(screen.getByRole('table')).getByRole('row', { name: /Tom Hughes/ })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(1, 4),
    ).toEqual(['Team manager', 'Coventry City Council, Warwickshire County Council', 'Disabled'])
    expect(received).toEqual([
      {
        version: 2,
        role: 'team_manager',
        localAuthorityIds: [localAuthorities.coventry.id, localAuthorities.warwickshire.id],
        disabled: true,
      },
    ])
  })

  it('shows the API’s message when administrators try to demote themselves', async () => {
    signedInAsAdministrator()
    server.use(
      http.patch(mswPath('updateStaffMember'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: {
            role: 'You cannot remove your own administrator role or disable your own account',
          },
        }),
      ),
    )
    const { user } = renderRoute(`/staff/${martin.id}`)

    await user.click(await screen.findByRole('radio', { name: 'Team manager' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'You cannot remove your own administrator role or disable your own account',
      }),
    ).toHaveAttribute('href', '#role')
    expect(document.title).toBe('Error: Change a staff account – Adoption support')
    expect(screen.getByRole('radio', { name: 'Team manager' })).toBeChecked()
  })

  it('says someone else changed the account first, and loads their version', async () => {
    let changed = false
    server.use(
      sessionHandler(buildSession({ user: { role: 'administrator' } })),
      localAuthoritiesHandler(),
      http.get(mswPath('findStaff'), () =>
        HttpResponse.json<{ staff: StaffMember[] }>({
          staff: changed
            ? buildStaffList().map((member) =>
                member.id === tom.id ? { ...member, role: 'duty_officer', version: 3 } : member,
              )
            : buildStaffList(),
        }),
      ),
      http.patch(mswPath('updateStaffMember'), () => {
        changed = true
        return apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'Someone else changed this account while you were working on it',
        })
      }),
    )
    const { user } = renderRoute(tomPath)

    await user.click(await screen.findByRole('radio', { name: 'Team manager' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this account while you were working on it. We have loaded their changes: check the details and make your changes again.',
    )
    expect(screen.getByRole('radio', { name: 'Duty officer' })).toBeChecked()
  })

  it('is "Page not found" for someone who is not on the staff list', async () => {
    signedInAsAdministrator()
    renderRoute('/staff/0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a99')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })

  it('is only for administrators', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'team_manager' } })), staffHandler())
    renderRoute(tomPath)

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
