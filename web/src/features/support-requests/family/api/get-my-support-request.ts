import {
  type MySupportRequest,
  supportRequestEndpoints,
  supportRequestParamsSchema,
} from '@asp/bff/contract'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { data } from 'react-router'
import { apiFetch } from '../../../../lib/api-client.ts'

/**
 * Query keys and options for an adoptive parent's or birth relative's own requests for support:
 * `GET /api/my/support-requests` and `GET /api/my/support-requests/:supportRequestId`.
 */
export const mySupportRequestQueries = {
  all: () => ['my-support-requests'] as const,
  lists: () => [...mySupportRequestQueries.all(), 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: mySupportRequestQueries.lists(),
      queryFn: ({ signal }) => apiFetch(supportRequestEndpoints.findMySupportRequests, { signal }),
    }),
  detail: (supportRequestId: string) =>
    queryOptions({
      queryKey: [...mySupportRequestQueries.all(), 'detail', supportRequestId] as const,
      queryFn: ({ signal }) =>
        apiFetch(supportRequestEndpoints.getMySupportRequest, {
          params: { supportRequestId },
          signal,
        }),
    }),
}

/** The `:supportRequestId` of a route, or "Page not found" when it cannot be one. */
export function parseSupportRequestId(params: { supportRequestId?: string | undefined }): string {
  const parsed = supportRequestParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.supportRequestId
}

/**
 * Puts a request the API answered with (after a message or a withdrawal) in the cache, and marks
 * the list stale: its status or counts may have changed.
 */
export async function putMySupportRequest(queryClient: QueryClient, request: MySupportRequest) {
  queryClient.setQueryData(mySupportRequestQueries.detail(request.id).queryKey, request)
  await queryClient.invalidateQueries({ queryKey: mySupportRequestQueries.lists() })
}
