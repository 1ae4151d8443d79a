import { type SupportDraft, supportRequestEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { supportDraftQueries } from './get-support-draft.ts'

/**
 * `PUT /api/my/support-request-draft`: keeps the answers so far, so that someone who leaves half
 * way can carry on later. The whole draft is sent each time; what the API keeps goes in the cache.
 */
export function useSaveSupportDraft() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (draft: SupportDraft) =>
      apiFetch(supportRequestEndpoints.saveSupportDraft, { body: { draft } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(supportDraftQueries.mine().queryKey, saved)
    },
  })
}
