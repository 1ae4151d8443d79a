import type { Family } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildFamily, buildSession, buildStaffMember, familyId } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler, staffHandler } from '../../../test/handlers.ts'
import { teamViewHandler } from '../../support-requests/test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

const path = `/families/${familyId}/conflicts-of-interest/new`
const tom = buildStaffMember({ role: 'support_worker' })
const grace = buildStaffMember({ role: 'team_manager' })

function signedInAsTeamManager() {
  server.use(
    sessionHandler(buildSession({ user: { role: 'team_manager' } })),
    http.get(mswPath('getFamily'), () => HttpResponse.json<Family>(buildFamily())),
    staffHandler(),
    // Their home page reads the team view for crises without a worker.
    teamViewHandler(),
  )
}

describe('record a conflict of interest', () => {
  it('records one from the family record for a member of staff who works on cases', async () => {
    signedInAsTeamManager()
    const received: unknown[] = []
    server.use(
      http.post(mswPath('recordConflictOfInterest'), async ({ request }) => {
        received.push(await request.json())
        return HttpResponse.json({ id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' }, { status: 201 })
      }),
    )
    const { user, router } = renderRoute(`/families/${familyId}`)

    await user.click(await screen.findByRole('link', { name: 'Record a conflict of interest' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Record a conflict of interest' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Record a conflict of interest – Adoption support')
    const select = screen.getByRole('combobox', { name: 'Member of staff' })
    // Administrators never reach a family's record, so they are not offered.
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Select a member of staff',
      'Grace Okafor (Team manager)',
      'Priya Shah (Duty officer)',
      'Tom Hughes (Support worker)',
    ])
    await user.selectOptions(select, 'Tom Hughes (Support worker)')
    await user.type(
      screen.getByRole('textbox', { name: 'Reason' }),
      'He is the adoptive mother’s brother',
    )
    await user.click(screen.getByRole('button', { name: 'Record conflict of interest' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The conflict of interest has been recorded',
    )
    expect(currentLocation(router).path).toBe(`/families/${familyId}`)
    expect(received).toEqual([
      { staffUserId: tom.id, familyId, reason: 'He is the adoptive mother’s brother' },
    ])
  })

  it('goes to the home page when team managers record one about themselves', async () => {
    signedInAsTeamManager()
    server.use(
      http.post(mswPath('recordConflictOfInterest'), () =>
        HttpResponse.json({ id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' }, { status: 201 }),
      ),
    )
    const { user, router } = renderRoute(path)

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Member of staff' }),
      grace.id,
    )
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'I know the family')
    await user.click(screen.getByRole('button', { name: 'Record conflict of interest' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The conflict of interest has been recorded',
    )
    expect(currentLocation(router).path).toBe('/home')
  })

  it('shows the GOV.UK errors, the contract’s and the API’s', async () => {
    signedInAsTeamManager()
    server.use(
      http.post(mswPath('recordConflictOfInterest'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: { staffUserId: 'Select the member of staff' },
        }),
      ),
    )
    const { user } = renderRoute(path)

    await user.click(await screen.findByRole('button', { name: 'Record conflict of interest' }))
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Select the member of staff', '#staffUserId'],
      ['Enter the reason', '#reason'],
    ])
    expect(document.title).toBe('Error: Record a conflict of interest – Adoption support')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Member of staff' }), tom.id)
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Neighbour')
    await user.click(screen.getByRole('button', { name: 'Record conflict of interest' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Select the member of staff',
      }),
    ).toHaveAttribute('href', '#staffUserId')
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveValue('Neighbour')
  })

  it('is not for support workers, who get no link to it', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'support_worker' } })),
      http.get(mswPath('getFamily'), () => HttpResponse.json<Family>(buildFamily())),
    )
    const { router } = renderRoute(`/families/${familyId}`)

    await screen.findByRole('heading', { level: 1, name: 'Sarah Philips and James Philips' })
    expect(
      screen.queryByRole('link', { name: 'Record a conflict of interest' }),
    ).not.toBeInTheDocument()

    await router.navigate(path)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
