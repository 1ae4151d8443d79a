import {
  groupEndpoints,
  groupEventParamsSchema,
  type groupEventsQuerySchema,
} from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { data } from 'react-router'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'

/** The filters of "Groups and training" as the API takes them, with the page. */
export type GroupEventFilters = z.input<typeof groupEventsQuerySchema>

/**
 * Query keys and options for the groups and training a family may book:
 * `GET /api/group-events` (a page of upcoming events, courses with no dates yet and the areas) and
 * `GET /api/group-events/:eventId` (one event with the family's booking and who may come).
 */
export const groupEventQueries = {
  all: () => ['group-events'] as const,
  lists: () => [...groupEventQueries.all(), 'list'] as const,
  list: (filters: GroupEventFilters) =>
    queryOptions({
      queryKey: [...groupEventQueries.lists(), filters] as const,
      queryFn: ({ signal }) => apiFetch(groupEndpoints.findGroupEvents, { query: filters, signal }),
    }),
  details: () => [...groupEventQueries.all(), 'detail'] as const,
  detail: (eventId: string) =>
    queryOptions({
      queryKey: [...groupEventQueries.details(), eventId] as const,
      queryFn: ({ signal }) =>
        apiFetch(groupEndpoints.getGroupEvent, { params: { eventId }, signal }),
    }),
}

/** The `:eventId` of a route, or "Page not found" when it cannot be one. */
export function parseGroupEventId(params: { eventId?: string | undefined }): string {
  const parsed = groupEventParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.eventId
}
