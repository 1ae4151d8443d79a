import type { LocalAuthority } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildLocalAuthorities, buildSession } from '../../../test/factories.ts'
import {
  apiErrorResponse,
  localAuthoritiesHandler,
  mswPath,
  sessionHandler,
} from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { renderRoute } from '../../../test/render.tsx'

const worcestershire: LocalAuthority = {
  id: '7c9e6679-7425-40de-944b-e07fc1f90aea',
  name: 'Worcestershire County Council',
  code: 'E10000034',
}

/** The API's list, which grows when a local authority is added. */
function localAuthorityApi(received: unknown[] = []) {
  const list = buildLocalAuthorities()
  return [
    http.get(mswPath('findLocalAuthorities'), () =>
      HttpResponse.json({
        localAuthorities: list.map((la: LocalAuthority) => ({ ...la, worksFor: true })),
      }),
    ),
    http.post(mswPath('createLocalAuthority'), async ({ request }) => {
      received.push(await request.json())
      list.push(worcestershire)
      return HttpResponse.json<LocalAuthority>(worcestershire, { status: 201 })
    }),
  ]
}

describe('local authorities', () => {
  it('lists the local authorities and adds one', async () => {
    const received: unknown[] = []
    server.use(
      sessionHandler(buildSession({ user: { role: 'administrator' } })),
      ...localAuthorityApi(received),
    )
    const { user } = renderRoute('/home')

    await screen.findByRole('heading', { level: 1, name: 'Martin Reid' })
    await user.click(
      within(screen.getByRole('main')).getByRole('link', { name: 'Local authorities' }),
    )

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Local authorities' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Local authorities – Adoption support')
    const table = screen.getByRole('table', { name: '3 local authorities' })
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        ),
    ).toEqual([
      ['Coventry City Council', 'E08000026'],
      ['Solihull Metropolitan Borough Council', 'E08000029'],
      ['Warwickshire County Council', 'E10000031'],
    ])

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Worcestershire County Council')
    await user.type(screen.getByRole('textbox', { name: 'ONS code' }), 'e10000034')
    await user.click(screen.getByRole('button', { name: 'Add local authority' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Worcestershire County Council has been added')
    expect(banner).toHaveFocus()
    expect(await screen.findByRole('table', { name: '4 local authorities' })).toHaveTextContent(
      'Worcestershire County CouncilE10000034',
    )
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('')
    expect(received).toEqual([{ name: 'Worcestershire County Council', code: 'E10000034' }])
  })

  it('shows the GOV.UK errors, the contract’s and the API’s', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'administrator' } })),
      localAuthoritiesHandler(),
      http.post(mswPath('createLocalAuthority'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: { code: 'A local authority with this ONS code already exists' },
        }),
      ),
    )
    const { user } = renderRoute('/local-authorities')

    await user.click(await screen.findByRole('button', { name: 'Add local authority' }))
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter the local authority’s name', '#name'],
      ['Enter the ONS code in the correct format, like E08000026', '#code'],
    ])
    expect(document.title).toBe('Error: Local authorities – Adoption support')

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Coventry')
    await user.type(screen.getByRole('textbox', { name: 'ONS code' }), 'E08000026')
    await user.click(screen.getByRole('button', { name: 'Add local authority' }))
    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'A local authority with this ONS code already exists',
      }),
    ).toHaveAttribute('href', '#code')
    expect(screen.getByRole('textbox', { name: 'ONS code' })).toHaveValue('E08000026')
  })

  it('is only for administrators', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'team_manager' } })))
    renderRoute('/local-authorities')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
