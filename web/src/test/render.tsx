import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router'
import { AppProviders } from '../app/providers.tsx'
import { createRoutes } from '../app/router.tsx'
import { createQueryClient } from '../lib/query-client.ts'

/**
 * Renders the whole app at `path` (with history `state` if given, as another page would pass it),
 * with a fresh QueryClient whose retries are off.
 */
export function renderRoute(
  path: string,
  {
    state,
    advanceTimers,
  }: {
    state?: unknown
    /** With fake timers: how user-event lets time pass between key presses. */
    advanceTimers?: (ms: number) => unknown
  } = {},
) {
  const queryClient = createQueryClient({ retry: false })
  const url = new URL(path, 'http://localhost')
  const router = createMemoryRouter(createRoutes(queryClient), {
    initialEntries: [{ pathname: url.pathname, search: url.search, state }],
  })
  const user = userEvent.setup(advanceTimers ? { advanceTimers } : {})
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  )
  return { ...result, user, router, queryClient }
}

/** The path, query and state the app is showing now. */
export function currentLocation(router: ReturnType<typeof renderRoute>['router']) {
  const { pathname, search, state } = router.state.location
  return { path: `${pathname}${search}`, state: state as unknown }
}

/** Renders one component inside a router, for components that render router links. */
export function renderWithRouter(ui: ReactElement) {
  const user = userEvent.setup()
  return { ...render(<MemoryRouter>{ui}</MemoryRouter>), user }
}
