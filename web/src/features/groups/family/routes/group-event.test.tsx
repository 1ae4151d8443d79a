import type { GroupEvent } from '@asp/bff/contract'
import { configure, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  bookingId,
  buildBookingResult,
  buildGroupEvent,
  eventId,
  householdIds,
} from '../test/factories.ts'
import { groupEventHandler, signedInAsAdopter } from '../test/handlers.ts'

// Pages load through the app's loaders: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 })

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const eventPath = `/groups/${eventId}`

interface BookingBody {
  idempotencyKey: string
  attendees: ({ familyParentId: string } | { childId: string } | { guestName: string })[]
}

/** The text of a summary list row's value, found by its key. */
function valueOf(container: HTMLElement, key: string) {
  return within(container).getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

/**
 * The event and `POST …/bookings` over one event held here, as the BFF keeps it: a booking made
 * shows on the event afterwards. `received` records every booking sent.
 */
function bookingHandlers(initial: GroupEvent, answer: (body: BookingBody) => Response | null) {
  let event = initial
  const received: BookingBody[] = []
  return {
    received,
    handlers: [
      groupEventHandler(() => event),
      http.post(mswPath('bookGroupEvent'), async ({ request }) => {
        const body = (await request.json()) as BookingBody
        received.push(body)
        const refused = answer(body)
        if (refused !== null) {
          return refused
        }
        const waiting = event.placesLeft < body.attendees.length
        event = {
          ...event,
          placesLeft: waiting ? event.placesLeft : event.placesLeft - body.attendees.length,
          myBooking: {
            id: bookingId,
            status: waiting ? 'waiting' : 'booked',
            version: 1,
            places: body.attendees.length,
            waitingPosition: waiting ? 2 : null,
            attendees: body.attendees.map((attendee) => ({
              name:
                'guestName' in attendee
                  ? attendee.guestName
                  : (initial.household.find(
                      (member) =>
                        member.id ===
                        ('familyParentId' in attendee ? attendee.familyParentId : attendee.childId),
                    )?.name ?? ''),
            })),
          },
        }
        return HttpResponse.json(
          buildBookingResult({
            status: waiting ? 'waiting' : 'booked',
            waitingPosition: waiting ? 2 : null,
          }),
          { status: 201 },
        )
      }),
    ],
  }
}

describe('an event', { timeout: 30_000 }, () => {
  it('shows what it is, when, where, who it is for and places left', async () => {
    signedInAsAdopter()
    server.use(groupEventHandler())
    renderRoute(eventPath)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Creative play for 4 to 11s' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Creative play for 4 to 11s – Adoption support')
    expect(screen.getByText('Children’s activity')).toHaveClass('govuk-caption-l')
    const main = screen.getByRole('main')
    expect(within(main).getByText(/Arts and crafts for children/)).toBeInTheDocument()
    expect(valueOf(main, 'When')).toBe('Thursday 3 December 2026, 10am to 12pm')
    expect(valueOf(main, 'Where')).toBe('Foleshill Family Hub160 Foleshill RoadCoventryCV1 4JH')
    expect(valueOf(main, 'Who it is for')).toBe(
      'Adoptive parentsChildren and young people, for children aged 4 to 11',
    )
    expect(valueOf(main, 'Places')).toBe('3 places left')
    expect(valueOf(main, 'Booking closes')).toBe('Tuesday 1 December 2026 at 5pm')
    expect(screen.getByRole('link', { name: 'Back to groups and training' })).toHaveAttribute(
      'href',
      '/groups',
    )

    const whoIsComing = screen.getByRole('group', { name: 'Who is coming?' })
    expect(
      within(whoIsComing)
        .getAllByRole('checkbox')
        .map((box) => [box.getAttribute('value'), (box as HTMLInputElement).disabled]),
    ).toEqual([
      [`parent:${householdIds.sarah}`, false],
      [`parent:${householdIds.james}`, false],
      [`child:${householdIds.mia}`, false],
      [`child:${householdIds.leo}`, true],
    ])
    expect(
      within(whoIsComing).getByRole('checkbox', { name: 'Leo Philips' }),
    ).toHaveAccessibleDescription(
      'Leo will be 3 on the day: this event is for children aged 4 to 11',
    )
    expect(screen.queryByRole('textbox', { name: /guest/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Book places' })).toBeInTheDocument()
  })

  it('lists the sessions of a course', async () => {
    signedInAsAdopter()
    server.use(
      groupEventHandler(() =>
        buildGroupEvent({
          sessionCount: 3,
          sessions: [1, 2, 3].map((n) => ({
            id: `a0b1c2d3-0000-4000-8000-00000000000${String(n)}`,
            startsAt: `2027-01-${String(7 * n).padStart(2, '0')}T19:00:00.000Z`,
            endsAt: `2027-01-${String(7 * n).padStart(2, '0')}T21:00:00.000Z`,
          })),
        }),
      ),
    )
    renderRoute(eventPath)
    const sessions = (await screen.findByText('3 sessions', { selector: 'dt' }))
      .nextElementSibling as HTMLElement
    expect(
      within(sessions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Thursday 7 January 2027, 7pm to 9pm',
      'Thursday 14 January 2027, 7pm to 9pm',
      'Thursday 21 January 2027, 7pm to 9pm',
    ])
  })

  it('books places once, however many times the button is pressed, and confirms', async () => {
    signedInAsAdopter()
    const booking = bookingHandlers(buildGroupEvent(), () => null)
    server.use(...booking.handlers)
    const { user, router } = renderRoute(eventPath)

    await user.click(await screen.findByRole('checkbox', { name: 'Sarah Philips' }))
    await user.click(screen.getByRole('checkbox', { name: 'Mia Philips' }))
    const button = screen.getByRole('button', { name: 'Book places' })
    await user.dblClick(button)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Booking confirmed' }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`${eventPath}/booked`)
    expect(document.title).toBe('Booking confirmed – Adoption support')
    expect(booking.received).toHaveLength(1)
    expect(booking.received[0]).toEqual({
      idempotencyKey: expect.stringMatching(uuid) as string,
      attendees: [{ familyParentId: householdIds.sarah }, { childId: householdIds.mia }],
    })
    const main = screen.getByRole('main')
    expect(within(main).getByText('Creative play for 4 to 11s')).toHaveClass('govuk-panel__body')
    expect(main).toHaveTextContent('We have sent you an email to confirm your booking.')
    expect(within(main).getByRole('link', { name: 'Add to calendar' })).toHaveAttribute(
      'href',
      `/api/my/group-bookings/${bookingId}/calendar`,
    )
    expect(within(main).getByRole('link', { name: 'Your bookings' })).toHaveAttribute(
      'href',
      '/groups/bookings',
    )
  })

  it('shows what was wrong with a booking, keeping who was chosen and the guest', async () => {
    signedInAsAdopter()
    const booking = bookingHandlers(buildGroupEvent({ guestsAllowed: true }), (body) =>
      body.attendees.some((attendee) => 'guestName' in attendee && attendee.guestName === 'Pat')
        ? apiErrorResponse(400, {
            code: 'VALIDATION_FAILED',
            message: 'There is a problem',
            fieldErrors: {
              'attendees.0': 'James Philips is already booked on this event',
              'attendees.1.guestName': 'Enter the guest’s full name',
            },
          })
        : null,
    )
    server.use(...booking.handlers)
    const { user } = renderRoute(eventPath)

    // Nothing chosen: the form's own check, before anything is sent.
    await user.click(await screen.findByRole('button', { name: 'Book places' }))
    let summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Select who is coming' })).toHaveAttribute(
      'href',
      '#attendees',
    )
    expect(booking.received).toHaveLength(0)

    await user.click(screen.getByRole('checkbox', { name: 'James Philips' }))
    await user.type(screen.getByRole('textbox', { name: 'Add a guest (optional)' }), 'Pat')
    await user.click(screen.getByRole('button', { name: 'Book places' }))

    await waitFor(() => {
      expect(booking.received).toHaveLength(1)
    })
    summary = await screen.findByRole('alert')
    await within(summary).findByRole('link', {
      name: 'James Philips is already booked on this event',
    })
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['James Philips is already booked on this event', '#attendees'],
      ['Enter the guest’s full name', '#guestName'],
    ])
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument()
    expect(document.title).toBe('Error: Creative play for 4 to 11s – Adoption support')
    expect(screen.getByRole('group', { name: 'Who is coming?' })).toHaveAccessibleDescription(
      /Error: James Philips is already booked on this event/,
    )
    expect(
      screen.getByRole('textbox', { name: 'Add a guest (optional)' }),
    ).toHaveAccessibleDescription(/Error: Enter the guest’s full name/)
    // Nothing they chose is lost.
    expect(screen.getByRole('checkbox', { name: 'James Philips' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Add a guest (optional)' })).toHaveValue('Pat')

    // Put right and sent again: the same key, so that a booking that did go through is not made twice.
    await user.clear(screen.getByRole('textbox', { name: 'Add a guest (optional)' }))
    await user.type(screen.getByRole('textbox', { name: 'Add a guest (optional)' }), 'Pat Doyle')
    await user.click(screen.getByRole('button', { name: 'Book places' }))
    await screen.findByRole('heading', { level: 1, name: 'Booking confirmed' })
    expect(booking.received).toHaveLength(2)
    expect(booking.received[1]?.idempotencyKey).toBe(booking.received[0]?.idempotencyKey)
    expect(booking.received[1]?.attendees).toEqual([
      { familyParentId: householdIds.james },
      { guestName: 'Pat Doyle' },
    ])
  })

  it('offers the waiting list when the event is full, and says their place on it', async () => {
    signedInAsAdopter()
    const booking = bookingHandlers(buildGroupEvent({ placesLeft: 0 }), () => null)
    server.use(...booking.handlers)
    const { user } = renderRoute(eventPath)

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Join the waiting list' }),
    ).toBeInTheDocument()
    expect(valueOf(screen.getByRole('main'), 'Places')).toBe('Full – join the waiting list')
    expect(screen.getByRole('main')).toHaveTextContent(
      'This event is full. Join the waiting list and we will email you if a place becomes free.',
    )
    expect(screen.queryByRole('button', { name: 'Book places' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Sarah Philips' }))
    await user.click(screen.getByRole('button', { name: 'Join the waiting list' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You are on the waiting list' }),
    ).toBeInTheDocument()
    const main = screen.getByRole('main')
    expect(main.querySelector('.govuk-panel__body')).toHaveTextContent(
      'Creative play for 4 to 11sYou are number 2 on the list',
    )
    expect(main).toHaveTextContent('We will email you if a place becomes free.')
    expect(within(main).queryByRole('link', { name: 'Add to calendar' })).not.toBeInTheDocument()
    expect(within(main).getByRole('link', { name: 'Your bookings' })).toBeInTheDocument()
  })

  it('shows their booking, the calendar file, the link to join online and how to cancel', async () => {
    signedInAsAdopter()
    server.use(
      groupEventHandler(() =>
        buildGroupEvent({
          delivery: 'online',
          venueName: null,
          venueAddress: null,
          onlineLink: 'https://meet.example.com/creative-play',
          placesLeft: 1,
          myBooking: {
            id: bookingId,
            status: 'booked',
            version: 3,
            places: 2,
            waitingPosition: null,
            attendees: [{ name: 'Sarah Philips' }, { name: 'Mia Philips' }],
          },
        }),
      ),
    )
    renderRoute(eventPath)

    const heading = await screen.findByRole('heading', { level: 2, name: 'Your booking' })
    const main = screen.getByRole('main')
    expect(within(main).getByText('Booked')).toHaveClass('govuk-tag')
    expect(valueOf(main, 'Who is coming')).toBe('Sarah PhilipsMia Philips')
    expect(within(main).getByRole('link', { name: 'Join online' })).toHaveAttribute(
      'href',
      'https://meet.example.com/creative-play',
    )
    expect(within(main).getByRole('link', { name: 'Add to calendar' })).toHaveAttribute(
      'href',
      `/api/my/group-bookings/${bookingId}/calendar`,
    )
    expect(within(main).getByRole('link', { name: 'Cancel booking' })).toHaveAttribute(
      'href',
      `/groups/bookings/${bookingId}/cancel`,
    )
    expect(heading).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Who is coming?' })).not.toBeInTheDocument()
  })

  it('shows their place on the waiting list, with no calendar file or link to join', async () => {
    signedInAsAdopter()
    server.use(
      groupEventHandler(() =>
        buildGroupEvent({
          placesLeft: 0,
          myBooking: {
            id: bookingId,
            status: 'waiting',
            version: 1,
            places: 1,
            waitingPosition: 3,
            attendees: [{ name: 'Sarah Philips' }],
          },
        }),
      ),
    )
    renderRoute(eventPath)
    await screen.findByRole('heading', { level: 2, name: 'Your booking' })
    const main = screen.getByRole('main')
    expect(within(main).getByText('On the waiting list')).toHaveClass('govuk-tag')
    expect(valueOf(main, 'Place on the waiting list')).toBe('3')
    expect(main).toHaveTextContent('We will email you if a place becomes free.')
    expect(within(main).queryByRole('link', { name: 'Add to calendar' })).not.toBeInTheDocument()
    expect(within(main).getByRole('link', { name: 'Leave the waiting list' })).toHaveAttribute(
      'href',
      `/groups/bookings/${bookingId}/cancel`,
    )
  })

  it('says why a cancelled event was cancelled, with no booking form', async () => {
    signedInAsAdopter()
    server.use(
      groupEventHandler(() =>
        buildGroupEvent({
          status: 'cancelled',
          bookingOpen: false,
          cancelReason: 'The family hub is closed for repairs after a flood.',
        }),
      ),
    )
    renderRoute(eventPath)
    const banner = await screen.findByRole('region', { name: 'Event cancelled' })
    expect(banner).toHaveTextContent('This event has been cancelled')
    expect(banner).toHaveTextContent('The family hub is closed for repairs after a flood.')
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
  })

  it('says when booking has closed', async () => {
    signedInAsAdopter()
    server.use(groupEventHandler(() => buildGroupEvent({ bookingOpen: false })))
    renderRoute(eventPath)
    expect(await screen.findByText(/Booking for this event has closed\./)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Book places' })).not.toBeInTheDocument()
  })

  it('says there is a problem when the event changed meanwhile', async () => {
    signedInAsAdopter()
    const booking = bookingHandlers(buildGroupEvent(), () =>
      apiErrorResponse(409, { code: 'CONFLICT', message: 'Booking for this event has closed' }),
    )
    server.use(...booking.handlers)
    const { user } = renderRoute(eventPath)
    await user.click(await screen.findByRole('checkbox', { name: 'Sarah Philips' }))
    await user.click(screen.getByRole('button', { name: 'Book places' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Booking for this event has closed')
    expect(screen.getByRole('checkbox', { name: 'Sarah Philips' })).toBeChecked()
  })

  it('is page not found for an address that cannot be an event', async () => {
    signedInAsAdopter()
    renderRoute('/groups/not-an-event')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})
