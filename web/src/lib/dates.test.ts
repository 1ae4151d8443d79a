import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from './dates.ts'

describe('formatDate', () => {
  it('writes a calendar date the GOV.UK way, without moving it to another day', () => {
    expect(formatDate('2026-10-03')).toBe('3 October 2026')
    expect(formatDate('2019-01-31')).toBe('31 January 2019')
  })
})

describe('formatDateTime', () => {
  it('writes a moment in UK time, summer and winter', () => {
    expect(formatDateTime('2026-10-03T13:05:00Z')).toBe('3 October 2026 at 2:05pm')
    expect(formatDateTime('2026-12-01T09:30:00Z')).toBe('1 December 2026 at 9:30am')
    expect(formatDateTime('2026-10-03T23:30:00Z')).toBe('4 October 2026 at 12:30am')
  })

  it('says midnight and midday', () => {
    expect(formatDateTime('2026-12-01T00:00:00Z')).toBe('1 December 2026 at midnight')
    expect(formatDateTime('2026-12-01T12:00:00Z')).toBe('1 December 2026 at midday')
  })
})
