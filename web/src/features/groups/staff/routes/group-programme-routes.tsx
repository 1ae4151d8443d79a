import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { CancelEventPage } from './cancel-event-page.tsx'
import { EditEventPage, NewEventPage } from './event-form-pages.tsx'
import { EventPage } from './event-page.tsx'
import { EventsPage } from './events-page.tsx'
import { FiguresPage } from './figures-page.tsx'
import {
  loadCancelEvent,
  loadEditEvent,
  loadEvent,
  loadEvents,
  loadFigures,
  loadNewEvent,
  loadRegister,
} from './group-programme-loaders.ts'
import { RegisterPage } from './register-page.tsx'

/**
 * The group programme: staff run events, case staff take the register, team managers and
 * administrators see the figures. Signed-in routes: the app puts them behind the session guard.
 */
export function groupProgrammeRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.groupProgramme, <EventsPage />, ({ request }) => loadEvents(queryClient, request)),
    page(paths.groupProgrammeNewEvent, <NewEventPage />, () => loadNewEvent(queryClient)),
    page(paths.groupProgrammeFigures, <FiguresPage />, ({ request }) =>
      loadFigures(queryClient, request),
    ),
    page(paths.groupProgrammeEvent, <EventPage />, ({ params }) => loadEvent(queryClient, params)),
    page(paths.groupProgrammeEditEvent, <EditEventPage />, ({ params }) =>
      loadEditEvent(queryClient, params),
    ),
    page(paths.groupProgrammeCancelEvent, <CancelEventPage />, ({ params }) =>
      loadCancelEvent(queryClient, params),
    ),
    page(paths.groupProgrammeRegister, <RegisterPage />, ({ params }) =>
      loadRegister(queryClient, params),
    ),
  ]
}
