import { supportCategoryNames, type QueueItem } from '@asp/bff/contract'
import { paths, pathTo } from '../../../app/paths.ts'
import { Link } from '../../../components/link.tsx'
import { ScrollContainer } from '../../../components/scroll-container.tsx'
import { Table, type TableCell } from '../../../components/table.tsx'
import { formatDateTime } from '../../../lib/dates.ts'
import { SafeguardingTag, StatusTag } from './status-tag.tsx'
import { urgencyStaffNames } from './support-request-words.ts'
import { TimeLeft } from './time-left.tsx'

export interface QueueTableProps {
  items: QueueItem[]
  /** Says what the table holds, such as "20 of 43 requests". */
  caption: string
  captionClassName?: string
}

function row(item: QueueItem): TableCell[] {
  return [
    {
      text: (
        <Link to={pathTo(paths.supportLineRequest, { supportRequestId: item.id })}>
          {item.reference}
        </Link>
      ),
    },
    {
      text: (
        <>
          {item.name}
          {item.queue === 'birth_relative' && (
            <>
              <br />
              <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
                Birth relative
              </span>
            </>
          )}
        </>
      ),
    },
    { text: item.localAuthorityName },
    {
      text: (
        <ul className="govuk-list govuk-!-font-size-16 govuk-!-margin-bottom-0">
          {item.categories.map((category) => (
            <li key={category}>{supportCategoryNames[category]}</li>
          ))}
        </ul>
      ),
    },
    { text: urgencyStaffNames[item.urgency] },
    { text: <StatusTag status={item.status} /> },
    { text: formatDateTime(item.receivedAt) },
    { text: item.workerName ?? 'Unallocated' },
    { text: item.safeguarding ? <SafeguardingTag /> : 'No' },
    { text: <TimeLeft response={item.response} /> },
  ]
}

/** Requests in a GOV.UK table, as the triage queue, "My work" and the team view list them. */
export function QueueTable({
  items,
  caption,
  captionClassName = 'govuk-table__caption--m',
}: QueueTableProps) {
  return (
    <ScrollContainer label={caption}>
      <Table
        caption={caption}
        captionClassName={captionClassName}
        head={[
          { text: 'Reference' },
          { text: 'Name' },
          { text: 'Local authority' },
          { text: 'Categories' },
          { text: 'Urgency' },
          { text: 'Status' },
          { text: 'Received' },
          { text: 'Worker' },
          { text: 'Safeguarding' },
          { text: 'Time left' },
        ]}
        rows={items.map(row)}
      />
    </ScrollContainer>
  )
}
