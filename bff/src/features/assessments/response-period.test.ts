import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isWorkingDay,
  loadBankHolidays,
  toLondonDate,
} from '../../platform/working-days/working-days.ts'
import { hasResponsePeriodEnded, responseDaysDefault, responseDueOn } from './response-period.ts'

const holidays = loadBankHolidays()
const at = (iso: string) => new Date(iso)
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

describe('the last day to respond to a proposed decision', () => {
  it('is 28 days by default', () => {
    expect(responseDaysDefault).toBe(28)
  })

  it('is the 28th day when that is a working day', () => {
    // Thursday 1 October 2026 → Thursday 29 October 2026.
    expect(responseDueOn(at('2026-10-01T10:00:00+01:00'), 28, holidays)).toBe('2026-10-29')
  })

  it('moves from a Saturday to the Monday', () => {
    // Saturday 5 September 2026 → Saturday 3 October → Monday 5 October.
    expect(responseDueOn(at('2026-09-05T11:00:00+01:00'), 28, holidays)).toBe('2026-10-05')
  })

  it('moves past Easter: Good Friday and Easter Monday 2027 are bank holidays', () => {
    // Friday 26 February 2027 → Good Friday 26 March → Tuesday 30 March.
    expect(responseDueOn(at('2027-02-26T14:00:00Z'), 28, holidays)).toBe('2027-03-30')
  })

  it('moves past Christmas 2026, when Boxing Day’s holiday is on Monday 28 December', () => {
    // Friday 27 November 2026 → Christmas Day → Tuesday 29 December.
    expect(responseDueOn(at('2026-11-27T09:00:00Z'), 28, holidays)).toBe('2026-12-29')
  })

  it('counts from the London date in winter, which is the UTC date', () => {
    const sentAt = at('2026-10-31T23:30:00Z')
    expect(toLondonDate(sentAt)).toBe('2026-10-31')
    // Saturday 28 November → Monday 30 November.
    expect(responseDueOn(sentAt, 28, holidays)).toBe('2026-11-30')
    // 27 days tells the dates apart: from 31 October it is Friday 27 November; counted from
    // 1 November it would be Saturday 28 November, so Monday 30 November.
    expect(responseDueOn(sentAt, 27, holidays)).toBe('2026-11-27')
  })

  it('counts from the London date in summer, a day after the UTC date late in the evening', () => {
    const sentAt = at('2026-06-30T23:30:00Z')
    expect(toLondonDate(sentAt)).toBe('2026-07-01')
    // Wednesday 1 July → Wednesday 29 July, not Tuesday 28 July from the UTC date.
    expect(responseDueOn(sentAt, 28, holidays)).toBe('2026-07-29')
  })

  it('is the day sent, or the next working day, with no days to count', () => {
    expect(responseDueOn(at('2026-10-01T10:00:00Z'), 0, holidays)).toBe('2026-10-01')
    expect(responseDueOn(at('2026-12-25T10:00:00Z'), 0, holidays)).toBe('2026-12-29')
  })

  it('refuses a number of days that is not whole or is negative', () => {
    expect(() => responseDueOn(at('2026-10-01T10:00:00Z'), 1.5, holidays)).toThrow(RangeError)
    expect(() => responseDueOn(at('2026-10-01T10:00:00Z'), -1, holidays)).toThrow(RangeError)
  })

  it('is always a working day, after only the days off that follow the plain count', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: at('2019-01-01T00:00:00Z'),
          max: at('2028-10-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 60 }),
        (sentAt, days) => {
          const dueOn = responseDueOn(sentAt, days, holidays)
          expect(isWorkingDay(dueOn, holidays)).toBe(true)
          const plain = addDays(toLondonDate(sentAt), days)
          expect(dueOn >= plain).toBe(true)
          for (let day = plain; day < dueOn; day = addDays(day, 1)) {
            expect(isWorkingDay(day, holidays)).toBe(false)
          }
        },
      ),
    )
  })
})

describe('whether the time to respond has ended', () => {
  it('has not ended at any time on the last day, in summer time', () => {
    expect(hasResponsePeriodEnded('2026-07-29', at('2026-07-28T12:00:00+01:00'))).toBe(false)
    expect(hasResponsePeriodEnded('2026-07-29', at('2026-07-29T00:00:00+01:00'))).toBe(false)
    expect(hasResponsePeriodEnded('2026-07-29', at('2026-07-29T23:59:59+01:00'))).toBe(false)
    expect(hasResponsePeriodEnded('2026-07-29', at('2026-07-30T00:00:00+01:00'))).toBe(true)
  })

  it('has not ended at any time on the last day, in winter', () => {
    expect(hasResponsePeriodEnded('2026-11-30', at('2026-11-30T23:59:59Z'))).toBe(false)
    expect(hasResponsePeriodEnded('2026-11-30', at('2026-12-01T00:00:00Z'))).toBe(true)
    expect(hasResponsePeriodEnded('2026-11-30', at('2027-02-01T09:00:00Z'))).toBe(true)
  })
})
