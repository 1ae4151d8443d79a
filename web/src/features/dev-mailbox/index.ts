import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'

/**
 * What the app uses of the development mailbox: its page, outside the session guard, loaded when
 * it is opened (`lazyRoutes`, ADR 0019).
 */
export function devMailboxRoutes(): RouteObject[] {
  return lazyRoutes([paths.devMailbox], async () =>
    (await import('./routes/dev-mailbox-routes.tsx')).allDevMailboxRoutes(),
  )
}
