import { describe, expect, it } from 'vitest'
import {
  formatSession,
  formatTimeOfDay,
  formPartsOf,
  londonDateOf,
  londonTimeOf,
} from './session-times.ts'

describe('session times', () => {
  it('writes times of day as GOV.UK does', () => {
    expect(formatTimeOfDay(10, 0)).toBe('10am')
    expect(formatTimeOfDay(14, 30)).toBe('2:30pm')
    expect(formatTimeOfDay(12, 0)).toBe('midday')
    expect(formatTimeOfDay(0, 0)).toBe('midnight')
    expect(formatTimeOfDay(0, 15)).toBe('12:15am')
  })

  it('reads instants in UK time, summer and winter', () => {
    expect(londonTimeOf('2026-10-03T09:00:00.000Z')).toBe('10am')
    expect(londonTimeOf('2026-12-05T09:00:00.000Z')).toBe('9am')
    expect(londonDateOf('2026-10-03T23:30:00.000Z')).toBe('2026-10-04')
  })

  it('gives the form back the date and time of an instant', () => {
    expect(formPartsOf('2026-10-03T13:30:00.000Z')).toEqual({
      date: { day: '3', month: '10', year: '2026' },
      time: '2:30pm',
    })
    expect(formPartsOf(null)).toEqual({ date: { day: '', month: '', year: '' }, time: '' })
  })

  it('describes a session', () => {
    expect(
      formatSession({ startsAt: '2026-10-03T09:00:00.000Z', endsAt: '2026-10-03T11:00:00.000Z' }),
    ).toBe('Saturday 3 October 2026, 10am to midday')
  })
})
