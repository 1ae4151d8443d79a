import { screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderRoute } from '../test/render.tsx'
import { ApiError } from '../lib/api-client.ts'
import { AppProviders } from './providers.tsx'
import { createQueryClient } from '../lib/query-client.ts'
import { RootLayout } from './layouts/root-layout.tsx'
import { RouteError } from './route-error.tsx'

describe('layout', () => {
  it('puts the skip link first, then the header, phase banner, main and footer', async () => {
    renderRoute('/accessibility')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    const links = screen.getAllByRole('link')
    expect(links[0]).toHaveAccessibleName('Skip to main content')
    expect(links[0]).toHaveAttribute('href', '#main-content')
    expect(screen.getByRole('banner')).toHaveClass('govuk-template__header')
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Adoption support' }),
    ).toHaveAttribute('href', '/')
    expect(screen.getByText('Beta')).toHaveClass('govuk-tag')
    const main = screen.getByRole('main')
    expect(main).toHaveAttribute('id', 'main-content')
    expect(main).toHaveClass('govuk-main-wrapper')
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute(
      'href',
      '/accessibility',
    )
    expect(within(footer).getByRole('link', { name: 'Privacy notice' })).toHaveAttribute(
      'href',
      '/privacy',
    )
    expect(document.title).toBe('Accessibility statement – Adoption support')
    await screen.findByRole('heading', {
      level: 1,
      name: 'Accessibility statement for Adoption support',
    })
  })

  it('moves focus to the new page’s heading after following a link', async () => {
    const { user } = renderRoute('/accessibility')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    await user.click(
      within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Privacy notice' }),
    )

    const heading = await screen.findByRole('heading', { level: 1, name: 'Privacy notice' })
    expect(heading).toHaveFocus()
    expect(document.title).toBe('Privacy notice – Adoption support')
    await user.tab()
    expect(heading).not.toHaveAttribute('tabindex')
  })
})

describe('errors', () => {
  it('shows "Page not found" for a path that does not exist', () => {
    renderRoute('/no-such-page')

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(
      screen.getByText('If you typed the web address, check it is correct.'),
    ).toBeInTheDocument()
    expect(document.title).toBe('Page not found – Adoption support')
    expect(screen.getByRole('contentinfo')).toBeInTheDocument()
  })

  it('shows "Sorry, there is a problem with the service" with the reference when a route fails', async () => {
    // React reports an error caught by an error element; that is expected here.
    vi.mocked(console.error).mockImplementation(() => undefined)
    const router = createMemoryRouter(
      [
        {
          element: <RootLayout />,
          hydrateFallbackElement: <p>Loading</p>,
          children: [
            {
              path: '/broken',
              errorElement: <RouteError />,
              loader: () => {
                throw new ApiError({
                  status: 500,
                  code: 'INTERNAL',
                  message: 'Internal',
                  requestId: 'req-77',
                })
              },
              element: <p>Never shown</p>,
            },
          ],
        },
      ],
      { initialEntries: ['/broken'] },
    )
    render(
      <AppProviders queryClient={createQueryClient({ retry: false })}>
        <RouterProvider router={router} />
      </AppProviders>,
    )

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sorry, there is a problem with the service',
      }),
    ).toBeInTheDocument()
    expect(screen.getByText('req-77')).toBeInTheDocument()
    expect(screen.queryByText('Internal')).not.toBeInTheDocument()
    expect(document.title).toBe('Sorry, there is a problem with the service – Adoption support')
  })

  it('shows "Page not found" when the API says a record does not exist', async () => {
    vi.mocked(console.error).mockImplementation(() => undefined)
    const router = createMemoryRouter(
      [
        {
          element: <RootLayout />,
          hydrateFallbackElement: <p>Loading</p>,
          children: [
            {
              path: '/letters/:letterId',
              errorElement: <RouteError />,
              loader: () => {
                throw new ApiError({ status: 404, code: 'NOT_FOUND', message: 'No such letter' })
              },
              element: <p>Never shown</p>,
            },
          ],
        },
      ],
      { initialEntries: ['/letters/L-1'] },
    )
    render(
      <AppProviders queryClient={createQueryClient({ retry: false })}>
        <RouterProvider router={router} />
      </AppProviders>,
    )

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})

describe('static pages', () => {
  it('shows the privacy notice with the lawful basis, retention and the ICO', async () => {
    renderRoute('/privacy')
    // The page's code loads when it is first opened (ADR 0019).
    await screen.findByRole('heading', { level: 1 })

    expect(screen.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeInTheDocument()
    expect(screen.getByText(/Article 6\(1\)\(e\)/)).toBeInTheDocument()
    expect(
      screen.getByRole('cell', { name: /100 years from the date of the adoption order/ }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Make a complaint on the ICO website' }),
    ).toHaveAttribute('href', 'https://ico.org.uk/make-a-complaint/')
  })
})
