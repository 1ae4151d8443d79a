import { type AskForSupport, supportRequestEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { supportDraftQueries } from './get-support-draft.ts'
import { mySupportRequestQueries } from './get-my-support-request.ts'

/**
 * `POST /api/my/support-requests`: sends the request. The body carries the journey's idempotency
 * key, so a retry or a second click makes one request, not two. The API deletes the draft.
 */
export function useAskForSupport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AskForSupport) => apiFetch(supportRequestEndpoints.askForSupport, { body }),
    onSuccess: async () => {
      queryClient.setQueryData(supportDraftQueries.mine().queryKey, {
        draft: null,
        savedAt: null,
      })
      await queryClient.invalidateQueries({ queryKey: mySupportRequestQueries.lists() })
    },
  })
}
