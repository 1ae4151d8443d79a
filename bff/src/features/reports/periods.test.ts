import { describe, expect, it } from 'vitest'
import { monthsBetween, resolvePeriod } from './periods.ts'

describe('report periods', () => {
  it('names a financial year by the year it starts, 1 April to 31 March', () => {
    expect(resolvePeriod({ period: 'financial_year', financialYear: 2025 })).toMatchObject({
      from: '2025-04-01',
      to: '2026-03-31',
      label: 'Financial year 2025 to 2026',
      rolling: [],
    })
  })

  it('gives a quarter its months and the rolling 12 months to its end and the previous quarter’s', () => {
    const q4 = resolvePeriod({ period: 'quarter', financialYear: 2025, quarter: 4 })
    expect(q4).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      label: 'Quarter 4 of 2025 to 2026: January to March 2026',
      months: ['2026-01', '2026-02', '2026-03'],
    })
    expect(q4.rolling).toEqual([
      { from: '2025-04-01', to: '2026-03-31', label: 'Rolling 12 months to 31 March 2026' },
      {
        from: '2025-01-01',
        to: '2025-12-31',
        label: 'Rolling 12 months to 31 December 2025 (previous quarter)',
      },
    ])
    const q1 = resolvePeriod({ period: 'quarter', financialYear: 2024, quarter: 1 })
    expect(q1).toMatchObject({ from: '2024-04-01', to: '2024-06-30' })
    expect(q1.rolling[1]).toMatchObject({ from: '2023-04-01', to: '2024-03-31' })
  })

  it('takes a month to its last day, February in a leap year too', () => {
    expect(resolvePeriod({ period: 'month', month: '2028-02' })).toMatchObject({
      from: '2028-02-01',
      to: '2028-02-29',
      label: 'February 2028',
      months: ['2028-02'],
    })
  })

  it('writes other dates as GOV.UK does, with every month they touch', () => {
    expect(resolvePeriod({ period: 'custom', from: '2026-10-03', to: '2027-01-05' })).toMatchObject(
      {
        label: '3 October 2026 to 5 January 2027',
        months: ['2026-10', '2026-11', '2026-12', '2027-01'],
      },
    )
    expect(monthsBetween('2026-12-31', '2026-12-31')).toEqual(['2026-12'])
  })
})
