import type { Channel, QueueItem, SupportStatus, Urgency } from '@asp/bff/contract'
import type { TagColour } from '../../../components/tag.tsx'

/** Urgency in the duty team's words (the contract's own are the family's). */
export const urgencyStaffNames: Record<Urgency, string> = {
  crisis: 'Crisis',
  soon: 'Soon',
  routine: 'Routine',
}

/** The urgency radios of "Log a contact": what each means for the reply. */
export const urgencyStaffHints: Record<Urgency, string> = {
  crisis: 'Help is needed within a day',
  soon: 'Help is needed within the next few days',
  routine: 'Reply within the usual response time',
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
 * The time left to reply, in working days: "2 working days left", "Due today" or "3 working days
 * overdue". A request with no reply due (closed, say) has none.
 */
export function timeLeftOf(response: QueueItem['response']): TimeLeft {
  if (response === null) {
    return { kind: 'none', text: 'No reply due' }
  }
  const days = response.workingDaysLeft
  if (response.overdue || days < 0) {
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
