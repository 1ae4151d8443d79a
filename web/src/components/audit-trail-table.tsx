import { roleNames, type AuditEvent } from '@asp/bff/contract'
import { formatDateTime } from '../lib/dates.ts'
import { ScrollContainer } from './scroll-container.tsx'
import { Table } from './table.tsx'

export interface AuditTrailTableProps {
  events: AuditEvent[]
  /** What happened, in the words of the record's own pages. */
  describeEvent: (event: AuditEvent) => string
}

/** An audit trail's events: when, who, their role, what they did and from where. */
export function AuditTrailTable({ events, describeEvent }: AuditTrailTableProps) {
  return (
    <ScrollContainer label="Audit trail">
      <Table
        caption={`${String(events.length)} ${events.length === 1 ? 'event' : 'events'}`}
        captionClassName="govuk-table__caption--m"
        head={[
          { text: 'When' },
          { text: 'Who' },
          { text: 'Role' },
          { text: 'What' },
          { text: 'From where (IP address)' },
        ]}
        rows={events.map((event) => [
          { text: formatDateTime(event.occurredAt) },
          { text: event.actorName ?? 'Not known' },
          { text: event.actorRole === null ? 'Not known' : roleNames[event.actorRole] },
          { text: describeEvent(event) },
          { text: event.ipAddress ?? 'Not recorded' },
        ])}
      />
    </ScrollContainer>
  )
}
