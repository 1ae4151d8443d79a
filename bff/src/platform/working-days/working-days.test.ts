import { describe, expect, it } from 'vitest'
import bankHolidaysJson from './bank-holidays.json' with { type: 'json' }
import {
  addWorkingDays,
  defaultDutyHours,
  formatLondonDate,
  formatLondonDateTime,
  isWithinDutyHours,
  isWorkingDay,
  loadBankHolidays,
  nextDutyOpening,
  toLondonDate,
  workingDaysBetween,
  type DutyHours,
} from './working-days.ts'

const holidays = loadBankHolidays()
const at = (iso: string) => new Date(iso)
const events = bankHolidaysJson['england-and-wales'].events

describe('bank-holidays.json', () => {
  it('has the shape of GOV.UK’s download, so an operator can replace it', () => {
    expect(Object.keys(bankHolidaysJson)).toEqual(['england-and-wales'])
    expect(bankHolidaysJson['england-and-wales'].division).toBe('england-and-wales')
    for (const event of events as unknown[]) {
      expect(event).toEqual({
        title: expect.any(String),
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        notes: expect.any(String),
        bunting: expect.any(Boolean),
      })
      expect(Object.keys(event as object).sort()).toEqual(['bunting', 'date', 'notes', 'title'])
    }
  })

  it('lists each date once, in order, from 2019 to the end of 2028', () => {
    const dates = events.map((event) => event.date)
    expect(dates).toEqual([...new Set(dates)].sort())
    expect(dates[0]).toBe('2019-01-01')
    expect(dates.at(-1)).toBe('2028-12-26')
  })

  it('has no bank holiday on a Saturday or Sunday', () => {
    const weekendDays = events.filter((event) => {
      const day = new Date(`${event.date}T12:00:00Z`).getUTCDay()
      return day === 0 || day === 6
    })
    expect(weekendDays).toEqual([])
  })

  it('has eight a year, and the extra ones in 2022 and 2023', () => {
    const perYear: Record<string, number> = {}
    for (const { date } of events) perYear[date.slice(0, 4)] = (perYear[date.slice(0, 4)] ?? 0) + 1
    expect(perYear).toEqual({
      2019: 8,
      2020: 8,
      2021: 8,
      2022: 10,
      2023: 9,
      2024: 8,
      2025: 8,
      2026: 8,
      2027: 8,
      2028: 8,
    })
  })

  it('marks substitute days as GOV.UK does', () => {
    const substitutes = events.filter((event) => event.notes === 'Substitute day')
    expect(substitutes.map((event) => [event.date, event.title])).toEqual([
      ['2020-12-28', 'Boxing Day'],
      ['2021-12-27', 'Christmas Day'],
      ['2021-12-28', 'Boxing Day'],
      ['2022-01-03', 'New Year’s Day'],
      ['2022-12-27', 'Christmas Day'],
      ['2023-01-02', 'New Year’s Day'],
      ['2026-12-28', 'Boxing Day'],
      ['2027-12-27', 'Christmas Day'],
      ['2027-12-28', 'Boxing Day'],
      ['2028-01-03', 'New Year’s Day'],
    ])
  })
})

describe('loadBankHolidays', () => {
  it('reads the dates and says how far the file reaches', () => {
    expect(holidays.dates.size).toBe(events.length)
    expect(holidays.dates.has('2022-09-19')).toBe(true)
    expect(holidays.coversUntil).toBe('2028-12-26')
  })

  it('takes GOV.UK’s whole download, ignoring the other divisions', () => {
    const download = {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [{ title: 'Boxing Day', date: '2031-12-26', notes: '', bunting: true }],
      },
      scotland: {
        division: 'scotland',
        events: [{ title: 'St Andrew’s Day', date: '2031-12-01', notes: '', bunting: true }],
      },
    }
    const loaded = loadBankHolidays(download)
    expect([...loaded.dates]).toEqual(['2031-12-26'])
    expect(loaded.coversUntil).toBe('2031-12-26')
  })

  it('refuses a file that is not in GOV.UK’s shape', () => {
    expect(() => loadBankHolidays({ events: [] })).toThrow()
    expect(() =>
      loadBankHolidays({
        'england-and-wales': { division: 'england-and-wales', events: [{ date: '25/12/2031' }] },
      }),
    ).toThrow()
  })
})

