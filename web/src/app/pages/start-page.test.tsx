import { http, HttpResponse } from 'msw'
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildServiceInfo } from '../../test/factories.ts'
import { apiErrorResponse, mswPath } from '../../test/handlers.ts'
import { server } from '../../test/msw-server.ts'
import { renderRoute } from '../../test/render.tsx'

describe('start page', () => {
  it('explains the service and starts at sign-in', async () => {
    renderRoute('/')

    expect(
      screen.getByRole('heading', { level: 1, name: 'Get support after adoption' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/Birth relatives never see the adoptive family’s names, address/),
    ).toBeInTheDocument()
    const start = screen.getByRole('button', { name: 'Start now' })
    expect(start).toHaveAttribute('href', '/sign-in')
    expect(start).toHaveClass('govuk-button--start')
    expect(document.title).toBe('Get support after adoption – Adoption support')
    await screen.findByText('Adoption Central England')
  })

  it('lists the organisations that provide the service and their councils, from the API', async () => {
    server.use(
      http.get(mswPath('getServiceInfo'), () =>
        HttpResponse.json(
          buildServiceInfo({
            organisations: [
              {
                name: 'Adopt Exampleshire',
                localAuthorities: [
                  { name: 'Exampleshire County Council' },
                  { name: 'Sampleton City Council' },
                ],
              },
              { name: 'Adoption Test Partnership', localAuthorities: [] },
            ],
          }),
        ),
      ),
    )
    renderRoute('/')

    expect(screen.getByRole('status')).toHaveTextContent('Loading the organisations')
    const organisation = await screen.findByRole('heading', {
      level: 3,
      name: 'Adopt Exampleshire',
    })
    const list = organisation.parentElement?.querySelector('ul')
    expect(list).not.toBeNull()
    expect(
      within(list as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Exampleshire County Council', 'Sampleton City Council'])
    expect(
      screen.getByRole('heading', { level: 3, name: 'Adoption Test Partnership' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('says so gracefully when the API fails', async () => {
    server.use(
      http.get(mswPath('getServiceInfo'), () =>
        apiErrorResponse(500, {
          code: 'INTERNAL',
          message: 'Internal server error',
          requestId: 'req-1',
        }),
      ),
    )
    renderRoute('/')

    expect(
      await screen.findByText(/We cannot show who provides this service at the moment/),
    ).toBeInTheDocument()
    // The rest of the page still works.
    expect(screen.getByRole('button', { name: 'Start now' })).toBeInTheDocument()
  })
})
