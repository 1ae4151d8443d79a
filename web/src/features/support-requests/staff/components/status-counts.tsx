import { supportStatuses, supportStatusNames, type SupportStatus } from '@asp/bff/contract'
import { Table } from '../../../../components/table.tsx'

/** Requests by status, as a two-column table: every status, with none where there are none. */
export function StatusCounts({
  counts,
  caption,
}: {
  counts: Partial<Record<SupportStatus, number>>
  caption: string
}) {
  return (
    <Table
      caption={caption}
      captionClassName="govuk-table__caption--m"
      firstCellIsHeader
      head={[{ text: 'Status' }, { text: 'Requests', format: 'numeric' }]}
      rows={supportStatuses.map((status) => [
        { text: supportStatusNames[status] },
        { text: String(counts[status] ?? 0), format: 'numeric' },
      ])}
    />
  )
}