describe('isWorkingDay', () => {
  it('is true on an ordinary weekday', () => {
    expect(isWorkingDay('2026-10-07', holidays)).toBe(true)
  })

  it('is false at the weekend', () => {
    expect(isWorkingDay('2026-10-03', holidays)).toBe(false)
    expect(isWorkingDay('2026-10-04', holidays)).toBe(false)
  })

  it('is false on bank holidays, Easter 2027 included', () => {
    expect(isWorkingDay('2027-03-25', holidays)).toBe(true)
    expect(isWorkingDay('2027-03-26', holidays)).toBe(false)
    expect(isWorkingDay('2027-03-29', holidays)).toBe(false)
    expect(isWorkingDay('2027-03-30', holidays)).toBe(true)
    expect(isWorkingDay('2026-12-28', holidays)).toBe(false)
  })

  it('refuses a date that is not yyyy-MM-dd', () => {
    expect(() => isWorkingDay('2026-02-30', holidays)).toThrow(RangeError)
    expect(() => isWorkingDay('7/10/2026', holidays)).toThrow(RangeError)
  })
})

describe('addWorkingDays', () => {
  it('skips Christmas Day and the Boxing Day substitute', () => {
    // Thu 24 Dec 2026; Fri 25 and Mon 28 are bank holidays: Tue 29, Wed 30, Thu 31.
    expect(addWorkingDays(at('2026-12-24T10:00:00Z'), 1, holidays)).toBe('2026-12-29')
    expect(addWorkingDays(at('2026-12-24T10:00:00Z'), 3, holidays)).toBe('2026-12-31')
  })

  it('skips the weekend', () => {
    expect(addWorkingDays(at('2026-10-09T10:00:00Z'), 1, holidays)).toBe('2026-10-12')
    expect(addWorkingDays(at('2026-10-09T10:00:00Z'), 5, holidays)).toBe('2026-10-16')
  })

  it('skips Easter 2027', () => {
    expect(addWorkingDays(at('2027-03-25T10:00:00Z'), 1, holidays)).toBe('2027-03-30')
  })

  it('with 0 keeps a working day and moves on from any other', () => {
    expect(addWorkingDays(at('2026-10-07T10:00:00Z'), 0, holidays)).toBe('2026-10-07')
    expect(addWorkingDays(at('2026-10-03T10:00:00Z'), 0, holidays)).toBe('2026-10-05')
    expect(addWorkingDays(at('2026-08-31T10:00:00Z'), 0, holidays)).toBe('2026-09-01')
  })

  it('counts from the London date, not the UTC one', () => {
    // 23:30 UTC on Friday 5 June 2026 is 00:30 on Saturday 6 June in London.
    expect(addWorkingDays(at('2026-06-05T23:30:00Z'), 0, holidays)).toBe('2026-06-08')
    expect(addWorkingDays(at('2026-06-05T22:59:00Z'), 0, holidays)).toBe('2026-06-05')
  })

  it('goes back with a negative count', () => {
    expect(addWorkingDays(at('2026-12-29T10:00:00Z'), -1, holidays)).toBe('2026-12-24')
  })
})

