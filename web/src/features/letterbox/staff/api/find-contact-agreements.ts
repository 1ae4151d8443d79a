import { type agreementsQuerySchema, letterboxEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { letterboxStaffKeys } from './letterbox-staff-keys.ts'

/** The list's filters as the API takes them: `?view=reviews_due&status=active&page=2`. */
export type AgreementFilters = z.input<typeof agreementsQuerySchema>

/** `GET /api/staff/letterbox/agreements`: contact agreements in the caller's councils. */
export const contactAgreementsQueries = {
  all: () => [...letterboxStaffKeys.all(), 'agreements'] as const,
  list: (filters: AgreementFilters) =>
    queryOptions({
      queryKey: [...contactAgreementsQueries.all(), filters] as const,
      queryFn: ({ signal }) =>
        apiFetch(letterboxEndpoints.findContactAgreements, { query: filters, signal }),
    }),
}
