import { describe, expect, it } from 'vitest'
import { londonDateTime, parseTimeOfDay } from './london-time.ts'

describe('times of day', () => {
  it.each([
    ['10:30am', 10, 30],
    ['10.30 am', 10, 30],
    ['2pm', 14, 0],
    ['12pm', 12, 0],
    ['12:15am', 0, 15],
    ['14:30', 14, 30],
    ['09:00', 9, 0],
    ['midday', 12, 0],
    [' 4:05 PM ', 16, 5],
  ])('reads %s', (text, hours, minutes) => {
    expect(parseTimeOfDay(text)).toEqual({ kind: 'time', hours, minutes })
  })

  it.each(['14', '13pm', '10:75am', 'half ten', '25:00', '0am'])('refuses %s', (text) => {
    expect(parseTimeOfDay(text)).toEqual({ kind: 'invalid' })
  })

  it('says when nothing was typed', () => {
    expect(parseTimeOfDay('  ')).toEqual({ kind: 'empty' })
  })
})

describe('London date and time as an instant', () => {
  it('uses British Summer Time in summer and GMT in winter', () => {
    expect(londonDateTime('2026-10-03', 10, 30)).toBe('2026-10-03T10:30:00+01:00')
    expect(londonDateTime('2026-12-03', 14, 0)).toBe('2026-12-03T14:00:00+00:00')
  })

  it('is right on the days the clocks change', () => {
    expect(londonDateTime('2026-03-29', 9, 30)).toBe('2026-03-29T09:30:00+01:00')
    expect(londonDateTime('2026-03-29', 0, 30)).toBe('2026-03-29T00:30:00+00:00')
    expect(londonDateTime('2026-10-25', 9, 30)).toBe('2026-10-25T09:30:00+00:00')
    // 1:30am happens twice that night: the first, still in summer time.
    expect(londonDateTime('2026-10-25', 1, 30)).toBe('2026-10-25T01:30:00+01:00')
  })
})
