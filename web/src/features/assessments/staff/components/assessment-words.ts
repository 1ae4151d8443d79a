import type {
  AssessmentStatus,
  assessmentStaffActionSchema,
  AssessmentSummary,
} from '@asp/bff/contract'
import type { z } from 'zod'
import type { TagColour } from '../../../../components/tag.tsx'

/** The colour of each status's tag: grey before it starts, blue while written, green once decided. */
export const assessmentStatusColours: Record<AssessmentStatus, TagColour | undefined> = {
  waiting: 'grey',
  in_progress: undefined,
  awaiting_sign_off: 'purple',
  returned: 'orange',
  signed_off: 'teal',
  proposal_sent: 'yellow',
  response_received: 'teal',
  decided: 'green',
  withdrawn: 'grey',
}

/** The date that matters where the assessment is: when to start, finish, or hear from the family. */
export function dueDateOf(
  assessment: Pick<AssessmentSummary, 'status' | 'startBy' | 'completeBy' | 'responseDueOn'>,
): { label: string; date: string } | undefined {
  switch (assessment.status) {
    case 'waiting':
      return { label: 'Start by', date: assessment.startBy }
    case 'in_progress':
    case 'returned':
    case 'awaiting_sign_off':
    case 'signed_off':
      return assessment.completeBy === null
        ? undefined
        : { label: 'Complete by', date: assessment.completeBy }
    case 'proposal_sent':
      return assessment.responseDueOn === null
        ? undefined
        : { label: 'Respond by', date: assessment.responseDueOn }
    default:
      return undefined
  }
}

/** "Mia Philips and Leo Philips"; "Mia, Leo and Ava Philips" reads as a list of three. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('')
  }
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`
}

const londonIsoDate = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/London',
})

/** Today's date in the UK, as `2026-10-03`. */
export function londonToday(now: number = Date.now()): string {
  return londonIsoDate.format(new Date(now))
}

/** What a member of staff may do next with an assessment, as the BFF says in `allowedActions`. */
export type AssessmentAction = z.infer<typeof assessmentStaffActionSchema>
