import { groupEndpoints, type groupFiguresQuerySchema } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { groupEventQueries } from './get-group-event.ts'

export type GroupFiguresRange = z.input<typeof groupFiguresQuerySchema>

/** Query keys and options for `GET /api/group-programme/figures`: the programme's figures. */
export const groupFiguresQueries = {
  all: () => [...groupEventQueries.all(), 'figures'] as const,
  range: (range: GroupFiguresRange) =>
    queryOptions({
      queryKey: [...groupFiguresQueries.all(), range] as const,
      queryFn: ({ signal }) => apiFetch(groupEndpoints.getGroupFigures, { query: range, signal }),
    }),
}
