import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../app/paths.ts'
import { lazyRoutes } from '../../lib/lazy-routes.tsx'

/**
 * Groups and training, for both sides: families find events and book places (`family/`); staff run
 * the programme, take registers and see the figures (`staff/`). Signed-in routes: the app puts them
 * behind the session guard, and each loader checks the role. The pages load with the first of
 * them opened (`lazyRoutes`, ADR 0019).
 */
export function groupRoutes(queryClient: QueryClient): RouteObject[] {
  return lazyRoutes(
    [
      paths.groupProgramme,
      paths.groupProgrammeNewEvent,
      paths.groupProgrammeFigures,
      paths.groupProgrammeEvent,
      paths.groupProgrammeEditEvent,
      paths.groupProgrammeCancelEvent,
      paths.groupProgrammeRegister,
      paths.groups,
      paths.myGroupBookings,
      paths.cancelMyGroupBooking,
      paths.groupEvent,
      paths.groupEventBooked,
    ],
    async () => (await import('./routes.tsx')).allGroupRoutes(queryClient),
  )
}
