import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router'
import { AppProviders } from '../app/providers.tsx'
import { routes } from '../app/router.tsx'
import { createQueryClient } from '../lib/query-client.ts'

/** Renders the whole app at `path`, with a fresh QueryClient whose retries are off. */
export function renderRoute(path: string) {
  const queryClient = createQueryClient({ retry: false })
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const user = userEvent.setup()
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  )
  return { ...result, user, router, queryClient }
}

/** Renders one component inside a router, for components that render router links. */
export function renderWithRouter(ui: ReactElement) {
  const user = userEvent.setup()
  return { ...render(<MemoryRouter>{ui}</MemoryRouter>), user }
}
