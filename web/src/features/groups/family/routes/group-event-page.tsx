import {
  bookGroupEventSchema,
  type groupAttendeeInputSchema,
  groupEventKindNames,
  type GroupEvent,
} from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import type { z } from 'zod'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Checkboxes, type CheckboxOption } from '../../../../components/checkboxes.tsx'
import { ErrorSummary } from '../../../../components/error-summary.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors, type FormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useBookGroupEvent } from '../api/book-group-event.ts'
import { groupEventQueries, parseGroupEventId } from '../api/find-group-events.ts'
import { groupBookingCalendarHref } from '../api/find-my-group-bookings.ts'
import { BookingStatusTag } from '../components/booking-status-tag.tsx'
import {
  areaText,
  audienceLines,
  formatMoment,
  formatSession,
  placesText,
} from '../components/event-words.ts'
import { LineList } from '../components/line-list.tsx'
import '../components/groups.css'
import { useRegisterInterest } from './use-register-interest.ts'

type AttendeeInput = z.input<typeof groupAttendeeInputSchema>
type BookingFields = 'attendees' | 'guestName'
const bookingFields = ['attendees', 'guestName'] as const satisfies readonly BookingFields[]

/**
 * `/groups/:eventId`: one event: what it is, its sessions, where, who it is for and places left,
 * then the family's booking, or the form to book places or join the waiting list. A cancelled
 * event says why, and has no form.
 */
export function GroupEventPage() {
  const eventId = parseGroupEventId(useParams())
  const { data: event } = useSuspenseQuery(groupEventQueries.detail(eventId))
  const form = useFormErrors(bookingFields)
  const [interestProblem, setInterestProblem] = useState<string>()
  usePageTitle(event.title, { hasError: form.hasErrors || interestProblem !== undefined })

  const booking =
    event.myBooking !== null && event.myBooking.status !== 'cancelled' ? event.myBooking : null

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.groups}>Back to groups and training</BackLink>
        <FormErrorSummary form={form} />
        {interestProblem !== undefined && (
          <ErrorSummary errorList={[]} description={interestProblem} />
        )}
        {event.status === 'cancelled' && (
          <NotificationBanner title="Event cancelled">
            <p className="govuk-notification-banner__heading">This event has been cancelled</p>
            {event.cancelReason !== null && <p className="govuk-body">{event.cancelReason}</p>}
            {event.myBooking !== null && (
              <p className="govuk-body">
                Your booking has been cancelled too. We are sorry for any inconvenience.
              </p>
            )}
          </NotificationBanner>
        )}
        <span className="govuk-caption-l">{groupEventKindNames[event.kind]}</span>
        <h1 className="govuk-heading-l">{event.title}</h1>
        <MultilineText text={event.description} />
        <SummaryList rows={eventRows(event, booking?.status === 'booked')} />

        {booking !== null && event.status !== 'cancelled' && <YourBooking booking={booking} />}
        {booking === null && event.status === 'published' && event.bookingOpen && (
          <BookingForm key={event.id} event={event} form={form} />
        )}
        {booking === null && event.status === 'published' && !event.bookingOpen && (
          <BookingClosed event={event} />
        )}
        {event.status === 'planned' && (
          <RegisterInterest event={event} onProblem={setInterestProblem} />
        )}
      </div>
    </div>
  )
}

/** The event's details, with the link to join online only for a family with a place. */
function eventRows(event: GroupEvent, isBooked: boolean): SummaryListRow[] {
  const sessions = event.sessions.map((session) => formatSession(session.startsAt, session.endsAt))
  const rows: SummaryListRow[] = []
  if (sessions.length === 0) {
    rows.push({ key: 'When', value: 'Dates to be confirmed' })
  } else if (sessions.length === 1) {
    rows.push({ key: 'When', value: sessions[0] })
  } else {
    rows.push({
      key: `${String(sessions.length)} sessions`,
      value: (
        <ol className="govuk-list govuk-list--number">
          {sessions.map((session) => (
            <li key={session}>{session}</li>
          ))}
        </ol>
      ),
    })
  }
  rows.push({
    key: 'Where',
    value:
      event.delivery === 'online' ? (
        <>
          Online
          {isBooked && event.onlineLink !== null && (
            <>
              <br />
              <a className="govuk-link app-break-words" href={event.onlineLink}>
                Join online
              </a>
            </>
          )}
        </>
      ) : (
        <>
          {event.venueName ?? 'In person'}
          {event.venueAddress !== null && (
            <MultilineText text={event.venueAddress} className="govuk-body govuk-!-margin-0" />
          )}
        </>
      ),
  })
  rows.push(
    { key: 'Area', value: areaText(event.localAuthorityName) },
    { key: 'Who it is for', value: <LineList lines={audienceLines(event)} /> },
  )
  if (event.status !== 'planned') {
    rows.push({ key: 'Places', value: placesText(event) })
  }
  if (event.status === 'published' && event.bookingClosesAt !== null && event.bookingOpen) {
    rows.push({ key: 'Booking closes', value: formatMoment(event.bookingClosesAt) })
  }
  return rows
}

