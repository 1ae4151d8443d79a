import {
  agreementParamsSchema,
  letterboxChildParamsSchema,
  letterParamsSchema,
} from '@asp/bff/contract'
import type { QueryClient } from '@tanstack/react-query'
import { data } from 'react-router'

/**
 * The root of every staff letterbox query (the queue, letters, agreements, the overdue list and a
 * child's letterbox), so that a decision or a change can have them all asked for again.
 */
export const letterboxStaffKeys = {
  all: () => ['letterbox-staff'] as const,
}

/**
 * After a change the API answered with one record (kept in the cache under `keep`): every other
 * staff letterbox query that may show it is asked for again.
 */
export function refreshLetterboxStaff(queryClient: QueryClient, keep?: readonly unknown[]) {
  void queryClient.invalidateQueries({
    queryKey: letterboxStaffKeys.all(),
    predicate: (query) =>
      keep === undefined ||
      query.queryKey.length !== keep.length ||
      query.queryKey.some((part, index) => part !== keep[index]),
  })
}

function paramOf<T>(parsed: { success: true; data: T } | { success: false }): T {
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data
}

/** The `:letterId` of a route, or "Page not found" when it cannot be one (the contract's rule). */
export function parseLetterId(params: { letterId?: string | undefined }): string {
  return paramOf(letterParamsSchema.safeParse(params)).letterId
}

/** The `:agreementId` of a route, or "Page not found". */
export function parseAgreementId(params: { agreementId?: string | undefined }): string {
  return paramOf(agreementParamsSchema.safeParse(params)).agreementId
}

/** The `:childId` of a route, or "Page not found". */
export function parseChildId(params: { childId?: string | undefined }): string {
  return paramOf(letterboxChildParamsSchema.safeParse(params)).childId
}
