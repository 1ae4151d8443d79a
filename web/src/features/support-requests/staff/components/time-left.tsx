import type { QueueItem } from '@asp/bff/contract'
import { Tag } from '../../../../components/tag.tsx'
import { formatDate, formatDateTime } from '../../../../lib/dates.ts'
import { actionDueNames, timeLeftOf } from './support-request-words.ts'

/**
 * What is due and the time left for it: "Reply", then "2 working days left"; overdue in a red tag
 * and due today in an orange one. With nothing due, the next advice call if one is booked.
 */
export function TimeLeft({
  due,
  adviceCallAt = null,
  showDueDate = false,
}: {
  due: QueueItem['due']
  adviceCallAt?: string | null
  /** Adds "(due by 3 October 2026)". */
  showDueDate?: boolean
}) {
  if (due === null) {
    return adviceCallAt === null ? (
      <>{timeLeftOf(due).text}</>
    ) : (
      <>
        Nothing due
        <span className="govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0">
          Advice call {formatDateTime(adviceCallAt)}
        </span>
      </>
    )
  }
  const timeLeft = timeLeftOf(due)
  const colour =
    timeLeft.kind === 'overdue' ? 'red' : timeLeft.kind === 'today' ? 'orange' : undefined
  return (
    <>
      <span className="app-time-left__action">
        {actionDueNames[due.action]}
        <span className="govuk-visually-hidden">: </span>
      </span>
      {colour === undefined ? timeLeft.text : <Tag colour={colour}>{timeLeft.text}</Tag>}
      {showDueDate && <span className="govuk-body-s"> (due by {formatDate(due.dueOn)})</span>}
    </>
  )
}
