import {
  type queueQuerySchema,
  type StaffSupportRequest,
  supportRequestEndpoints,
  supportRequestParamsSchema,
} from '@asp/bff/contract'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { data } from 'react-router'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'

/** The queue's filters as the API takes them: `GET /api/support-requests?status=open&page=2`. */
export type QueueFilters = z.input<typeof queueQuerySchema>

/**
 * Query keys and options for the support line: the triage queue (`GET /api/support-requests`) and
 * one request as staff see it (`GET /api/support-requests/:supportRequestId`). The other support
 * line queries (my work, the team, workers) live under the same root, so that a change to a
 * request can refresh them all.
 */
export const supportRequestQueries = {
  all: () => ['support-line'] as const,
  lists: () => [...supportRequestQueries.all(), 'list'] as const,
  list: (filters: QueueFilters) =>
    queryOptions({
      queryKey: [...supportRequestQueries.lists(), filters] as const,
      queryFn: ({ signal }) =>
        apiFetch(supportRequestEndpoints.findSupportRequests, { query: filters, signal }),
    }),
  details: () => [...supportRequestQueries.all(), 'detail'] as const,
  detail: (supportRequestId: string) =>
    queryOptions({
      queryKey: [...supportRequestQueries.details(), supportRequestId] as const,
      queryFn: ({ signal }) =>
        apiFetch(supportRequestEndpoints.getSupportRequest, {
          params: { supportRequestId },
          signal,
        }),
    }),
}

/**
 * The `:supportRequestId` of a route, or "Page not found" when it cannot be one (the contract's
 * rule).
 */
export function parseSupportRequestId(params: { supportRequestId?: string | undefined }): string {
  const parsed = supportRequestParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.supportRequestId
}

/**
 * After a change the API answered with the request: show it at once, and have every list, count
 * and caseload that may include it asked for again.
 */
export function putSupportRequest(queryClient: QueryClient, request: StaffSupportRequest) {
  queryClient.setQueryData(supportRequestQueries.detail(request.id).queryKey, request)
  void queryClient.invalidateQueries({
    queryKey: supportRequestQueries.all(),
    predicate: (query) => query.queryKey[1] !== 'detail',
  })
}
