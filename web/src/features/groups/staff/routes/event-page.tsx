import {
  groupAudienceNames,
  groupDeliveryNames,
  groupEventKindNames,
  type ManagedGroupEvent,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { groupEventQueries, parseEventId } from '../api/get-group-event.ts'
import { EventStatusTag } from '../components/event-status-tag.tsx'
import { GroupProgrammeNoticeBanner } from '../components/group-programme-notice.tsx'
import { formatSession } from '../components/session-times.ts'
import { canTakeRegister } from './group-programme-roles.ts'

/**
 * `/group-programme/:eventId`: an event as staff see it: everything about it, its sessions and
 * online link, places booked, the waiting list and interest; and what can be done with it.
 */
export function EventPage() {
  const eventId = parseEventId(useParams())
  const { data: event } = useSuspenseQuery(groupEventQueries.detail(eventId))
  const { user } = useSignedInSession()
  usePageTitle(event.title)
  const cancelled = event.status === 'cancelled'

  const actions = [
    ...(canTakeRegister(user.role) && event.status !== 'planned'
      ? [{ href: pathTo(paths.groupProgrammeRegister, { eventId }), text: 'Register' }]
      : []),
    ...(cancelled
      ? []
      : [
          { href: pathTo(paths.groupProgrammeEditEvent, { eventId }), text: 'Edit' },
          { href: pathTo(paths.groupProgrammeCancelEvent, { eventId }), text: 'Cancel event' },
        ]),
  ]

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.groupProgramme}>Back to groups and training</BackLink>
        <GroupProgrammeNoticeBanner />
        <span className="govuk-caption-l">{groupEventKindNames[event.kind]}</span>
        <h1 className="govuk-heading-l">{event.title}</h1>
        {actions.length > 0 && (
          <div className="govuk-button-group">
            {actions.map((action, index) => (
              <Button
                key={action.href}
                href={action.href}
                variant={
                  action.text === 'Cancel event' ? 'warning' : index === 0 ? 'primary' : 'secondary'
                }
              >
                {action.text}
              </Button>
            ))}
          </div>
        )}
        <h2 className="govuk-heading-m">Places</h2>
        <SummaryList rows={placesRows(event)} />
        <h2 className="govuk-heading-m">About the event</h2>
        <SummaryList rows={aboutRows(event)} />
      </div>
    </div>
  )
}

function placesRows(event: ManagedGroupEvent): SummaryListRow[] {
  return [
    { key: 'Status', value: <EventStatusTag event={event} /> },
    ...(event.cancelReason === null
      ? []
      : [{ key: 'Why it was cancelled', value: <MultilineText text={event.cancelReason} /> }]),
    {
      key: 'Places booked',
      value: `${String(event.placesBooked)} of ${String(event.capacity)}`,
    },
    { key: 'Places left', value: String(Math.max(0, event.placesLeft)) },
    { key: 'Waiting list', value: String(event.waitingCount) },
    { key: 'Registered interest', value: String(event.interestCount) },
    { key: 'Booking', value: bookingText(event) },
  ]
}

function bookingText(event: ManagedGroupEvent): ReactNode {
  const lines = [
    event.bookingOpen ? 'Open now' : 'Not open now',
    event.bookingOpensAt === null ? null : `Opens ${formatDateTime(event.bookingOpensAt)}`,
    event.bookingClosesAt === null ? null : `Closes ${formatDateTime(event.bookingClosesAt)}`,
  ].filter((line) => line !== null)
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}

function aboutRows(event: ManagedGroupEvent): SummaryListRow[] {
  const forChildren = event.minAge !== null || event.maxAge !== null
  return [
    { key: 'Type', value: groupEventKindNames[event.kind] },
    { key: 'Description', value: <MultilineText text={event.description} /> },
    {
      key: 'Who it is for',
      value: (
        <ul className="govuk-list govuk-!-margin-bottom-0">
          {event.audience.map((audience) => (
            <li key={audience}>{groupAudienceNames[audience]}</li>
          ))}
        </ul>
      ),
    },
    ...(forChildren
      ? [{ key: 'Children’s ages', value: agesText(event.minAge, event.maxAge) }]
      : []),
    { key: 'Area', value: event.localAuthorityName ?? 'All areas' },
    { key: 'In person or online', value: groupDeliveryNames[event.delivery] },
    ...(event.delivery === 'in_person'
      ? [
          {
            key: 'Venue',
            value: (
              <>
                {event.venueName}
                {event.venueAddress !== null && <MultilineText text={event.venueAddress} />}
              </>
            ),
          },
        ]
      : [
          {
            key: 'Link to join online',
            value:
              event.onlineLink === null ? (
                'Not set'
              ) : (
                <a className="govuk-link app-break-words" href={event.onlineLink}>
                  {event.onlineLink}
                </a>
              ),
          },
        ]),
    {
      key: 'Sessions',
      value:
        event.sessions.length === 0 ? (
          'No dates yet'
        ) : (
          <ol className="govuk-list govuk-list--number govuk-!-margin-bottom-0">
            {event.sessions.map((session) => (
              <li key={session.id}>{formatSession(session)}</li>
            ))}
          </ol>
        ),
    },
  ]
}

function agesText(minAge: number | null, maxAge: number | null): string {
  if (minAge !== null && maxAge !== null) {
    return minAge === maxAge
      ? `${String(minAge)} years old`
      : `${String(minAge)} to ${String(maxAge)} years old`
  }
  return minAge !== null ? `${String(minAge)} and over` : `Up to ${String(maxAge)} years old`
}
