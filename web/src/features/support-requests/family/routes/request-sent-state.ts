import { supportRequestCreatedSchema } from '@asp/bff/contract'
import type { z } from 'zod'

/**
 * What "Check your answers" tells the confirmation page, in the history entry: the reference and
 * the dates the API worked out. Nothing the person wrote.
 */
export type RequestSentState = z.infer<typeof supportRequestCreatedSchema>

export function requestSentState(created: RequestSentState): { requestSent: RequestSentState } {
  return { requestSent: created }
}

/** The state the page was opened with, or undefined when it was opened some other way. */
export function readRequestSentState(state: unknown): RequestSentState | undefined {
  if (typeof state !== 'object' || state === null) {
    return undefined
  }
  const parsed = supportRequestCreatedSchema.safeParse(
    (state as { requestSent?: unknown }).requestSent,
  )
  return parsed.success ? parsed.data : undefined
}
