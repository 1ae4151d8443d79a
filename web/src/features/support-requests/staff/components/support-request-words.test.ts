import { describe, expect, it } from 'vitest'
import { openCasesText, timeLeftOf } from './support-request-words.ts'

describe('time left for what is due', () => {
  it.each([
    [{ dueOn: '2026-10-07', workingDaysLeft: 2, overdue: false }, 'left', '2 working days left'],
    [{ dueOn: '2026-10-06', workingDaysLeft: 1, overdue: false }, 'left', '1 working day left'],
    [{ dueOn: '2026-10-05', workingDaysLeft: 0, overdue: false }, 'today', 'Due today'],
    [
      { dueOn: '2026-10-02', workingDaysLeft: -1, overdue: true },
      'overdue',
      '1 working day overdue',
    ],
    [
      { dueOn: '2026-09-30', workingDaysLeft: -3, overdue: true },
      'overdue',
      '3 working days overdue',
    ],
    [{ dueOn: '2026-10-05', workingDaysLeft: 0, overdue: true }, 'overdue', 'Overdue'],
  ])('%o is “%s”: %s', (due, kind, text) => {
    expect(timeLeftOf({ action: 'reply', ...due })).toEqual({ kind, text })
  })

  it('has none for a request with nothing due', () => {
    expect(timeLeftOf(null)).toEqual({ kind: 'none', text: 'Nothing due' })
  })
})

describe('caseloads', () => {
  it('counts open cases in words', () => {
    expect(openCasesText(0)).toBe('0 open cases')
    expect(openCasesText(1)).toBe('1 open case')
    expect(openCasesText(12)).toBe('12 open cases')
  })
})
