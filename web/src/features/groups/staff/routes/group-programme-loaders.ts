import type { QueryClient } from '@tanstack/react-query'
import { requireSession } from '../../../session/index.ts'
import { groupEventQueries, parseEventId } from '../api/get-group-event.ts'
import { groupFiguresQueries } from '../api/get-group-figures.ts'
import { groupRegisterQueries } from '../api/get-group-register.ts'
import { checkEventFilters, eventFilterValuesOf } from './event-filters.ts'
import { checkFiguresRange, figuresValuesOf } from './figures-range.ts'
import {
  groupFiguresRoles,
  groupProgrammeRoles,
  groupRegisterRoles,
} from './group-programme-roles.ts'

/**
 * The loaders of the group programme's routes: the session's role first, then the data each page
 * needs before it shows, fetched together and shared with the page through the query cache.
 */

type Params = { eventId?: string | undefined }

/** The events the address asks for, with the areas for the filter. */
export async function loadEvents(queryClient: QueryClient, request: Request) {
  await requireSession(queryClient, { roles: groupProgrammeRoles })
  const { filters } = checkEventFilters(eventFilterValuesOf(new URL(request.url).searchParams))
  // With filters that break the rules, the page explains them, with the first page's areas.
  return queryClient.ensureQueryData(groupEventQueries.list(filters ?? {}))
}

/** A new event: the areas the member of staff may run events for. */
export async function loadNewEvent(queryClient: QueryClient) {
  await requireSession(queryClient, { roles: groupProgrammeRoles })
  return queryClient.ensureQueryData(groupEventQueries.list({}))
}

export async function loadEvent(queryClient: QueryClient, params: Params) {
  const eventId = parseEventId(params)
  await requireSession(queryClient, { roles: groupProgrammeRoles })
  return queryClient.ensureQueryData(groupEventQueries.detail(eventId))
}

export async function loadEditEvent(queryClient: QueryClient, params: Params) {
  const eventId = parseEventId(params)
  await requireSession(queryClient, { roles: groupProgrammeRoles })
  return Promise.all([
    // Always the latest, with its version: a colleague may have changed it.
    queryClient.fetchQuery({ ...groupEventQueries.detail(eventId), staleTime: 0 }),
    queryClient.ensureQueryData(groupEventQueries.list({})),
  ])
}

export async function loadCancelEvent(queryClient: QueryClient, params: Params) {
  const eventId = parseEventId(params)
  await requireSession(queryClient, { roles: groupProgrammeRoles })
  return queryClient.fetchQuery({ ...groupEventQueries.detail(eventId), staleTime: 0 })
}

export async function loadRegister(queryClient: QueryClient, params: Params) {
  const eventId = parseEventId(params)
  await requireSession(queryClient, { roles: groupRegisterRoles })
  return queryClient.fetchQuery(groupRegisterQueries.event(eventId))
}

/** The figures: the areas for the filter, and the figures the address asks for. */
export async function loadFigures(queryClient: QueryClient, request: Request) {
  await requireSession(queryClient, { roles: groupFiguresRoles })
  const { range } = checkFiguresRange(figuresValuesOf(new URL(request.url).searchParams))
  await Promise.all([
    queryClient.ensureQueryData(groupEventQueries.list({})),
    // The page shows a refused range itself, so a failure here is not the route's error.
    range === undefined ? undefined : queryClient.prefetchQuery(groupFiguresQueries.range(range)),
  ])
}
