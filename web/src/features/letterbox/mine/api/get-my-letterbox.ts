import {
  letterboxEndpoints,
  type myAgreementSchema,
  type myLetterSummarySchema,
} from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'

export type MyAgreement = z.infer<typeof myAgreementSchema>
export type MyLetterSummary = z.infer<typeof myLetterSummarySchema>

/**
 * Query keys and options for the reader's own letterbox: `GET /api/letterbox` (their agreements in
 * plain words, what is due, and the letters sent and received). One letter's key sits under the
 * same root (see `get-my-letter.ts`), so a change to a letter can mark the whole letterbox stale.
 */
export const myLetterboxQueries = {
  all: () => ['my-letterbox'] as const,
  box: () =>
    queryOptions({
      queryKey: [...myLetterboxQueries.all(), 'box'] as const,
      queryFn: ({ signal }) => apiFetch(letterboxEndpoints.getMyLetterbox, { signal }),
    }),
}