/** The family's booking: where it stands, who is coming, the calendar file and how to cancel. */
function YourBooking({ booking }: { booking: NonNullable<GroupEvent['myBooking']> }) {
  const isBooked = booking.status === 'booked'
  const rows: SummaryListRow[] = [
    { key: 'Status', value: <BookingStatusTag status={booking.status} /> },
  ]
  if (booking.status === 'waiting' && booking.waitingPosition !== null) {
    rows.push({ key: 'Place on the waiting list', value: String(booking.waitingPosition) })
  }
  rows.push({
    key: 'Who is coming',
    value: <LineList lines={booking.attendees.map((attendee) => attendee.name)} />,
  })
  return (
    <>
      <h2 className="govuk-heading-m">Your booking</h2>
      <SummaryList rows={rows} />
      {!isBooked && (
        <p className="govuk-body">
          We will email you if a place becomes free. You do not need to do anything else.
        </p>
      )}
      <ul className="govuk-list">
        {isBooked && (
          <li>
            <a className="govuk-link" href={groupBookingCalendarHref(booking.id)} download>
              Add to calendar
            </a>
          </li>
        )}
        <li>
          <Link to={pathTo(paths.cancelMyGroupBooking, { bookingId: booking.id })}>
            {isBooked ? 'Cancel booking' : 'Leave the waiting list'}
          </Link>
        </li>
        <li>
          <Link to={paths.myGroupBookings}>Your bookings</Link>
        </li>
      </ul>
    </>
  )
}

function BookingClosed({ event }: { event: GroupEvent }) {
  const [now] = useState(() => Date.now())
  const opensLater = event.bookingOpensAt !== null && Date.parse(event.bookingOpensAt) > now
  return (
    <>
      <h2 className="govuk-heading-m">Booking</h2>
      <InsetText>
        {opensLater && event.bookingOpensAt !== null ? (
          <p className="govuk-body">Booking opens on {formatMoment(event.bookingOpensAt)}.</p>
        ) : (
          <p className="govuk-body">
            Booking for this event has closed. If you would like to come, contact your adoption
            support team.
          </p>
        )}
      </InsetText>
    </>
  )
}

/** The value of a household member's checkbox: `parent:<id>` or `child:<id>`. */
function memberValue(member: GroupEvent['household'][number]): string {
  return `${member.kind}:${member.id}`
}

function attendeeOf(value: string): AttendeeInput {
  const [kind, id = ''] = value.split(':')
  return kind === 'parent' ? { familyParentId: id } : { childId: id }
}

/**
 * "Who is coming?": the household's parents and children (those the event is not for shown but
 * disabled, with the reason), a guest's name when the event takes guests, and "Book places" or
 * "Join the waiting list". The idempotency key is made once for the page, so a double click or a
 * retry after a lost answer books once.
 */
