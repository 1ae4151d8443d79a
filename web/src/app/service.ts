/** What the SPA says about itself wherever a page needs it. */
export const service = {
  name: 'Adoption support',
  phase: 'Beta',
  /** A clearly fictional address until an agency adopts the service and puts in its own. */
  feedbackEmail: 'adoption.support.feedback@example.org',
} as const
