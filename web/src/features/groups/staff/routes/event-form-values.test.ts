import { describe, expect, it } from 'vitest'
import { buildManagedGroupEvent } from '../test/factories.ts'
import {
  checkEventForm,
  emptySession,
  eventFormValuesOf,
  formErrorsOf,
} from './event-form-values.ts'

describe('the event form’s values', () => {
  const sessions = [emptySession(1), emptySession(4)]

  it('puts the API’s messages on the fields they are about, an update’s too', () => {
    expect(
      formErrorsOf(
        {
          'event.capacity': 'The number of places cannot be fewer than the 8 already booked',
          'event.sessions.1.startsAt': 'The session must be in the future',
          'sessions.0.endsAt': 'The end time must be after the start time',
          'event.sessions': 'Add at least one session',
          _form: 'Something else',
        },
        sessions,
      ),
    ).toEqual({
      known: {
        capacity: 'The number of places cannot be fewer than the 8 already booked',
        'session-4-date': 'The session must be in the future',
        'session-1-endTime': 'The end time must be after the start time',
        sessions: 'Add at least one session',
      },
      problems: ['Something else'],
    })
  })

  it('gives back the event it was made from', () => {
    const event = buildManagedGroupEvent()
    const checked = checkEventForm(eventFormValuesOf(event))
    expect(checked.errors).toEqual({})
    expect(checked.input).toMatchObject({
      kind: event.kind,
      capacity: event.capacity,
      bookingClosesAt: '2026-10-02T17:00:00+01:00',
      sessions: [
        { startsAt: '2026-10-03T10:00:00+01:00', endsAt: '2026-10-03T12:00:00+01:00' },
        { startsAt: '2026-10-10T10:00:00+01:00', endsAt: '2026-10-10T12:00:00+01:00' },
      ],
    })
    expect(
      checked.input?.sessions.map((session) => new Date(session.startsAt).toISOString()),
    ).toEqual(event.sessions.map((session) => session.startsAt))
  })

  it('says which part of a session is missing or wrong', () => {
    const values = eventFormValuesOf(buildManagedGroupEvent())
    const [first, second] = values.sessions
    const checked = checkEventForm({
      ...values,
      sessions: [
        { ...first!, date: { day: '3', month: '', year: '2026' } },
        { ...second!, startTime: 'soon', endTime: '' },
      ],
    })
    expect(checked.input).toBeUndefined()
    expect(checked.errors).toEqual({
      'session-1-date': 'The date of session 1 must include a month',
      'session-2-startTime': 'Enter the start time of session 2, like 10am or 2:30pm',
      'session-2-endTime': 'Enter the end time of session 2',
    })
    expect(checked.dateErrorParts).toEqual({ 'session-1-date': ['month'] })
  })

  it('checks the rules across fields on the first submit', () => {
    const checked = checkEventForm({
      ...eventFormValuesOf(buildManagedGroupEvent()),
      kind: '',
      minAge: '',
      maxAge: '',
      delivery: 'online',
      onlineLink: '',
      bookingOpensDate: { day: '2', month: '10', year: '2026' },
      bookingOpensTime: '6pm',
    })
    expect(checked.errors).toEqual({
      kind: 'Select the kind of event',
      minAge: 'Enter the youngest age',
      maxAge: 'Enter the oldest age',
      onlineLink: 'Enter the link to join online',
      bookingClosesAt: 'Booking must close after it opens',
    })
  })
})
