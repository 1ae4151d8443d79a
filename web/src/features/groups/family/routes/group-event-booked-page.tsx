import { useSuspenseQuery } from '@tanstack/react-query'
import { Navigate, useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Link } from '../../../../components/link.tsx'
import { Panel } from '../../../../components/panel.tsx'
import { groupEventQueries, parseGroupEventId } from '../api/find-group-events.ts'
import { groupBookingCalendarHref } from '../api/find-my-group-bookings.ts'
import { eventWhen } from '../components/event-words.ts'
import { LineList } from '../components/line-list.tsx'

/**
 * `/groups/:eventId/booked`: the confirmation after booking: "Booking confirmed", or "You are on
 * the waiting list" with their place on it, and what happens next.
 */
export function GroupEventBookedPage() {
  const eventId = parseGroupEventId(useParams())
  const { data: event } = useSuspenseQuery(groupEventQueries.detail(eventId))
  const booking = event.myBooking
  const isBooked = booking?.status === 'booked'
  usePageTitle(isBooked ? 'Booking confirmed' : 'You are on the waiting list')

  if (booking === null || booking.status === 'cancelled') {
    return <Navigate to={pathTo(paths.groupEvent, { eventId })} replace />
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {isBooked ? (
          <Panel title="Booking confirmed">{event.title}</Panel>
        ) : (
          <Panel title="You are on the waiting list">
            {event.title}
            {booking.waitingPosition !== null && (
              <>
                <br />
                You are number <strong>{booking.waitingPosition}</strong> on the list
              </>
            )}
          </Panel>
        )}
        <h2 className="govuk-heading-s">When</h2>
        <div className="govuk-body">
          <LineList lines={eventWhen(event)} />
        </div>
        <h2 className="govuk-heading-s">Who is coming</h2>
        <div className="govuk-body">
          <LineList lines={booking.attendees.map((attendee) => attendee.name)} />
        </div>

        <h2 className="govuk-heading-m">What happens next</h2>
        {isBooked ? (
          <>
            <p className="govuk-body">
              We have sent you an email to confirm your booking. We will email you a reminder before{' '}
              {event.sessionCount > 1 ? 'each session' : 'the event'}.
            </p>
            {event.delivery === 'online' && (
              <p className="govuk-body">The link to join online is on the event’s page.</p>
            )}
            <p className="govuk-body">
              <a className="govuk-link" href={groupBookingCalendarHref(booking.id)} download>
                Add to calendar
              </a>
            </p>
            <p className="govuk-body">
              If you cannot come, cancel your booking so that someone else can have the place.
            </p>
          </>
        ) : (
          <>
            <p className="govuk-body">
              We have sent you an email to confirm you are on the waiting list. Places go to
              families in the order they joined.
            </p>
            <p className="govuk-body">
              We will email you if a place becomes free. If it does, your places are booked for you.
            </p>
          </>
        )}
        <ul className="govuk-list">
          <li>
            <Link to={paths.myGroupBookings}>Your bookings</Link>
          </li>
          <li>
            <Link to={pathTo(paths.groupEvent, { eventId })}>Back to {event.title}</Link>
          </li>
          <li>
            <Link to={paths.groups}>Groups and training</Link>
          </li>
        </ul>
      </div>
    </div>
  )
}
