import { supportCategoryName, urgencyNames, type QueueItem } from '@asp/bff/contract'
import { paths, pathTo } from '../../../../app/paths.ts'
import { Link } from '../../../../components/link.tsx'
import { SummaryList } from '../../../../components/summary-list.tsx'
import { Table, type TableCell } from '../../../../components/table.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'
import { SafeguardingTag, StatusTag } from './status-tag.tsx'
import { TimeLeft } from './time-left.tsx'

export interface QueueTableProps {
  items: QueueItem[]
  /** Says what the list holds, such as "43 requests: showing 1 to 25". */
  caption: string
  captionClassName?: string
  /** The level of each request's heading on a phone, under the page's own headings. */
  cardHeadingLevel?: 2 | 3
}

const hint = 'govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0'

function Reference({ item }: { item: QueueItem }) {
  return (
    <Link to={pathTo(paths.supportLineRequest, { supportRequestId: item.id })}>
      {item.reference}
    </Link>
  )
}

/** The family's or birth relative's name, and their council. */
function Who({ item }: { item: QueueItem }) {
  return (
    <>
      {item.name}
      <span className={hint}>
        {item.queue === 'birth_relative' && 'Birth relative, '}
        {item.localAuthorityName}
      </span>
    </>
  )
}

function Urgency({ item }: { item: QueueItem }) {
  return (
    <>
      {urgencyNames[item.urgency]}
      {item.safeguarding && (
        <span className="govuk-!-display-block govuk-!-margin-top-1">
          <SafeguardingTag />
        </span>
      )}
    </>
  )
}

function Status({ item }: { item: QueueItem }) {
  return (
    <>
      <StatusTag status={item.status} />
      <span className={`${hint} govuk-!-margin-top-1`}>{item.workerName ?? 'No worker'}</span>
    </>
  )
}

function Categories({ item }: { item: QueueItem }) {
  return (
    <ul className="govuk-list govuk-!-font-size-16 govuk-!-margin-bottom-0">
      {item.categories.map((category) => (
        <li key={category}>{supportCategoryName(category, item.queue)}</li>
      ))}
    </ul>
  )
}

function row(item: QueueItem): TableCell[] {
  return [
    {
      text: (
        <>
          <Reference item={item} />
          <span className={hint}>{formatDateTime(item.receivedAt)}</span>
        </>
      ),
    },
    { text: <Who item={item} /> },
    { text: <Urgency item={item} /> },
    { text: <Status item={item} /> },
    { text: <TimeLeft due={item.due} adviceCallAt={item.adviceCallAt} /> },
    { text: <Categories item={item} /> },
  ]
}

/**
 * Requests as the triage queue, "My work" and the team view list them: reference, who, urgency,
 * status and time left first. On a desktop, a GOV.UK table that fits the page without
 * scrolling sideways; on a phone or tablet, a GOV.UK summary card for each request, time left
 * near the top.
 */
export function QueueTable({
  items,
  caption,
  captionClassName = 'govuk-table__caption--m',
  cardHeadingLevel = 2,
}: QueueTableProps) {
  return (
    <>
      <div className="app-queue-table">
        <Table
          caption={caption}
          captionClassName={captionClassName}
          head={[
            { text: 'Reference and received' },
            { text: 'Who' },
            { text: 'Urgency' },
            { text: 'Status and worker' },
            { text: 'Time left' },
            { text: 'What it is about' },
          ]}
          rows={items.map(row)}
        />
      </div>
      <section className="app-queue-cards" aria-label={caption}>
        <p
          className={
            captionClassName === 'govuk-visually-hidden'
              ? 'govuk-visually-hidden'
              : 'govuk-body govuk-!-font-weight-bold'
          }
        >
          {caption}
        </p>
        {items.map((item) => (
          <SummaryList
            key={item.id}
            card={{ title: <Reference item={item} />, headingLevel: cardHeadingLevel }}
            rows={[
              { key: 'Who', value: <Who item={item} /> },
              {
                key: 'Time left',
                value: <TimeLeft due={item.due} adviceCallAt={item.adviceCallAt} />,
              },
              { key: 'Urgency', value: <Urgency item={item} /> },
              { key: 'Status', value: <Status item={item} /> },
              { key: 'What it is about', value: <Categories item={item} /> },
              { key: 'Received', value: formatDateTime(item.receivedAt) },
            ]}
          />
        ))}
      </section>
    </>
  )
}
