import { type SupportDraft, supportRequestEndpoints } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'

/**
 * Query keys and options for `GET /api/my/support-request-draft`: the answers of an "Ask for
 * support" the signed-in person has started but not sent, or `null`.
 */
export const supportDraftQueries = {
  all: () => ['support-request-draft'] as const,
  mine: () =>
    queryOptions({
      queryKey: [...supportDraftQueries.all(), 'mine'] as const,
      queryFn: ({ signal }) => apiFetch(supportRequestEndpoints.getSupportDraft, { signal }),
    }),
}

/** Whether a draft has any answer in it: an empty one is no draft at all. */
export function hasAnswers(draft: SupportDraft | null): draft is SupportDraft {
  return (
    draft !== null &&
    Object.values(draft).some((answer) =>
      Array.isArray(answer) ? answer.length > 0 : answer !== undefined && answer !== '',
    )
  )
}
