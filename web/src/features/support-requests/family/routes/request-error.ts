import { useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../../lib/api-client.ts'
import type { FormErrors } from '../../../../lib/form-errors.tsx'
import { mySupportRequestQueries } from '../api/get-my-support-request.ts'

/**
 * How a form on a request shows a refusal, keeping what was typed: a 409 (the team changed or
 * closed the request meanwhile) shows the API's message and loads the request as it is now; other
 * 4xx answers show their messages; a 5xx or a lost connection says it did not work, to try again.
 */
export function useShowRequestError(supportRequestId: string) {
  const queryClient = useQueryClient()
  return <F extends string>(form: FormErrors<F>, error: unknown, notDone: string) => {
    if (error instanceof ApiError && error.status === 409) {
      form.showErrors({}, [error.message])
      void queryClient.invalidateQueries({
        queryKey: mySupportRequestQueries.detail(supportRequestId).queryKey,
      })
      void queryClient.invalidateQueries({ queryKey: mySupportRequestQueries.lists() })
    } else if (error instanceof ApiError && error.status < 500) {
      form.showApiError(error)
    } else {
      form.showErrors({}, [`Sorry, there is a problem with the service. ${notDone} Try again.`])
    }
  }
}

/** What a page that changed the request tells the request page, in the history entry. */
type RequestNotice = 'withdrawn' | 'feedback'

export function withdrawnState(): { supportRequestNotice: RequestNotice } {
  return { supportRequestNotice: 'withdrawn' }
}

export function feedbackLeftState(): { supportRequestNotice: RequestNotice } {
  return { supportRequestNotice: 'feedback' }
}

/** The notice a page left for the request page, if any. */
export function requestNoticeOf(state: unknown): RequestNotice | undefined {
  if (typeof state !== 'object' || state === null) return undefined
  const notice = (state as { supportRequestNotice?: unknown }).supportRequestNotice
  return notice === 'withdrawn' || notice === 'feedback' ? notice : undefined
}

export function isWithdrawnState(state: unknown): boolean {
  return requestNoticeOf(state) === 'withdrawn'
}
