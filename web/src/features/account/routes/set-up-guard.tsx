import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { Loading } from '../../../app/layouts/loading.tsx'
import { RouteError } from '../../../app/route-error.tsx'
import { RequireSession, requireSession } from '../../session/index.ts'

/**
 * The guard of setting up the second factor: for a session that still has to set it up and
 * nothing else (a session that has done so goes home), around `pages`.
 */
export function setUpGuard(queryClient: QueryClient, pages: RouteObject[]): RouteObject {
  return {
    element: <RequireSession />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    loader: () => requireSession(queryClient, { stage: 'setting-up' }),
    children: pages,
  }
}
