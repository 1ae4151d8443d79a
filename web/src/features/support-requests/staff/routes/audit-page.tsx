import type { AuditEvent } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { AuditTrailTable } from '../../../../components/audit-trail-table.tsx'
import { supportRequestAuditQueries } from '../api/get-support-request-audit.ts'
import { parseSupportRequestId, supportRequestQueries } from '../api/get-support-request.ts'
import { requestName } from '../components/request-name.ts'
import { BackToRequest } from './request-action.tsx'

const actionNames: Record<string, string> = {
  read: 'Viewed the request',
  create: 'Made the request, or added to it',
  update: 'Changed the request',
  'access-refused': 'Was refused access',
}

/** What happened, in words: known actions by name, others as the BFF recorded them. */
function describeEvent(event: Pick<AuditEvent, 'action' | 'changedFields'>): string {
  const known = actionNames[event.action]
  const action = known ?? event.action.replace(/[-_.]/g, ' ').replace(/^./, (c) => c.toUpperCase())
  if (event.changedFields.length > 0) {
    const changed = event.changedFields
      .map((field) => field.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase())
      .join(', ')
    return `${action} (changed: ${changed})`
  }
  return action
}

/**
 * `/support-line/requests/:supportRequestId/audit`: who viewed or changed a request, for team
 * managers, as the family record's audit trail shows it.
 */
export function AuditPage() {
  const supportRequestId = parseSupportRequestId(useParams())
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  const { data: trail } = useSuspenseQuery(supportRequestAuditQueries.request(supportRequestId))
  usePageTitle('Audit trail')

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackToRequest supportRequestId={supportRequestId} />
        <span className="govuk-caption-l">
          Request {request.reference}: {requestName(request)}
        </span>
        <h1 className="govuk-heading-l">Audit trail</h1>
        <p className="govuk-body">
          Everyone who viewed or changed this request, newest first. Opening this page is recorded
          too.
        </p>
        {trail.events.length === 0 ? (
          <p className="govuk-body">No one has viewed or changed this request yet.</p>
        ) : (
          <AuditTrailTable events={trail.events} describeEvent={describeEvent} />
        )}
      </div>
    </div>
  )
}
