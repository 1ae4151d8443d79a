import { describe, expect, it } from 'vitest'
import type { AsfRules } from '../../contract/index.ts'
import { toLondonDate } from '../../platform/working-days/working-days.ts'
import {
  financialYearOf,
  formatPence,
  judgeApplication,
  remainingFor,
  ruleSetFor,
} from './fund-rules.ts'

// The fund's rules applied: as migration 0017 ships them, and a made-up change in the middle of a
// year, which a new rule set carries without a release.

const before2025: AsfRules = {
  name: 'Fair access limit and match funding (to March 2025)',
  effectiveFrom: '2015-04-01',
  fairAccessLimitPence: 500_000,
  assessmentLimitPence: 250_000,
  assessmentsWithinLimit: false,
  matchFundingAllowed: true,
  applicationDueWorkingDays: 20,
}
const from2025: AsfRules = {
  name: 'Single fair access limit (from April 2025)',
  effectiveFrom: '2025-04-01',
  fairAccessLimitPence: 300_000,
  assessmentLimitPence: 250_000,
  assessmentsWithinLimit: true,
  matchFundingAllowed: false,
  applicationDueWorkingDays: 20,
}
const nothing = { totalPence: 0, assessmentPence: 0 }
const therapy = (costPence: number) => ({ therapyType: 'ddp' as const, costPence })
const assessment = (costPence: number) => ({
  therapyType: 'specialist_assessment' as const,
  costPence,
})

describe('the financial year', () => {
  it('runs from 1 April to 31 March, by the London calendar', () => {
    expect(financialYearOf('2026-03-31')).toBe(2025)
    expect(financialYearOf('2026-04-01')).toBe(2026)
    expect(financialYearOf('2027-01-15')).toBe(2026)
    // 11:30pm on 31 March in UTC is already 1 April in London (British Summer Time).
    expect(financialYearOf(toLondonDate(new Date('2026-03-31T23:30:00Z')))).toBe(2026)
    expect(financialYearOf(toLondonDate(new Date('2026-03-31T22:59:00Z')))).toBe(2025)
  })
})

describe('which rules judge an application', () => {
  const ruleSets = [before2025, from2025]

  it('is the rule set in force when its financial year starts', () => {
    expect(ruleSetFor(ruleSets, 2024, '2024-06-01')).toBe(before2025)
    expect(ruleSetFor(ruleSets, 2025, '2025-06-01')).toBe(from2025)
  })

  it('is the year’s rules for an application made before the year starts', () => {
    // Made in March 2025 for 2025 to 2026: April 2025's rules, not those of the day it was made.
    expect(ruleSetFor(ruleSets, 2025, '2025-03-20')).toBe(from2025)
  })

  it('is the year’s last rules for an application made after the year ended', () => {
    expect(ruleSetFor(ruleSets, 2024, '2025-05-01')).toBe(before2025)
  })

  it('changes in the middle of a year for applications made after the change', () => {
    const raised: AsfRules = {
      ...from2025,
      effectiveFrom: '2026-10-01',
      fairAccessLimitPence: 350_000,
    }
    const withChange = [before2025, from2025, raised]
    expect(ruleSetFor(withChange, 2026, '2026-09-30')).toBe(from2025)
    expect(ruleSetFor(withChange, 2026, '2026-10-01')).toBe(raised)
    // The year's allowance is shared: £2,000 committed before the change leaves £1,500 after it.
    expect(remainingFor(raised, { totalPence: 200_000, assessmentPence: 0 }).remainingPence).toBe(
      150_000,
    )
  })
})

describe('the rules from April 2025', () => {
  it('allow up to £3,000 in all, specialist assessments included', () => {
    const judged = judgeApplication(from2025, nothing, [therapy(150_000), assessment(150_000)], 0)
    expect(judged.fieldErrors).toEqual({})
    expect(judged.requestedPence).toBe(300_000)
  })

  it('refuse a total over what is left, with the figure', () => {
    const judged = judgeApplication(
      from2025,
      { totalPence: 100_000, assessmentPence: 0 },
      [therapy(200_001)],
      0,
    )
    expect(judged.fieldErrors.lines).toBe(
      'The total must be £2,000 or less: what is left of the fund’s £3,000 limit for this child this financial year',
    )
  })

  it('refuse specialist assessments over £2,500', () => {
    const judged = judgeApplication(from2025, nothing, [assessment(260_000)], 0)
    expect(judged.fieldErrors.lines).toMatch(/^Specialist assessments must be £2,500 or less/)
  })

  it('refuse match funding', () => {
    const judged = judgeApplication(from2025, nothing, [therapy(100_000)], 5_000)
    expect(judged.fieldErrors.matchFundingPence).toBe(
      'The fund’s rules for this year do not allow match funding',
    )
  })
})

describe('the rules before April 2025', () => {
  it('allow £5,000 of therapy and £2,500 of assessments apart', () => {
    const judged = judgeApplication(before2025, nothing, [therapy(500_000), assessment(250_000)], 0)
    expect(judged.fieldErrors).toEqual({})
    expect(judged.requestedPence).toBe(750_000)
  })

  it('ask for match funding of the part over the limits', () => {
    const over = judgeApplication(
      before2025,
      { totalPence: 100_000, assessmentPence: 0 },
      [therapy(480_050)],
      0,
    )
    expect(over.overLimitPence).toBe(80_050)
    expect(over.fieldErrors.matchFundingPence).toBe(
      'Enter match funding of at least £800.50: the part over the fund’s limits for this child this financial year',
    )
    const matched = judgeApplication(
      before2025,
      { totalPence: 100_000, assessmentPence: 0 },
      [therapy(480_050)],
      80_050,
    )
    expect(matched.fieldErrors).toEqual({})
    expect(matched.requestedPence).toBe(400_000)
  })

  it('refuse match funding over the total', () => {
    const judged = judgeApplication(before2025, nothing, [therapy(10_000)], 10_001)
    expect(judged.fieldErrors.matchFundingPence).toBe(
      'Match funding must not be more than the total',
    )
  })
})

describe('money', () => {
  it('is shown in pounds, with pence only where there are some', () => {
    expect(formatPence(123_450)).toBe('£1,234.50')
    expect(formatPence(300_000)).toBe('£3,000')
    expect(formatPence(5)).toBe('£0.05')
  })
})
