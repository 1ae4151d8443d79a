import type { ActionDue, Channel, QueueItem, SupportStatus, Urgency } from '@asp/bff/contract'
import type { TagColour } from '../../../../components/tag.tsx'

/**
 * The urgency radios of "Log a contact": what each means for the reply. The names themselves are
 * the contract's `urgencyNames`, the same words a family chooses from.
 */
export const urgencyStaffHints: Record<Urgency, string> = {
  urgent: 'Help is needed within a day',
  soon: 'Help is needed within the next few days',
  routine: 'Reply within the usual response time',
}

/** What the support line owes, in the duty team's words. */
export const actionDueNames: Record<ActionDue['action'], string> = {
  reply: 'Reply',
  triage: 'Triage decision',
  allocation: 'Named worker',
}

/** How a request reached the service. */
export const channelNames: Record<Channel, string> = {
  portal: 'Online, through this service',
  phone: 'Phone',
  email: 'Email',
  letter: 'Letter',
  referral: 'Referral',
}

/** The colour of each status's tag: new work stands out, finished work is grey. */
export const statusColours: Record<SupportStatus, TagColour | undefined> = {
  new: undefined,
  duty_support: 'purple',
  advice_call_booked: 'teal',
  awaiting_allocation: 'yellow',
  allocated: 'green',
  closed: 'grey',
  withdrawn: 'grey',
}

const plural = (count: number, one: string, many: string) =>
  `${String(count)} ${count === 1 ? one : many}`

export interface TimeLeft {
  kind: 'none' | 'left' | 'today' | 'overdue'
  text: string
}

/**
 * The time left for what is due, in working days: "2 working days left", "Due today" or "3
 * working days overdue". A request with nothing due (allocated to its worker, or closed) has none.
 */
export function timeLeftOf(due: QueueItem['due']): TimeLeft {
  if (due === null) {
    return { kind: 'none', text: 'Nothing due' }
  }
  const days = due.workingDaysLeft
  if (due.overdue || days < 0) {
    const late = Math.abs(days)
    return {
      kind: 'overdue',
      text: late === 0 ? 'Overdue' : `${plural(late, 'working day', 'working days')} overdue`,
    }
  }
  if (days === 0) {
    return { kind: 'today', text: 'Due today' }
  }
  return { kind: 'left', text: `${plural(days, 'working day', 'working days')} left` }
}

/** "12 open cases", "1 open case". */
export function openCasesText(count: number): string {
  return plural(count, 'open case', 'open cases')
}