describe('workingDaysBetween', () => {
  it('is 0 on the same London date', () => {
    expect(
      workingDaysBetween(at('2026-10-07T08:00:00Z'), at('2026-10-07T20:00:00Z'), holidays),
    ).toBe(0)
  })

  it('counts after the start and up to the end', () => {
    expect(
      workingDaysBetween(at('2026-10-09T10:00:00Z'), at('2026-10-12T10:00:00Z'), holidays),
    ).toBe(1)
    expect(
      workingDaysBetween(at('2026-12-24T10:00:00Z'), at('2026-12-31T10:00:00Z'), holidays),
    ).toBe(3)
  })

  it('is negative when the end is earlier, as for an overdue deadline', () => {
    expect(
      workingDaysBetween(at('2026-12-31T10:00:00Z'), at('2026-12-24T10:00:00Z'), holidays),
    ).toBe(-3)
    expect(
      workingDaysBetween(at('2026-10-12T10:00:00Z'), at('2026-10-09T10:00:00Z'), holidays),
    ).toBe(-1)
  })

  it('uses London dates across midnight in summer time', () => {
    // 23:15 UTC on Monday 12 October is already Tuesday in London.
    expect(
      workingDaysBetween(at('2026-10-12T10:00:00Z'), at('2026-10-12T23:15:00Z'), holidays),
    ).toBe(1)
  })

  it('agrees with a day-by-day count over spans of up to six years, either way', () => {
    // The oracle walks the calendar one UTC noon at a time, which is always on the same date
    // as London's; the code under test counts weeks and looks holidays up by binary search.
    const byDay = (start: string, end: string) => {
      let count = 0
      for (let day = new Date(`${start}T12:00:00Z`); day.toISOString() < `${end}T12`;) {
        day = new Date(day.getTime() + 86_400_000)
        const date = day.toISOString().slice(0, 10)
        if (day.getUTCDay() % 6 !== 0 && !holidays.dates.has(date)) count += 1
      }
      return count
    }
    const starts = ['2019-01-01', '2020-02-29', '2022-06-02', '2024-12-24', '2026-03-29']
    const spans = [0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 30, 91, 365, 366, 1000, 2190]
    for (const start of starts) {
      for (const span of spans) {
        const end = new Date(Date.parse(`${start}T12:00:00Z`) + span * 86_400_000)
        const expected = byDay(start, end.toISOString().slice(0, 10))
        expect(workingDaysBetween(at(`${start}T12:00:00Z`), end, holidays)).toBe(expected)
        expect(workingDaysBetween(end, at(`${start}T12:00:00Z`), holidays)).toBe(-expected || 0)
      }
    }
  })

  it('does not count a holiday twice when a file puts one at a weekend', () => {
    const withASaturday = structuredClone(bankHolidaysJson)
    withASaturday['england-and-wales'].events.push({
      title: 'A Saturday',
      date: '2026-10-10',
      notes: '',
      bunting: false,
    })
    const odd = loadBankHolidays(withASaturday)
    // Friday 9 October to Monday 12 October: the Monday alone.
    expect(workingDaysBetween(at('2026-10-09T10:00:00Z'), at('2026-10-12T10:00:00Z'), odd)).toBe(1)
  })

  it('agrees with addWorkingDays', () => {
    const from = at('2027-03-22T10:00:00Z')
    const due = addWorkingDays(from, 10, holidays)
    expect(workingDaysBetween(from, at(`${due}T12:00:00Z`), holidays)).toBe(10)
  })
})

describe('isWithinDutyHours', () => {
  const open = (iso: string, hours: DutyHours = defaultDutyHours) =>
    isWithinDutyHours(at(iso), hours, holidays)

  it('opens at 09:30 London time in summer time (08:30 UTC)', () => {
    expect(open('2026-07-01T08:29:00Z')).toBe(false)
    expect(open('2026-07-01T08:30:00Z')).toBe(true)
  })

  it('opens at 09:30 London time in winter (09:30 UTC)', () => {
    expect(open('2026-12-01T09:29:00Z')).toBe(false)
    expect(open('2026-12-01T09:30:00Z')).toBe(true)
  })

  it('closes at 16:30 London time', () => {
    expect(open('2026-07-01T15:29:59Z')).toBe(true)
    expect(open('2026-07-01T15:30:00Z')).toBe(false)
    expect(open('2026-12-01T16:29:59Z')).toBe(true)
    expect(open('2026-12-01T16:30:00Z')).toBe(false)
  })

  it('is closed at the weekend and on bank holidays', () => {
    expect(open('2026-07-04T10:00:00Z')).toBe(false)
    expect(open('2026-08-31T10:00:00Z')).toBe(false)
  })

  it('follows other hours, and bank holidays still close the line', () => {
    const saturdayMornings: DutyHours = { days: [6], opens: '08:00', closes: '12:00' }
    expect(open('2026-07-04T07:30:00Z', saturdayMornings)).toBe(true)
    expect(open('2026-07-03T07:30:00Z', saturdayMornings)).toBe(false)
    const everyDay: DutyHours = { ...defaultDutyHours, days: [1, 2, 3, 4, 5, 6, 7] }
    expect(open('2026-07-04T10:00:00Z', everyDay)).toBe(true)
    expect(open('2026-12-25T10:00:00Z', everyDay)).toBe(false)
  })
})

