/**
 * What "Respond to what we propose" tells "Your assessment and plan" once the response is sent, in
 * the history entry: only the notice's name, nothing the person wrote.
 */
export function respondedState(): { assessmentNotice: 'responded' } {
  return { assessmentNotice: 'responded' }
}

export function isRespondedState(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as { assessmentNotice?: unknown }).assessmentNotice === 'responded'
  )
}
