import { endpoints, familyParamsSchema } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { data } from 'react-router'
import { apiFetch } from '../../../lib/api-client.ts'

/** Query keys and options for a family record: staff by id, an adoptive parent their own. */
export const familyQueries = {
  all: () => ['families'] as const,
  detail: (familyId: string) =>
    queryOptions({
      queryKey: [...familyQueries.all(), 'detail', familyId] as const,
      queryFn: ({ signal }) => apiFetch(endpoints.getFamily, { params: { familyId }, signal }),
    }),
  mine: () =>
    queryOptions({
      queryKey: [...familyQueries.all(), 'mine'] as const,
      queryFn: ({ signal }) => apiFetch(endpoints.getMyFamily, { signal }),
    }),
}

/** The `:familyId` of a route, or "Page not found" when it cannot be one (the contract's rule). */
export function parseFamilyId(params: { familyId?: string | undefined }): string {
  const parsed = familyParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.familyId
}
