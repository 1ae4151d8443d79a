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
import { currentLocation, renderRoute } from '../../../test/render.tsx'

const path = `/families/${familyId}/address`

function signedInWith(family: Family) {
  server.use(
    sessionHandler(buildSession({ user: { role: 'support_worker' } })),
    http.get(mswPath('getFamily'), () => HttpResponse.json<Family>(family)),
    localAuthoritiesHandler(),
  )
}

describe('change address and contact details', () => {
  it('sends the change with the record’s version and shows the record with a success banner', async () => {
    const family = buildFamily()
    signedInWith(family)
    const received: unknown[] = []
    server.use(
      http.patch(mswPath('updateFamily'), async ({ request }) => {
        received.push(await request.json())
        return HttpResponse.json<Family>(
          buildFamily({
            address: { line1: '4 Mill Lane', line2: null, town: 'Kenilworth', postcode: 'CV8 1AA' },
            localAuthority: {
              id: localAuthorities.warwickshire.id,
              name: localAuthorities.warwickshire.name,
            },
            version: 4,
          }),
        )
      }),
    )
    const { user, router } = renderRoute(path)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Change address and contact details' }),
    ).toBeInTheDocument()
    const line1 = screen.getByRole('textbox', { name: 'Address line 1' })
    expect(line1).toHaveValue('12 Elm Grove')
    expect(line1).toHaveAttribute('autocomplete', 'off')
    await user.clear(line1)
    await user.type(line1, '4 Mill Lane')
    await user.clear(screen.getByRole('textbox', { name: 'Address line 2 (optional)' }))
    await user.clear(screen.getByRole('textbox', { name: 'Town or city' }))
    await user.type(screen.getByRole('textbox', { name: 'Town or city' }), 'Kenilworth')
    await user.clear(screen.getByRole('textbox', { name: 'Postcode' }))
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'cv8 1aa')
    const authorities = screen.getByRole('group', { name: 'Responsible local authority' })
    expect(within(authorities).getByRole('radio', { name: 'Coventry City Council' })).toBeChecked()
    expect(within(authorities).getAllByRole('radio')).toHaveLength(3)
    await user.click(
      within(authorities).getByRole('radio', { name: 'Warwickshire County Council' }),
    )
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('The family’s address and contact details have been changed')
    expect(currentLocation(router).path).toBe(`/families/${familyId}`)
    expect(screen.getByText('Address').nextElementSibling).toHaveTextContent(
      '4 Mill LaneKenilworthCV8 1AA',
    )
    expect(screen.getByText('Responsible local authority').nextElementSibling).toHaveTextContent(
      'Warwickshire County Council',
    )
    expect(received).toEqual([
      {
        version: 3,
        addressLine1: '4 Mill Lane',
        addressLine2: '',
        town: 'Kenilworth',
        postcode: 'cv8 1aa',
        phone: '024 7696 0123',
        localAuthorityId: localAuthorities.warwickshire.id,
      },
    ])
  })

  it('shows the GOV.UK errors in page order and keeps what was typed', async () => {
    signedInWith(buildFamily())
    let calls = 0
    server.use(
      http.patch(mswPath('updateFamily'), () => {
        calls += 1
        return HttpResponse.json(buildFamily())
      }),
    )
    const { user } = renderRoute(path)
    await user.clear(await screen.findByRole('textbox', { name: 'Address line 1' }))
    await user.clear(screen.getByRole('textbox', { name: 'Postcode' }))
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'CV5')
    await user.clear(screen.getByRole('textbox', { name: 'Telephone number (optional)' }))
    await user.type(screen.getByRole('textbox', { name: 'Telephone number (optional)' }), 'call me')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter address line 1, typically the building and street', '#addressLine1'],
      ['Enter a full UK postcode', '#postcode'],
      ['Enter a telephone number, like 01632 960 001 or 07700 900 982', '#phone'],
    ])
    expect(document.title).toBe('Error: Change address and contact details – Adoption support')
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveValue('CV5')
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveAccessibleDescription(
      'Error: Enter a full UK postcode',
    )
    expect(calls).toBe(0)
  })

  it('shows the API’s message when the local authority is not one they work for', async () => {
    signedInWith(buildFamily())
    server.use(
      http.patch(mswPath('updateFamily'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: { localAuthorityId: 'Select a local authority you work for' },
        }),
      ),
    )
    const { user } = renderRoute(path)
    await user.click(
      await screen.findByRole('radio', { name: 'Solihull Metropolitan Borough Council' }),
    )
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Select a local authority you work for',
      }),
    ).toHaveAttribute('href', '#localAuthorityId')
    expect(document.title).toBe('Error: Change address and contact details – Adoption support')
    expect(
      screen.getByRole('group', { name: 'Responsible local authority' }),
    ).toHaveAccessibleDescription(
      'Choose a local authority you work for. Error: Select a local authority you work for',
    )
    expect(
      screen.getByRole('radio', { name: 'Solihull Metropolitan Borough Council' }),
    ).toBeChecked()
  })

  it('offers only the local authorities they work for', async () => {
    signedInWith(buildFamily())
    server.use(
      http.get(mswPath('findLocalAuthorities'), () =>
        HttpResponse.json({
          localAuthorities: Object.values(localAuthorities).map((la) => ({
            ...la,
            worksFor: la.id !== localAuthorities.solihull.id,
          })),
        }),
      ),
    )
    renderRoute(path)
    await screen.findByRole('group', { name: 'Responsible local authority' })
    expect(
      screen.queryByRole('radio', { name: 'Solihull Metropolitan Borough Council' }),
    ).not.toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Warwickshire County Council' })).toBeInTheDocument()
  })

  it('says someone else changed the record first, and loads their version', async () => {
    let version = 3
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      localAuthoritiesHandler(),
      http.get(mswPath('getFamily'), () =>
        HttpResponse.json<Family>(
          version === 3
            ? buildFamily()
            : buildFamily({
                address: {
                  line1: '9 Oak Road',
                  line2: null,
                  town: 'Coventry',
                  postcode: 'CV3 4XY',
                },
                version,
              }),
        ),
      ),
      http.patch(mswPath('updateFamily'), () => {
        version = 4
        return apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'Someone else changed this family’s details while you were working on them',
        })
      }),
    )
    const { user } = renderRoute(path)
    await user.type(await screen.findByRole('textbox', { name: 'Address line 1' }), ', flat 2')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this family’s details while you were working on them. We have loaded their changes: check the details and make your changes again.',
    )
    expect(await screen.findByDisplayValue('9 Oak Road')).toBe(
      screen.getByRole('textbox', { name: 'Address line 1' }),
    )
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveValue('CV3 4XY')
  })

  it('is only for support workers and team managers', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'duty_officer' } })))
    renderRoute(path)

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
