import { describe, expect, it } from 'vitest'
import {
  attendanceText,
  audienceLines,
  childAgeText,
  eventWhen,
  formatClock,
  formatMonth,
  formatSession,
  monthsToOffer,
  placesText,
} from './event-words.ts'

describe('event words', () => {
  it('writes a session in UK time, winter and summer', () => {
    expect(formatSession('2026-12-03T10:00:00Z', '2026-12-03T12:00:00Z')).toBe(
      'Thursday 3 December 2026, 10am to 12pm',
    )
    expect(formatSession('2026-06-18T09:30:00Z', '2026-06-18T13:00:00Z')).toBe(
      'Thursday 18 June 2026, 10:30am to 2pm',
    )
    // 23:30 UTC on 31 October 2026 is after the clocks went back: 11:30pm the same day.
    expect(formatSession('2026-10-31T23:30:00Z', '2026-11-01T01:00:00Z')).toBe(
      'Saturday 31 October 2026, 11:30pm to Sunday 1 November 2026, 1am',
    )
    expect(formatClock('2026-12-04T00:00:00Z')).toBe('midnight')
  })

  it('gives a course its first date and its number of sessions', () => {
    expect(
      eventWhen({
        startsAt: '2027-01-14T19:00:00Z',
        endsAt: '2027-02-11T21:00:00Z',
        sessionCount: 5,
      }),
    ).toEqual(['Starts Thursday 14 January 2027 at 7pm', '5 sessions'])
    expect(eventWhen({ startsAt: null, endsAt: null, sessionCount: 0 })).toEqual([
      'Dates to be confirmed',
    ])
  })

  it('says how many places are left, or that it is full', () => {
    const open = { status: 'published', bookingOpen: true } as const
    expect(placesText({ ...open, placesLeft: 3 })).toBe('3 places left')
    expect(placesText({ ...open, placesLeft: 1 })).toBe('1 place left')
    expect(placesText({ ...open, placesLeft: 0 })).toBe('Full – join the waiting list')
    expect(placesText({ ...open, placesLeft: 0, bookingOpen: false })).toBe('Full')
    expect(placesText({ ...open, status: 'cancelled', placesLeft: 3 })).toBe('Cancelled')
  })

  it('says who an event is for, with the children’s ages', () => {
    expect(childAgeText(4, 11)).toBe('for children aged 4 to 11')
    expect(childAgeText(12, null)).toBe('for children aged 12 and over')
    expect(audienceLines({ audience: ['adopters', 'children'], minAge: 4, maxAge: 11 })).toEqual([
      'Adoptive parents',
      'Children and young people, for children aged 4 to 11',
    ])
  })

  it('says what someone attended', () => {
    expect(attendanceText(4, 5)).toBe('Attended 4 of 5 sessions')
    expect(attendanceText(1, 1)).toBe('Attended 1 of 1 session')
    expect(attendanceText(0, 0)).toBe('Attendance not recorded')
  })

  it('offers the months with events, and the one chosen in the address', () => {
    expect(monthsToOffer(['2026-12', '2027-02'], '')).toEqual(['2026-12', '2027-02'])
    expect(monthsToOffer(['2026-12', '2027-02'], '2027-01')).toEqual([
      '2026-12',
      '2027-01',
      '2027-02',
    ])
    expect(monthsToOffer(['2026-12'], '2026-12')).toEqual(['2026-12'])
    // Not a month: the address's error says so; the filter does not offer it.
    expect(monthsToOffer(['2026-12'], '2026-13')).toEqual(['2026-12'])
    expect(formatMonth('2026-12')).toBe('December 2026')
  })
})
