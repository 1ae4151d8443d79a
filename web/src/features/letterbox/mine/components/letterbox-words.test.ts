import { describe, expect, it } from 'vitest'
import {
  agreementHeading,
  agreementSentence,
  exchangeMonthsText,
  formatDay,
  formatMonth,
  overdueText,
} from './letterbox-words.ts'

describe('letterbox words', () => {
  it('puts the months of an agreement in order, in words', () => {
    expect(exchangeMonthsText([9, 3])).toBe('each March and September')
    expect(exchangeMonthsText([6])).toBe('each June')
    expect(exchangeMonthsText([1, 4, 7, 10])).toBe('each January, April, July and October')
    expect(exchangeMonthsText([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe('every month')
  })

  it('says who writes to whom', () => {
    const sarah = { otherPartyNames: ['Birth mum, Sarah'], exchangeMonths: [3, 9] }
    expect(agreementSentence({ ...sarah, direction: 'two_way', canWrite: true })).toBe(
      'You write to Birth mum, Sarah each March and September, and they write back.',
    )
    expect(agreementSentence({ ...sarah, direction: 'from_family', canWrite: true })).toBe(
      'You write to Birth mum, Sarah each March and September.',
    )
    expect(agreementSentence({ ...sarah, direction: 'to_family', canWrite: false })).toBe(
      'Birth mum, Sarah writes to you each March and September.',
    )
    expect(
      agreementSentence({
        otherPartyNames: ['Maisie’s mum and dad'],
        exchangeMonths: [6],
        direction: 'from_family',
        canWrite: false,
      }),
    ).toBe('Maisie’s mum and dad write to you each June.')
    expect(
      agreementHeading({
        otherPartyNames: ['Birth mum, Sarah', 'Grandad, Pete'],
        exchangeMonths: [6],
        direction: 'to_family',
        canWrite: false,
      }),
    ).toBe('Letters from Birth mum, Sarah and Grandad, Pete')
  })

  it('writes months and days as GOV.UK does, in UK time', () => {
    expect(formatMonth('2027-03-01')).toBe('March 2027')
    expect(overdueText(['2026-09-01'])).toBe('Your letter due in September 2026 is overdue.')
    expect(overdueText(['2026-03-01', '2026-09-01'])).toBe(
      'Your letters due in March 2026 and September 2026 are overdue.',
    )
    // 23:30 UTC on 31 March 2027 is already 1 April in London (summer time).
    expect(formatDay('2027-03-31T23:30:00.000Z')).toBe('1 April 2027')
  })
})
