import { configure, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  bookingId,
  buildMyGroupBooking,
  buildMyGroupBookings,
  courseId,
  eventId,
} from '../test/factories.ts'
import { myGroupBookingsHandler, signedInAsAdopter } from '../test/handlers.ts'

// Pages load through the app's loaders: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 })

const cancelPath = `/groups/bookings/${bookingId}/cancel`

/** The text of a summary list row's value, found by its key. */
function valueOf(container: HTMLElement, key: string) {
  return within(container).getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

function card(title: string) {
  return screen
    .getByRole('heading', { level: 3, name: new RegExp(`^${title}`) })
    .closest('.govuk-summary-card') as HTMLElement
}

describe('your bookings', { timeout: 30_000 }, () => {
  it('lists upcoming bookings with how to cancel, and what was attended in the past', async () => {
    signedInAsAdopter()
    server.use(myGroupBookingsHandler())
    renderRoute('/groups/bookings')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your bookings' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Your bookings – Adoption support')
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual(expect.arrayContaining(['Upcoming', 'Past']))

    const upcoming = card('Creative play for 4 to 11s')
    expect(
      within(upcoming).getByRole('link', { name: 'Creative play for 4 to 11s' }),
    ).toHaveAttribute('href', `/groups/${eventId}`)
    expect(valueOf(upcoming, 'When')).toBe('Thursday 3 December 2026, 10am to 12pm')
    expect(valueOf(upcoming, 'Where')).toBe('Foleshill Family Hub')
    expect(within(upcoming).getByText('Booked')).toHaveClass('govuk-tag')
    expect(valueOf(upcoming, 'Who is coming')).toBe('Sarah PhilipsMia Philips')
    expect(
      within(upcoming).getByRole('link', { name: 'Cancel booking for Creative play for 4 to 11s' }),
    ).toHaveAttribute('href', cancelPath)

    const past = card('Understanding trauma')
    expect(within(past).getByRole('link', { name: /Understanding trauma/ })).toHaveAttribute(
      'href',
      `/groups/${courseId}`,
    )
    expect(valueOf(past, 'Who came')).toBe(
      'Sarah Philips: Attended 4 of 5 sessionsJames Philips: Attended 5 of 5 sessions',
    )
    expect(within(past).queryByRole('link', { name: /Cancel/ })).not.toBeInTheDocument()
  })

  it('shows a place on the waiting list and an event staff cancelled', async () => {
    signedInAsAdopter()
    server.use(
      myGroupBookingsHandler(() => ({
        upcoming: [
          buildMyGroupBooking({ status: 'waiting', waitingPosition: 2 }),
          buildMyGroupBooking({
            id: '7b2e4d3f-9c5e-4f6a-8b8c-2d3e4f5a6b70',
            title: 'Adopters’ forum',
            kind: 'adopter_forum',
            status: 'cancelled',
            eventCancelled: true,
            cancellable: false,
          }),
        ],
        past: [],
      })),
    )
    renderRoute('/groups/bookings')
    await screen.findByRole('heading', { level: 1, name: 'Your bookings' })
    const waiting = card('Creative play for 4 to 11s')
    expect(within(waiting).getByText('On the waiting list')).toHaveClass('govuk-tag')
    expect(valueOf(waiting, 'Status')).toBe('On the waiting listNumber 2 on the waiting list')
    expect(
      within(waiting).getByRole('link', {
        name: 'Leave the waiting list for Creative play for 4 to 11s',
      }),
    ).toHaveAttribute('href', cancelPath)
    const cancelled = card('Adopters’ forum')
    expect(within(cancelled).getByText('Event cancelled')).toHaveClass('govuk-tag')
    expect(within(cancelled).queryByRole('link', { name: /Cancel/ })).not.toBeInTheDocument()
    expect(screen.getByText('You have no past bookings.')).toBeInTheDocument()
  })
})

describe('cancelling a booking', { timeout: 30_000 }, () => {
  it('asks to be sure, sends the version seen, and says it is cancelled', async () => {
    signedInAsAdopter()
    let bookings = buildMyGroupBookings()
    const received: unknown[] = []
    server.use(
      myGroupBookingsHandler(() => bookings),
      http.post(mswPath('cancelMyGroupBooking'), async ({ request }) => {
        received.push(await request.json())
        bookings = { ...bookings, upcoming: [] }
        return HttpResponse.json(bookings)
      }),
    )
    const { user, router } = renderRoute('/groups/bookings')
    await user.click(
      await screen.findByRole('link', { name: 'Cancel booking for Creative play for 4 to 11s' }),
    )

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Are you sure you want to cancel your booking for Creative play for 4 to 11s?',
      }),
    ).toBeInTheDocument()
    expect(document.title).toBe(
      'Are you sure you want to cancel your booking for Creative play for 4 to 11s? – Adoption support',
    )
    expect(screen.getByRole('link', { name: 'Back to your bookings' })).toHaveAttribute(
      'href',
      '/groups/bookings',
    )
    await user.click(screen.getByRole('button', { name: 'Yes, cancel booking' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Booking cancelled')
    expect(currentLocation(router).path).toBe('/groups/bookings')
    expect(received).toEqual([{ version: 2 }])
    expect(screen.getByText('You have no upcoming bookings.')).toBeInTheDocument()
  })

  it('says so when the booking changed meanwhile, and shows it as it is now', async () => {
    signedInAsAdopter()
    let bookings = buildMyGroupBookings({
      upcoming: [buildMyGroupBooking({ status: 'waiting', waitingPosition: 1, version: 4 })],
    })
    const received: unknown[] = []
    server.use(
      myGroupBookingsHandler(() => bookings),
      http.post(mswPath('cancelMyGroupBooking'), async ({ request }) => {
        received.push(await request.json())
        if (received.length === 1) {
          // A place came free and the booking was made while the page was open.
          bookings = buildMyGroupBookings({ upcoming: [buildMyGroupBooking({ version: 5 })] })
          return apiErrorResponse(409, {
            code: 'CONFLICT',
            message:
              'Your booking has changed since you opened this page: a place became free and is now booked for you',
          })
        }
        bookings = { ...bookings, upcoming: [] }
        return HttpResponse.json(bookings)
      }),
    )
    const { user } = renderRoute(cancelPath)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Are you sure you want to leave the waiting list for Creative play for 4 to 11s?',
      }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Yes, leave the waiting list' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument()
    expect(summary).toHaveTextContent(
      'Your booking has changed since you opened this page: a place became free and is now booked for you',
    )
    expect(document.title).toMatch(/^Error: /)
    // The booking as it is now: booked, at its new version.
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Are you sure you want to cancel your booking for Creative play for 4 to 11s?',
      }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Yes, cancel booking' }))
    expect(await screen.findByText('Booking cancelled')).toBeInTheDocument()
    expect(received).toEqual([{ version: 4 }, { version: 5 }])
  })

  it('says when a booking can no longer be cancelled', async () => {
    signedInAsAdopter()
    server.use(
      myGroupBookingsHandler(() =>
        buildMyGroupBookings({ upcoming: [buildMyGroupBooking({ cancellable: false })] }),
      ),
    )
    renderRoute(cancelPath)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot cancel this booking' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('is page not found for a booking that is not theirs', async () => {
    signedInAsAdopter()
    server.use(myGroupBookingsHandler())
    renderRoute('/groups/bookings/7b2e4d3f-9c5e-4f6a-8b8c-000000000000/cancel')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})
