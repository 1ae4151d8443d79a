import { letterboxEndpoints, type StaffAgreement } from '@asp/bff/contract'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { letterboxStaffKeys, refreshLetterboxStaff } from './letterbox-staff-keys.ts'

/** `GET /api/staff/letterbox/agreements/:agreementId`: an agreement, its schedule and letters. */
export const contactAgreementQueries = {
  all: () => [...letterboxStaffKeys.all(), 'agreement'] as const,
  detail: (agreementId: string) =>
    queryOptions({
      queryKey: [...contactAgreementQueries.all(), agreementId] as const,
      queryFn: ({ signal }) =>
        apiFetch(letterboxEndpoints.getContactAgreement, { params: { agreementId }, signal }),
    }),
}

/**
 * After a change the API answered with the agreement: show it at once, and have every list and
 * letterbox that may include it asked for again.
 */
export function putContactAgreement(queryClient: QueryClient, agreement: StaffAgreement) {
  const { queryKey } = contactAgreementQueries.detail(agreement.id)
  queryClient.setQueryData(queryKey, agreement)
  refreshLetterboxStaff(queryClient, queryKey)
}
