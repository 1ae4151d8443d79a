import {
  groupEndpoints,
  groupEventParamsSchema,
  type ManagedGroupEvent,
  type managedGroupEventsQuerySchema,
} from '@asp/bff/contract'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { data } from 'react-router'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'

/** The list's filters as the API takes them: `GET /api/group-programme/events?when=past&page=2`. */
export type GroupEventFilters = z.input<typeof managedGroupEventsQuerySchema>

/**
 * Query keys and options for the group programme as staff see it: the events
 * (`GET /api/group-programme/events`) and one event (`GET /api/group-programme/events/:eventId`).
 * The register and the figures live under the same root, so that a change to an event can
 * refresh them all.
 */
export const groupEventQueries = {
  all: () => ['group-programme'] as const,
  lists: () => [...groupEventQueries.all(), 'list'] as const,
  list: (filters: GroupEventFilters) =>
    queryOptions({
      queryKey: [...groupEventQueries.lists(), filters] as const,
      queryFn: ({ signal }) =>
        apiFetch(groupEndpoints.findManagedGroupEvents, { query: filters, signal }),
    }),
  details: () => [...groupEventQueries.all(), 'detail'] as const,
  detail: (eventId: string) =>
    queryOptions({
      queryKey: [...groupEventQueries.details(), eventId] as const,
      queryFn: ({ signal }) =>
        apiFetch(groupEndpoints.getManagedGroupEvent, { params: { eventId }, signal }),
    }),
}

/** The `:eventId` of a route, or "Page not found" when it cannot be one (the contract's rule). */
export function parseEventId(params: { eventId?: string | undefined }): string {
  const parsed = groupEventParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.eventId
}

/**
 * After a change the API answered with the event: show it at once, and have every list, register
 * and figure that may include it asked for again.
 */
export function putGroupEvent(queryClient: QueryClient, event: ManagedGroupEvent) {
  queryClient.setQueryData(groupEventQueries.detail(event.id).queryKey, event)
  void queryClient.invalidateQueries({
    queryKey: groupEventQueries.all(),
    predicate: (query) => !(query.queryKey[1] === 'detail' && query.queryKey[2] === event.id),
  })
}
