import type { SupportRequestRow } from '@asp/db'
import type {
  ActionDue,
  FeedbackRating,
  MySupportRequest,
  QueueItem,
  StaffSupportRequest,
  SupportCategory,
  SupportStatus,
} from '../../contract/index.ts'
import { crisisCategory, supportStatusPlainWords } from '../../contract/index.ts'
import { toLondonDate, workingDaysBetweenDates } from '../../platform/working-days/working-days.ts'
import type { QueueRow } from './support-line.repository.ts'
import type { findRequestParts } from './support-requests.repository.ts'
import { allowedActions, isOpen } from './status-machine.ts'
import { bankHolidays, type SupportLineSettings } from './support-settings.ts'

// Turning rows into what the contract promises. Family views never carry staff-only facts
// (notes, reasons, other parties), and a birth relative's view never names the adoptive family.

type Parts = Awaited<ReturnType<typeof findRequestParts>>

const status = (row: Pick<SupportRequestRow, 'status'>) => row.status as SupportStatus
const categories = (row: Pick<SupportRequestRow, 'categories'>) =>
  row.categories as SupportCategory[]

type DueColumns = Pick<
  SupportRequestRow,
  | 'status'
  | 'firstRespondedAt'
  | 'responseDueOn'
  | 'allocationDueOn'
  | 'actionDueOn'
  | 'workerId'
  | 'safeguarding'
  | 'categories'
>

/** A safeguarding concern, or the crisis category: what must have a worker within the standard. */
export function isCrisis(row: Pick<SupportRequestRow, 'safeguarding' | 'categories'>) {
  return row.safeguarding || row.categories.includes(crisisCategory)
}

/**
 * What the support line must do next on a request, by when, and the working days left. The date
 * is the database's own (`action_due_on`, the column the queue is ordered by, ADR 0013); this
 * says which action it is: a crisis's worker when that is due first, or else the reply, or, once
 * a reply is sent, the triage decision.
 */
export function actionDue(row: DueColumns, now: Date): ActionDue | null {
  const dueOn = row.actionDueOn
  if (dueOn === null || !isOpen(status(row))) return null
  const owesReply = status(row) === 'new' || row.firstRespondedAt === null
  const action: ActionDue['action'] =
    owesReply && row.responseDueOn === dueOn
      ? row.firstRespondedAt === null
        ? 'reply'
        : 'triage'
      : 'allocation'
  const today = toLondonDate(now)
  return {
    action,
    dueOn,
    workingDaysLeft: workingDaysBetweenDates(today, dueOn, bankHolidays),
    overdue: today > dueOn,
  }
}

export function toQueueItem(row: QueueRow, now: Date): QueueItem {
  const request = row.request
  return {
    id: request.id,
    reference: request.reference,
    queue: request.queue as QueueItem['queue'],
    name: request.birthRelativeId
      ? (row.birthRelativeName ?? '')
      : (row.parentNames ?? request.enquirerName ?? ''),
    localAuthorityName: row.localAuthorityName,
    categories: categories(request),
    urgency: request.urgency as QueueItem['urgency'],
    status: status(request),
    channel: request.channel as QueueItem['channel'],
    receivedAt: request.receivedAt.toISOString(),
    workerName: row.workerName,
    safeguarding: request.safeguarding,
    due: actionDue(request, now),
    adviceCallAt: request.adviceCallAt?.toISOString() ?? null,
  }
}

function familyTimeline(parts: Parts) {
  return parts.events
    .filter(({ event }) => event.familySummary)
    .map(({ event, actorName }) => ({
      id: event.id,
      occurredAt: event.occurredAt.toISOString(),
      kind: event.kind,
      summary: event.familySummary ?? '',
      // Families see who from the team acted; never another family member's account name.
      actorName: event.kind === 'created' || event.kind === 'withdrawn' ? null : actorName,
    }))
}

