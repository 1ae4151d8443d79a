import type { MySupportRequest } from '@asp/bff/contract'
import { formatDateTime } from '../../../../lib/dates.ts'

type TimelineEntry = MySupportRequest['timeline'][number]

/** Newest first, whatever order the API sends. */
export function newestFirst<T>(items: readonly T[], at: (item: T) => string): T[] {
  return [...items].sort((a, b) => Date.parse(at(b)) - Date.parse(at(a)))
}

/** What has happened to a request, newest first: an ordered list with the date of each event. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  if (entries.length === 0) {
    return <p className="govuk-body">Nothing has happened yet.</p>
  }
  return (
    <ol className="govuk-list govuk-list--spaced">
      {newestFirst(entries, (entry) => entry.occurredAt).map((entry) => (
        <li key={entry.id}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
            {entry.summary}
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
            {entry.actorName !== null && <> by {entry.actorName}</>}
          </p>
        </li>
      ))}
    </ol>
  )
}
