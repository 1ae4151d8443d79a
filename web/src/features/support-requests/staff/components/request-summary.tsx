import {
  closureOutcomeNames,
  contactMethodNames,
  supportCategoryName,
  urgencyNames,
  type StaffSupportRequest,
} from '@asp/bff/contract'
import { paths, pathTo } from '../../../../app/paths.ts'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'
import { joinNames } from './request-name.ts'
import { StatusTag } from './status-tag.tsx'
import { channelNames } from './support-request-words.ts'
import { TimeLeft } from './time-left.tsx'

function who(request: StaffSupportRequest): SummaryListRow[] {
  if (request.family !== null) {
    return [
      {
        key: 'Family',
        value: (
          <>
            <Link to={pathTo(paths.family, { familyId: request.family.id })}>
              {joinNames(request.family.parentNames) || 'Family record'}
            </Link>
            <br />
            Family {request.family.reference}
          </>
        ),
      },
    ]
  }
  if (request.birthRelative !== null) {
    return [
      { key: 'Birth relative', value: request.birthRelative.name },
      { key: 'Relationship to the child', value: request.birthRelative.relationship },
    ]
  }
  if (request.enquirer !== null) {
    return [
      { key: 'Enquirer', value: request.enquirer.name },
      {
        key: 'Enquirer’s phone number or email address',
        value:
          request.enquirer.contact === null ? (
            'Not recorded'
          ) : (
            <span className="app-break-words">{request.enquirer.contact}</span>
          ),
      },
    ]
  }
  return []
}

function contactPreference(request: StaffSupportRequest) {
  return (
    <>
      {contactMethodNames[request.contactMethod]}
      {request.contactPhone !== null && (
        <>
          <br />
          {request.contactPhone}
        </>
      )}
      {request.contactTimes !== null && request.contactTimes !== '' && (
        <>
          <br />
          {request.contactTimes}
        </>
      )}
    </>
  )
}

/** What staff need to know about a request, in one GOV.UK summary list. */
export function RequestSummary({ request }: { request: StaffSupportRequest }) {
  const rows: SummaryListRow[] = [
    { key: 'Reference', value: request.reference },
    { key: 'Status', value: <StatusTag status={request.status} /> },
    ...(request.outcome === null
      ? []
      : [{ key: 'Outcome', value: closureOutcomeNames[request.outcome] }]),
    { key: 'How it came in', value: channelNames[request.channel] },
    { key: 'Received', value: formatDateTime(request.receivedAt) },
    { key: 'Local authority', value: request.localAuthority.name },
    ...who(request),
    ...(request.queue === 'family'
      ? [
          {
            key: 'Children',
            value:
              request.children.length === 0 ? (
                'No children named'
              ) : (
                <ul className="govuk-list">
                  {request.children.map((child) => (
                    <li key={child.id}>
                      {child.firstName} {child.lastName}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]
      : []),
    {
      key: 'What it is about',
      value: (
        <ul className="govuk-list">
          {request.categories.map((category) => (
            <li key={category}>{supportCategoryName(category, request.queue)}</li>
          ))}
        </ul>
      ),
    },
    { key: 'Urgency', value: urgencyNames[request.urgency] },
    { key: 'What is happening', value: <MultilineText text={request.description} /> },
    { key: 'How to contact them', value: contactPreference(request) },
    {
      key: 'Support tier',
      value:
        request.tier === null
          ? 'Not decided'
          : `Tier ${String(request.tier.level)}: ${request.tier.name}`,
    },
    { key: 'Worker', value: request.worker?.name ?? 'Unallocated' },
    {
      key: 'Support and advice call',
      value: request.adviceCallAt === null ? 'None booked' : formatDateTime(request.adviceCallAt),
    },
    { key: 'What is due', value: <TimeLeft due={request.due} showDueDate /> },
  ]
  return <SummaryList rows={rows} />
}
