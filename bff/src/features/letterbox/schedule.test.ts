import { describe, expect, it } from 'vitest'
import {
  addMonthsTo,
  dueMonthsBetween,
  firstReviewOn,
  isOverdue,
  isReminderDue,
  isReviewDue,
  latestAnswerableMonth,
  londonToday,
  nextReviewAfter,
  reminderOpensOn,
  scheduleForNewAgreement,
  scheduleTopUp,
  writersOf,
} from './schedule.ts'

const mum = '11111111-1111-4111-8111-111111111111'
const gran = '22222222-2222-4222-8222-222222222222'

describe('due months', () => {
  it('lists the agreed months from the first date’s month to the last date’s month', () => {
    expect(dueMonthsBetween([3, 9], '2026-11-25', '2027-11-25')).toEqual([
      '2027-03-01',
      '2027-09-01',
    ])
    // Both ends' months count, whatever the day.
    expect(dueMonthsBetween([11], '2026-11-30', '2027-11-01')).toEqual(['2026-11-01', '2027-11-01'])
    expect(dueMonthsBetween([12, 1], '2026-12-31', '2027-01-01')).toEqual([
      '2026-12-01',
      '2027-01-01',
    ])
    expect(dueMonthsBetween([6], '2027-07-01', '2027-12-31')).toEqual([])
  })

  it('adds months to a date, keeping to the end of a shorter month', () => {
    expect(addMonthsTo('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonthsTo('2026-11-25', 12)).toBe('2027-11-25')
    expect(addMonthsTo('2027-03-01', -1)).toBe('2027-02-01')
  })
})

describe('who writes', () => {
  it('is the family and every party both ways, one side only one way', () => {
    expect(writersOf('two_way', [mum, gran])).toEqual([
      { writerSide: 'adoptive_family', birthRelativeId: null },
      { writerSide: 'birth_relative', birthRelativeId: mum },
      { writerSide: 'birth_relative', birthRelativeId: gran },
    ])
    expect(writersOf('from_family', [mum, gran])).toEqual([
      { writerSide: 'adoptive_family', birthRelativeId: null },
    ])
    expect(writersOf('to_family', [mum])).toEqual([
      { writerSide: 'birth_relative', birthRelativeId: mum },
    ])
  })
})

describe('the schedule', () => {
  const agreement = {
    direction: 'two_way' as const,
    exchangeMonths: [3, 9],
    startsOn: '2026-01-10',
    birthRelativeIds: [mum],
  }

  it('runs from a new agreement’s start month to twelve months from today, for each writer', () => {
    const exchanges = scheduleForNewAgreement(agreement, '2026-11-25')
    const months = ['2026-03-01', '2026-09-01', '2027-03-01', '2027-09-01']
    expect(exchanges).toEqual([
      ...months.map((dueMonth) => ({
        writerSide: 'adoptive_family',
        birthRelativeId: null,
        dueMonth,
      })),
      ...months.map((dueMonth) => ({
        writerSide: 'birth_relative',
        birthRelativeId: mum,
        dueMonth,
      })),
    ])
  })

  it('is topped up from this month on, never for months already past', () => {
    const months = scheduleTopUp(agreement, '2027-04-02').map((e) => e.dueMonth)
    expect([...new Set(months)]).toEqual(['2027-09-01', '2028-03-01'])
    // An agreement starting later is scheduled from its start.
    const later = scheduleTopUp({ ...agreement, startsOn: '2027-09-15' }, '2027-04-02')
    expect([...new Set(later.map((e) => e.dueMonth))]).toEqual(['2027-09-01', '2028-03-01'])
  })
})

describe('overdue and reminders', () => {
  it('is overdue once the due month has ended', () => {
    expect(isOverdue('2027-03-01', '2027-03-31')).toBe(false)
    expect(isOverdue('2027-03-01', '2027-04-01')).toBe(true)
    expect(isOverdue('2026-12-01', '2027-01-01')).toBe(true)
  })

  it('counts days in London: half past midnight on 1 April in summer time is April', () => {
    // 23:30 UTC on 31 March 2027 is 00:30 BST on 1 April.
    const today = londonToday(new Date('2027-03-31T23:30:00Z'))
    expect(today).toBe('2027-04-01')
    expect(isOverdue('2027-03-01', today)).toBe(true)
    // In winter London is on UTC.
    expect(londonToday(new Date('2027-01-31T23:30:00Z'))).toBe('2027-01-31')
  })

  it('reminds from the given number of weeks before the month until the month ends', () => {
    expect(reminderOpensOn('2027-03-01', 4)).toBe('2027-02-01')
    expect(reminderOpensOn('2027-09-01', 2)).toBe('2027-08-18')
    expect(isReminderDue('2027-03-01', 4, '2027-01-31')).toBe(false)
    expect(isReminderDue('2027-03-01', 4, '2027-02-01')).toBe(true)
    expect(isReminderDue('2027-03-01', 4, '2027-03-31')).toBe(true)
    expect(isReminderDue('2027-03-01', 4, '2027-04-01')).toBe(false)
  })

  it('lets a letter answer an exchange due by the end of the month three months on', () => {
    expect(latestAnswerableMonth('2026-11-25')).toBe('2027-02-01')
    expect(latestAnswerableMonth('2027-10-31')).toBe('2028-01-01')
  })
})

describe('reviews', () => {
  it('are a year after the start, then three years after each review', () => {
    expect(firstReviewOn('2026-01-10')).toBe('2027-01-10')
    expect(nextReviewAfter('2027-01-12')).toBe('2030-01-12')
    // 29 February has no anniversary in an ordinary year: the day before.
    expect(nextReviewAfter('2028-02-29')).toBe('2031-02-28')
    expect(isReviewDue('2027-01-10', '2027-01-09')).toBe(false)
    expect(isReviewDue('2027-01-10', '2027-01-10')).toBe(true)
  })
})