function messagesFor(parts: Parts, reader: 'family' | 'team') {
  return parts.messages.map(({ message, authorName, attachments }) => ({
    id: message.id,
    sentAt: message.sentAt.toISOString(),
    from: message.fromSide as 'family' | 'team',
    authorName:
      message.fromSide === 'team'
        ? (authorName ?? 'The adoption support team')
        : reader === 'family'
          ? 'You'
          : (authorName ?? 'The family'),
    body: message.body,
    attachments,
  }))
}

export function toMyRequest(row: SupportRequestRow, parts: Parts): MySupportRequest {
  const lastRead = row.familyReadAt?.getTime() ?? 0
  return {
    id: row.id,
    reference: row.reference,
    categories: categories(row),
    status: status(row),
    statusText: supportStatusPlainWords[status(row)],
    receivedAt: row.receivedAt.toISOString(),
    workerName: parts.worker?.name ?? null,
    unreadMessages: parts.messages.filter(
      ({ message }) => message.fromSide === 'team' && message.sentAt.getTime() > lastRead,
    ).length,
    description: row.description,
    urgency: row.urgency as MySupportRequest['urgency'],
    children: parts.children.map((child) => ({ id: child.id, firstName: child.firstName })),
    contactMethod: row.contactMethod as MySupportRequest['contactMethod'],
    adviceCallAt: row.adviceCallAt?.toISOString() ?? null,
    expectedReplyBy: row.firstRespondedAt || !isOpen(status(row)) ? null : row.responseDueOn,
    timeline: familyTimeline(parts),
    messages: messagesFor(parts, 'family'),
    canWithdraw: isOpen(status(row)),
    feedback: parts.feedback && {
      rating: parts.feedback.rating as FeedbackRating,
      comment: parts.feedback.comment,
      leftAt: parts.feedback.leftAt.toISOString(),
    },
    canLeaveFeedback: status(row) === 'closed' && !parts.feedback,
    version: row.version,
  }
}

export function toStaffRequest(
  row: SupportRequestRow,
  parts: Parts,
  tiers: SupportLineSettings['tiers'],
  now: Date,
  mayAllocate: boolean,
): StaffSupportRequest {
  const tier = tiers.find((t) => t.level === row.tier) ?? null
  return {
    id: row.id,
    reference: row.reference,
    queue: row.queue as StaffSupportRequest['queue'],
    status: status(row),
    channel: row.channel as StaffSupportRequest['channel'],
    categories: categories(row),
    urgency: row.urgency as StaffSupportRequest['urgency'],
    description: row.description,
    contactMethod: row.contactMethod as StaffSupportRequest['contactMethod'],
    contactPhone: row.contactPhone,
    contactTimes: row.contactTimes,
    receivedAt: row.receivedAt.toISOString(),
    localAuthority: parts.localAuthority,
    family: parts.family,
    birthRelative: parts.birthRelative,
    enquirer: row.enquirerName ? { name: row.enquirerName, contact: row.enquirerContact } : null,
    children: parts.children,
    worker: parts.worker,
    tier: tier ?? (row.tier ? { level: row.tier, name: `Tier ${row.tier}` } : null),
    safeguarding: row.safeguarding,
    adviceCallAt: row.adviceCallAt?.toISOString() ?? null,
    daysToAdviceCall: row.daysToAdviceCall,
    due: actionDue(row, now),
    outcome: (row.outcome as StaffSupportRequest['outcome']) ?? null,
    timeline: parts.events.map(({ event, actorName }) => ({
      id: event.id,
      occurredAt: event.occurredAt.toISOString(),
      kind: event.kind,
      summary: event.reason ? `${event.summary}. Reason: ${event.reason}` : event.summary,
      actorName,
    })),
    messages: messagesFor(parts, 'team'),
    notes: parts.notes.map(({ note, authorName }) => ({
      id: note.id,
      writtenAt: note.writtenAt.toISOString(),
      authorName,
      body: note.body,
    })),
    allowedActions: [
      ...allowedActions(status(row), mayAllocate),
      // An enquirer not yet known to the service: link the request once their family is found.
      ...(row.queue === 'family' && !row.familyId ? (['link-family'] as const) : []),
    ],
    version: row.version,
  }
}
