import { useSuspenseQuery } from '@tanstack/react-query'
import { useLocation } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Link } from '../../../../components/link.tsx'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { myGroupBookingQueries, type MyGroupBooking } from '../api/find-my-group-bookings.ts'
import { BookingStatusTag } from '../components/booking-status-tag.tsx'
import { attendanceText, formatSession, formatDay, whereText } from '../components/event-words.ts'
import { LineList } from '../components/line-list.tsx'
import { readBookingNotice } from './booking-notice.ts'

const notices = {
  cancelled: 'Booking cancelled',
  'left-waiting-list': 'You have left the waiting list',
} as const

/**
 * `/groups/bookings`: the family's bookings: upcoming ones first, soonest first, each with how to
 * cancel it; then past ones with what each person attended.
 */
export function MyGroupBookingsPage() {
  const {
    data: { upcoming, past },
  } = useSuspenseQuery(myGroupBookingQueries.list())
  const notice = readBookingNotice(useLocation().state)
  usePageTitle('Your bookings')

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.groups}>Back to groups and training</BackLink>
        {notice !== undefined && (
          <NotificationBanner type="success">{notices[notice]}</NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Your bookings</h1>
        <p className="govuk-body">
          The groups and training you have booked or are on the waiting list for.{' '}
          <Link to={paths.groups}>Find groups and training</Link>
        </p>

        <h2 className="govuk-heading-m">Upcoming</h2>
        {upcoming.length === 0 ? (
          <p className="govuk-body">You have no upcoming bookings.</p>
        ) : (
          upcoming.map((booking) => <BookingCard key={booking.id} booking={booking} />)
        )}

        <h2 className="govuk-heading-m">Past</h2>
        {past.length === 0 ? (
          <p className="govuk-body">You have no past bookings.</p>
        ) : (
          past.map((booking) => <BookingCard key={booking.id} booking={booking} isPast />)
        )}
      </div>
    </div>
  )
}

function when(booking: MyGroupBooking): string {
  if (booking.startsAt === null) {
    return 'Dates to be confirmed'
  }
  if (booking.endsAt === null) {
    return formatDay(booking.startsAt)
  }
  return formatSession(booking.startsAt, booking.endsAt)
}

function BookingCard({ booking, isPast = false }: { booking: MyGroupBooking; isPast?: boolean }) {
  const rows: SummaryListRow[] = [
    { key: 'When', value: when(booking) },
    { key: 'Where', value: whereText(booking) },
    {
      key: 'Status',
      value: (
        <>
          <BookingStatusTag status={booking.status} eventCancelled={booking.eventCancelled} />
          {booking.status === 'waiting' && booking.waitingPosition !== null && (
            <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
              Number {booking.waitingPosition} on the waiting list
            </p>
          )}
        </>
      ),
    },
    {
      key: isPast ? 'Who came' : 'Who is coming',
      value: (
        <LineList
          lines={booking.attendees.map((attendee) =>
            isPast && booking.status === 'booked'
              ? `${attendee.name}: ${attendanceText(attendee.sessionsAttended, attendee.sessionsMarked)}`
              : attendee.name,
          )}
        />
      ),
    },
  ]
  const canCancel = booking.cancellable && booking.status !== 'cancelled' && !booking.eventCancelled
  // A summary card, written out: its title links to the event, so the action link cannot repeat
  // the title inside itself as the component's hidden text does.
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          <Link to={pathTo(paths.groupEvent, { eventId: booking.eventId })}>{booking.title}</Link>
        </h3>
        {canCancel && (
          <div className="govuk-summary-card__actions">
            <Link to={pathTo(paths.cancelMyGroupBooking, { bookingId: booking.id })}>
              {booking.status === 'waiting' ? 'Leave the waiting list' : 'Cancel booking'}{' '}
              <span className="govuk-visually-hidden">for {booking.title}</span>
            </Link>
          </div>
        )}
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList rows={rows} />
      </div>
    </div>
  )
}
