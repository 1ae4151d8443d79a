import { describe, expect, it } from 'vitest'
import {
  assessmentHeading,
  formatDay,
  formatPence,
  nameList,
  serviceDates,
} from './assessment-words.ts'

describe('assessment words', () => {
  it('writes pence as pounds and pence', () => {
    expect(formatPence(240000)).toBe('£2,400.00')
    expect(formatPence(123450)).toBe('£1,234.50')
    expect(formatPence(5)).toBe('£0.05')
    expect(formatPence(0)).toBe('£0.00')
  })

  it('gives the day of a moment in UK time', () => {
    expect(formatDay('2026-12-01T16:30:00.000Z')).toBe('1 December 2026')
    // 11:30pm on 30 June in UTC is already 1 July in London.
    expect(formatDay('2027-06-30T23:30:00.000Z')).toBe('1 July 2027')
  })

  it('lists names as a sentence does', () => {
    expect(nameList([])).toBe('')
    expect(nameList(['Mia'])).toBe('Mia')
    expect(nameList(['Mia', 'Leo'])).toBe('Mia and Leo')
    expect(nameList(['Mia', 'Leo', 'Ava'])).toBe('Mia, Leo and Ava')
  })

  it('names an assessment by its children, if any, and the date it was asked for', () => {
    expect(assessmentHeading({ childNames: [], requestedOn: '2026-10-03' })).toBe(
      'Assessment asked for on 3 October 2026',
    )
    expect(assessmentHeading({ childNames: ['Mia', 'Leo'], requestedOn: '2026-10-03' })).toBe(
      'Assessment for Mia and Leo, asked for on 3 October 2026',
    )
  })

  it('gives a service’s dates with or without an end', () => {
    expect(serviceDates('2027-01-04', '2027-06-28')).toBe('From 4 January 2027 to 28 June 2027')
    expect(serviceDates('2027-01-04', null)).toBe('From 4 January 2027')
  })
})
