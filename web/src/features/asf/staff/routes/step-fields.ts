import type { AsfAction } from '@asp/bff/contract'

// The steps of an application that ask for something (a date, a note, the fund's answer), each a
// page of its own: what the application page's link says, the page's heading and its button.

export const stepPages = {
  return: { link: 'Return to the worker', title: 'Return the application', button: 'Return it' },
  submit_to_fund: {
    link: 'Record the submission to the fund',
    title: 'Record the submission to the fund',
    button: 'Record the submission',
  },
  record_information_request: {
    link: 'Record a request for more information',
    title: 'Record the fund’s request for more information',
    button: 'Record the request',
  },
  record_decision: {
    link: 'Record the fund’s decision',
    title: 'Record the fund’s decision',
    button: 'Record the decision',
  },
  start_therapy: {
    link: 'Record that the therapy started',
    title: 'Record that the therapy started',
    button: 'Record the start',
  },
  complete: {
    link: 'Record that the therapy ended',
    title: 'Record that the therapy ended',
    button: 'Complete the application',
  },
  withdraw: {
    link: 'Withdraw the application',
    title: 'Withdraw the application',
    button: 'Withdraw it',
  },
} as const satisfies Partial<Record<AsfAction, { link: string; title: string; button: string }>>

export type StepPage = keyof typeof stepPages

export function isStepPage(step: string | undefined): step is StepPage {
  return step !== undefined && Object.hasOwn(stepPages, step)
}

/** What each step page asks for, besides the version. */
export const stepAsks: Record<StepPage, { note?: 'required' | 'optional'; date?: string }> = {
  return: { note: 'required' },
  submit_to_fund: { date: 'Date it was submitted' },
  record_information_request: { note: 'required', date: 'Date the fund asked' },
  record_decision: { note: 'optional', date: 'Date of the decision' },
  start_therapy: { date: 'Date the therapy started' },
  complete: { date: 'Date the therapy ended' },
  withdraw: { note: 'required' },
}

/** The note's question on each page that has one. */
export const noteLabels: Partial<Record<StepPage, string>> = {
  return: 'What needs to change?',
  record_information_request: 'What did the fund ask for?',
  record_decision: 'Note (optional)',
  withdraw: 'Why is the application withdrawn?',
}