describe('nextDutyOpening', () => {
  const next = (iso: string, hours: DutyHours = defaultDutyHours) =>
    nextDutyOpening(at(iso), hours, holidays).toISOString()

  it('is now when the line is open', () => {
    expect(next('2026-07-01T12:34:56Z')).toBe('2026-07-01T12:34:56.000Z')
  })

  it('is later the same day before opening, and the next day after closing', () => {
    expect(next('2026-07-01T06:00:00Z')).toBe('2026-07-01T08:30:00.000Z')
    expect(next('2026-07-01T15:30:00Z')).toBe('2026-07-02T08:30:00.000Z')
  })

  it('passes over a weekend', () => {
    expect(next('2026-07-03T16:00:00Z')).toBe('2026-07-06T08:30:00.000Z')
  })

  it('passes over the October clock change', () => {
    // Friday 23 October 2026 at 17:00 BST; clocks go back on Sunday 25 October.
    expect(next('2026-10-23T16:00:00Z')).toBe('2026-10-26T09:30:00.000Z')
  })

  it('passes over the March clock change and a bank holiday weekend', () => {
    // Thursday 25 March 2027 at 17:00 GMT; clocks go forward on the 28th; Good Friday and Easter
    // Monday are closed.
    expect(next('2027-03-25T17:00:00Z')).toBe('2027-03-30T08:30:00.000Z')
  })

  it('passes over a bank holiday Monday', () => {
    expect(next('2026-05-22T16:00:00Z')).toBe('2026-05-26T08:30:00.000Z')
  })

  it('passes over Christmas', () => {
    expect(next('2026-12-24T17:00:00Z')).toBe('2026-12-29T09:30:00.000Z')
  })

  it('refuses hours that never open', () => {
    expect(() => next('2026-07-01T06:00:00Z', { ...defaultDutyHours, days: [] })).toThrow(
      RangeError,
    )
  })
})

describe('formatting', () => {
  it('writes dates in GOV.UK style in London', () => {
    expect(formatLondonDate('2026-10-03')).toBe('3 October 2026')
    expect(formatLondonDate(at('2026-10-03T08:30:00Z'))).toBe('3 October 2026')
    // 23:30 UTC on 30 June is 1 July in London.
    expect(formatLondonDate(at('2026-06-30T23:30:00Z'))).toBe('1 July 2026')
  })

  it('writes times in GOV.UK style in London time', () => {
    expect(formatLondonDateTime(at('2026-10-03T08:30:00Z'))).toBe('3 October 2026 at 9:30am')
    expect(formatLondonDateTime(at('2026-12-03T09:30:00Z'))).toBe('3 December 2026 at 9:30am')
    expect(formatLondonDateTime(at('2026-12-03T15:05:00Z'))).toBe('3 December 2026 at 3:05pm')
    expect(formatLondonDateTime(at('2026-12-03T14:00:00Z'))).toBe('3 December 2026 at 2pm')
    expect(formatLondonDateTime(at('2026-07-03T11:00:00Z'))).toBe('3 July 2026 at 12pm')
    expect(formatLondonDateTime(at('2026-12-03T00:00:00Z'))).toBe('3 December 2026 at 12am')
  })
})

describe('whatever zone the server runs in', () => {
  it('gives the same answers', () => {
    const before = process.env.TZ
    try {
      for (const zone of ['UTC', 'America/New_York', 'Pacific/Kiritimati']) {
        process.env.TZ = zone
        expect(toLondonDate(at('2026-06-05T23:30:00Z'))).toBe('2026-06-06')
        expect(isWorkingDay('2026-12-28', holidays)).toBe(false)
        expect(addWorkingDays(at('2026-12-24T10:00:00Z'), 3, holidays)).toBe('2026-12-31')
        expect(nextDutyOpening(at('2026-10-23T16:00:00Z'), defaultDutyHours, holidays)).toEqual(
          at('2026-10-26T09:30:00Z'),
        )
        expect(formatLondonDateTime(at('2026-07-03T11:00:00Z'))).toBe('3 July 2026 at 12pm')
      }
    } finally {
      if (before === undefined) delete process.env.TZ
      else process.env.TZ = before
    }
  })
})
