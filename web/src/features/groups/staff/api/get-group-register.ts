import { groupEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch, buildUrl } from '../../../../lib/api-client.ts'
import { groupEventQueries } from './get-group-event.ts'

/**
 * Query keys and options for `GET /api/group-programme/events/:eventId/register`: who is booked and
 * waiting, and attendance by session. Always asked for afresh: families book and cancel up to the
 * day.
 */
export const groupRegisterQueries = {
  all: () => [...groupEventQueries.all(), 'register'] as const,
  event: (eventId: string) =>
    queryOptions({
      queryKey: [...groupRegisterQueries.all(), eventId] as const,
      queryFn: ({ signal }) =>
        apiFetch(groupEndpoints.getGroupRegister, { params: { eventId }, signal }),
      staleTime: 0,
    }),
}

/** The address of the register as a CSV file, for a plain download link. */
export function registerCsvHref(eventId: string): string {
  return buildUrl(groupEndpoints.downloadGroupRegister, { eventId }).pathname
}