function BookingForm({ event, form }: { event: GroupEvent; form: FormErrors<BookingFields> }) {
  const [selected, setSelected] = useState<string[]>([])
  const [guestName, setGuestName] = useState('')
  const [idempotencyKey] = useState(() => crypto.randomUUID())
  const queryClient = useQueryClient()
  const isFull = event.placesLeft <= 0
  const action = isFull ? 'Join the waiting list' : 'Book places'

  // Those who may come first, so that the error summary's link lands on a box that can be ticked.
  const members = [
    ...event.household.filter((member) => member.eligible),
    ...event.household.filter((member) => !member.eligible),
  ]
  const items: CheckboxOption[] = members.map((member) => ({
    value: memberValue(member),
    label: member.name,
    disabled: !member.eligible,
    hint: member.eligible ? undefined : (member.reason ?? 'This event is not for them'),
  }))
  const anyEligible = members.some((member) => member.eligible)

  function attendeesToSend(): { attendees: AttendeeInput[]; guestIndex: number | null } {
    const attendees = selected.map(attendeeOf)
    const guest = guestName.trim()
    if (!event.guestsAllowed || guest === '') {
      return { attendees, guestIndex: null }
    }
    return { attendees: [...attendees, { guestName: guest }], guestIndex: attendees.length }
  }

  const { attendees, guestIndex } = attendeesToSend()
  const book = useFormSubmit(form, {
    validate: () => {
      const parsed = bookGroupEventSchema.safeParse({ idempotencyKey, attendees })
      if (!parsed.success) {
        form.showErrors(bookingErrorsOf(flatten(parsed.error), guestIndex).fieldErrors)
        return undefined
      }
      return parsed.data
    },
    mutation: useBookGroupEvent(event.id),
    navigateTo: () => pathTo(paths.groupEventBooked, { eventId: event.id }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        const { fieldErrors, problems } = bookingErrorsOf(error.fieldErrors, guestIndex)
        form.showErrors(
          fieldErrors,
          problems.length === 0 && Object.keys(fieldErrors).length === 0
            ? [error.message]
            : problems,
        )
      } else if (error instanceof ApiError && error.status < 500) {
        // A 409: booking closed, the event was cancelled or changed, or they booked in another tab.
        form.showErrors({}, [error.message])
        void queryClient.invalidateQueries({
          queryKey: groupEventQueries.detail(event.id).queryKey,
        })
      } else {
        form.showErrors({}, [
          `Sorry, there is a problem with the service. ${isFull ? 'You have not joined the waiting list' : 'Your places have not been booked'}. Try again.`,
        ])
      }
    },
  })

  return (
    <>
      <h2 className="govuk-heading-m">{isFull ? 'Join the waiting list' : 'Book places'}</h2>
      {isFull ? (
        <p className="govuk-body">
          This event is full. Join the waiting list and we will email you if a place becomes free.
          Places go to families in the order they joined.
        </p>
      ) : (
        <p className="govuk-body">
          {placesText(event)}. If you choose more people than there are places, you will join the
          waiting list instead.
        </p>
      )}
      <form noValidate onSubmit={book.onSubmit}>
        {members.length > 0 && (
          <Checkboxes
            name="attendees"
            formGroupClassName="app-who-is-coming"
            legend="Who is coming?"
            legendClassName="govuk-fieldset__legend--s"
            hint={
              anyEligible
                ? 'Select everyone in your family who will come.'
                : 'This event is not for anyone in your family.'
            }
            items={items}
            values={selected}
            onChange={setSelected}
            errorMessage={form.errorFor('attendees')}
          />
        )}
        {event.guestsAllowed && (
          <TextInput
            name="guestName"
            label="Add a guest (optional)"
            labelClassName="govuk-label--s"
            hint="The full name of a relative or friend who will come with you."
            autoComplete="off"
            spellCheck={false}
            value={guestName}
            errorMessage={form.errorFor('guestName')}
            onChange={(changeEvent) => {
              setGuestName(changeEvent.target.value)
            }}
          />
        )}
        {(anyEligible || event.guestsAllowed) && (
          <Button preventDoubleClick disabled={book.isPending}>
            {action}
          </Button>
        )}
      </form>
    </>
  )
}

function flatten(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    errors[issue.path.map(String).join('.')] ??= issue.message
  }
  return errors
}

/**
 * Puts the messages of a refused booking on the form's fields: those about the guest (by their
 * place in `attendees`) on the guest's name, those about anyone else on "Who is coming?", and the
 * rest in the summary.
 */
export function bookingErrorsOf(
  errors: Record<string, string>,
  guestIndex: number | null,
): { fieldErrors: Partial<Record<BookingFields, string>>; problems: string[] } {
  const fieldErrors: Partial<Record<BookingFields, string>> = {}
  const problems: string[] = []
  for (const [path, message] of Object.entries(errors)) {
    const index = /^attendees\.(\d+)/.exec(path)?.[1]
    if (path === 'guestName' || (index !== undefined && Number(index) === guestIndex)) {
      fieldErrors.guestName ??= message
    } else if (path === 'attendees' || index !== undefined) {
      fieldErrors.attendees ??= message
    } else {
      problems.push(message)
    }
  }
  return { fieldErrors, problems }
}

/** A course with no dates yet: register interest, or say it is registered. */
function RegisterInterest({
  event,
  onProblem,
}: {
  event: GroupEvent
  onProblem: (problem: string | undefined) => void
}) {
  const { register, isRegistering } = useRegisterInterest(onProblem)

  return (
    <>
      <h2 className="govuk-heading-m">Dates to be confirmed</h2>
      {event.interestRegistered ? (
        <p className="govuk-body">
          <strong>You have registered interest.</strong> We will email you when the dates are set.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            This course has no dates yet. Register your interest and we will email you when the
            dates are set, so that you can book.
          </p>
          <form
            noValidate
            onSubmit={(submitEvent) => {
              register(submitEvent, event.id)
            }}
          >
            <Button variant="secondary" disabled={isRegistering(event.id)}>
              Register interest
            </Button>
          </form>
        </>
      )}
    </>
  )
}
