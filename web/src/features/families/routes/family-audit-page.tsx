import type { AuditEvent } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { AuditTrailTable } from '../../../components/audit-trail-table.tsx'
import { auditTrailQueries } from '../api/get-audit-trail.ts'
import { familyQueries, parseFamilyId } from '../api/get-family.ts'
import { familyName } from '../components/family-summary.tsx'

const actionNames: Record<string, string> = {
  read: 'Viewed the record',
  update: 'Changed the record',
  create: 'Added to the record',
  'access-refused': 'Was refused access',
  'invitation-created': 'Sent an invitation',
}

/** What happened, in words: known actions by name, others as the BFF recorded them. */
function describeAction(action: string): string {
  return actionNames[action] ?? sentenceCase(action.replace(/[-_]/g, ' '))
}

/** The fields of a family record as its pages name them, for "Changed: …". */
const fieldNames: Record<string, string> = {
  addressLine1: 'address line 1',
  addressLine2: 'address line 2',
  town: 'town or city',
  postcode: 'postcode',
  phone: 'telephone number',
  localAuthorityId: 'responsible local authority',
  firstName: 'first name',
  lastName: 'last name',
  dateOfBirth: 'date of birth',
  adoptionOrderDate: 'date of the adoption order',
}

/** A field the BFF named, in plain words: known ones by name, others split out of camelCase. */
function describeField(field: string): string {
  return (
    fieldNames[field] ??
    field
      .replace(/Id$/, '')
      .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
      .replace(/[-_]/g, ' ')
      .toLowerCase()
  )
}

/** "Changed: address line 1, postcode" for a change that names its fields. */
function describeEvent(event: Pick<AuditEvent, 'action' | 'changedFields'>): string {
  if (event.action === 'update' && event.changedFields.length > 0) {
    return `Changed: ${event.changedFields.map(describeField).join(', ')}`
  }
  return describeAction(event.action)
}

function sentenceCase(text: string): string {
  return text.replace(/^./, (c) => c.toUpperCase())
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
          <AuditTrailTable events={trail.events} describeEvent={describeEvent} />
        )}
      </div>
    </div>
  )
}
