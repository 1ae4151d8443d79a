import { cancelGroupBookingSchema } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Navigate, useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useCancelMyGroupBooking } from '../api/cancel-my-group-booking.ts'
import {
  findMyGroupBookingById,
  myGroupBookingQueries,
  parseGroupBookingId,
  type MyGroupBooking,
} from '../api/find-my-group-bookings.ts'
import { formatDay } from '../components/event-words.ts'
import { bookingNoticeState } from './booking-notice.ts'

/**
 * `/groups/bookings/:bookingId/cancel`: confirm cancelling a booking or leaving the waiting list.
 * The version the family saw goes with it; if the booking changed meanwhile (a place came free
 * and it was booked, say) the page says so and shows it as it is now.
 */
export function CancelGroupBookingPage() {
  const bookingId = parseGroupBookingId(useParams())
  const { data: bookings } = useSuspenseQuery(myGroupBookingQueries.list())
  // The booking as it was sent, while the API answers and the page moves on: its answer already
  // shows the booking cancelled, which this page must not flash up.
  const [sent, setSent] = useState<MyGroupBooking>()
  const booking = sent ?? findMyGroupBookingById(bookings, bookingId)
  const form = useFormErrors([] as const)
  const queryClient = useQueryClient()
  const isWaiting = booking?.status === 'waiting'
  const canCancel =
    booking !== undefined &&
    booking.cancellable &&
    booking.status !== 'cancelled' &&
    !booking.eventCancelled
  const title = !canCancel
    ? 'You cannot cancel this booking'
    : isWaiting
      ? `Are you sure you want to leave the waiting list for ${booking.title}?`
      : `Are you sure you want to cancel your booking for ${booking.title}?`
  const cancel = useFormSubmit(form, {
    validate: () => {
      if (booking === undefined) {
        return undefined
      }
      const body = cancelGroupBookingSchema.parse({ version: booking.version })
      // On its way: the page shows the booking as it was sent (see `sent`).
      setSent(booking)
      return body
    },
    mutation: useCancelMyGroupBooking(bookingId),
    navigateTo: () => ({
      to: paths.myGroupBookings,
      state: bookingNoticeState(isWaiting ? 'left-waiting-list' : 'cancelled'),
    }),
    onError: (error) => {
      setSent(undefined)
      if (error instanceof ApiError && error.status < 500) {
        form.showErrors({}, [error.message])
        void queryClient.invalidateQueries({ queryKey: myGroupBookingQueries.all() })
      } else {
        form.showErrors({}, [
          `Sorry, there is a problem with the service. Your booking has not been cancelled. Try again.`,
        ])
      }
    },
  })
  usePageTitle(title, { hasError: form.hasErrors })

  if (booking === undefined) {
    return <Navigate to={paths.myGroupBookings} replace />
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.myGroupBookings}>Back to your bookings</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Your bookings</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {canCancel ? (
          <>
            {booking.startsAt !== null && (
              <p className="govuk-body">It starts on {formatDay(booking.startsAt)}.</p>
            )}
            <p className="govuk-body">
              {isWaiting
                ? 'You will lose your place on the waiting list. If you want to come later, you will join the end of the list.'
                : 'Your places will be offered to the next family on the waiting list. If you change your mind, you will need to book again, if there are places left.'}
            </p>
            <form noValidate onSubmit={cancel.onSubmit}>
              <div className="govuk-button-group">
                <Button variant="warning" preventDoubleClick disabled={cancel.isPending}>
                  {isWaiting ? 'Yes, leave the waiting list' : 'Yes, cancel booking'}
                </Button>
                <Link to={paths.myGroupBookings}>No, go back to your bookings</Link>
              </div>
            </form>
          </>
        ) : (
          <p className="govuk-body">
            {booking.eventCancelled
              ? `${booking.title} has been cancelled.`
              : booking.status === 'cancelled'
                ? `Your booking for ${booking.title} is already cancelled.`
                : `${booking.title} has started, so the booking can no longer be cancelled here. If you cannot come, contact your adoption support team.`}{' '}
            <Link to={pathTo(paths.groupEvent, { eventId: booking.eventId })}>Go to the event</Link>
          </p>
        )}
      </div>
    </div>
  )
}
