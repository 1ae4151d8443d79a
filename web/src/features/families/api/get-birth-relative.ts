import { familyEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/** Query keys and options for who a birth relative is (staff): their name on a form about them. */
export const birthRelativeQueries = {
  all: () => ['birth-relatives'] as const,
  detail: (birthRelativeId: string) =>
    queryOptions({
      queryKey: [...birthRelativeQueries.all(), 'detail', birthRelativeId] as const,
      queryFn: ({ signal }) =>
        apiFetch(familyEndpoints.getBirthRelative, { params: { birthRelativeId }, signal }),
    }),
}
