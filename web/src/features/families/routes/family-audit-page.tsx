import { roleNames, roleSchema, type AuditEvent } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { ScrollContainer } from '../../../components/scroll-container.tsx'
import { Table } from '../../../components/table.tsx'
import { formatDateTime } from '../../../lib/dates.ts'
import { auditTrailQueries } from '../api/get-audit-trail.ts'
import { familyQueries, parseFamilyId } from '../api/get-family.ts'
import { familyName } from '../components/family-summary.tsx'

const actionNames: Record<string, string> = {
  read: 'Viewed the record',
  update: 'Changed the record',
  'access-refused': 'Was refused access',
  'invitation-created': 'Sent an invitation',
}

/** What happened, in words: known actions by name, others as the BFF recorded them. */
export function describeAction(action: string): string {
  return actionNames[action] ?? action.replace(/[-_]/g, ' ').replace(/^./, (c) => c.toUpperCase())
}

function describeRole(role: string | null): string {
  if (role === null) {
    return 'Not known'
  }
  const parsed = roleSchema.safeParse(role)
  return parsed.success ? roleNames[parsed.data] : role
}

function row(event: AuditEvent) {
  return [
    { text: formatDateTime(event.occurredAt) },
    { text: event.actorName ?? 'Not known' },
    { text: describeRole(event.actorRole) },
    { text: describeAction(event.action) },
    { text: event.ipAddress ?? 'Not recorded' },
  ]
}

/** `/families/:familyId/audit`: who viewed or changed a family's record, for team managers. */
export function FamilyAuditPage() {
  const familyId = parseFamilyId(useParams())
  const { data: family } = useSuspenseQuery(familyQueries.detail(familyId))
  const { data: trail } = useSuspenseQuery(auditTrailQueries.family(familyId))
  usePageTitle('Audit trail')

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={pathTo(paths.family, { familyId })}>Back to the family record</BackLink>
        <span className="govuk-caption-l">{familyName(family)}</span>
        <h1 className="govuk-heading-l">Audit trail</h1>
        <p className="govuk-body">
          Everyone who viewed or changed this family’s record, newest first. Opening this page is
          recorded too.
        </p>
        {trail.events.length === 0 ? (
          <p className="govuk-body">No one has viewed or changed this record yet.</p>
        ) : (
          <ScrollContainer label="Audit trail">
            <Table
              caption={`${String(trail.events.length)} ${trail.events.length === 1 ? 'event' : 'events'}`}
              captionClassName="govuk-table__caption--m"
              head={[
                { text: 'When' },
                { text: 'Who' },
                { text: 'Role' },
                { text: 'What' },
                { text: 'From where (IP address)' },
              ]}
              rows={trail.events.map(row)}
            />
          </ScrollContainer>
        )}
      </div>
    </div>
  )
}
