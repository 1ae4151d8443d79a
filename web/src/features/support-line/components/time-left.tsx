import type { QueueItem } from '@asp/bff/contract'
import { Tag } from '../../../components/tag.tsx'
import { formatDate } from '../../../lib/dates.ts'
import { timeLeftOf } from './support-request-words.ts'

/** The time left to reply: overdue in a red tag, due today in an orange one, otherwise words. */
export function TimeLeft({
  response,
  showDueDate = false,
}: {
  response: QueueItem['response']
  /** Adds "(reply due by 3 October 2026)". */
  showDueDate?: boolean
}) {
  const timeLeft = timeLeftOf(response)
  const due =
    showDueDate && response !== null ? (
      <span className="govuk-body-s"> (reply due by {formatDate(response.dueOn)})</span>
    ) : null
  if (timeLeft.kind === 'overdue') {
    return (
      <>
        <Tag colour="red">{timeLeft.text}</Tag>
        {due}
      </>
    )
  }
  if (timeLeft.kind === 'today') {
    return (
      <>
        <Tag colour="orange">{timeLeft.text}</Tag>
        {due}
      </>
    )
  }
  return (
    <>
      {timeLeft.text}
      {due}
    </>
  )
}
