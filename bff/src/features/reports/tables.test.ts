import { describe, expect, it } from 'vitest'
import { averageOf, buildTable, column, reportCsv } from './tables.ts'

const table = buildTable({
  key: 'example',
  caption: 'Example',
  rowHeader: 'Local authority',
  columns: [
    column('count', 'Requests'),
    column('pence', 'Money', 'pence'),
    column('people', 'People', 'count', false),
    column('days', 'Average days', 'days', false),
  ],
  rows: [
    { key: 'a', label: 'Ardenshire', figures: { count: 3, pence: 150050, people: 2, days: 4.5 } },
    { key: 'b', label: '=Brackenford', figures: { count: 7, pence: 0, people: 1, days: null } },
  ],
  unsummedTotals: { people: 2, days: 4.5 },
})

describe('report tables', () => {
  it('totals a summed column as the sum of its cells, and takes the others as counted', () => {
    expect(table.total).toEqual({ label: 'Total', cells: [10, 150050, 2, 4.5] })
  })

  it('averages to one decimal place, and nothing when there is nothing to average', () => {
    expect(averageOf(11, 2)).toBe(5.5)
    expect(averageOf(10, 3)).toBe(3.3)
    expect(averageOf(0, 0)).toBeNull()
  })

  it('writes CSV in pounds, neutralises formulas, and suppresses counts from 1 to 4 only', () => {
    const plain = reportCsv(['Report'], [table], false)
      .replace(/^\uFEFF/, '')
      .split('\r\n')
    expect(plain).toContain('Local authority,Requests,Money (£),People,Average days')
    expect(plain).toContain('Ardenshire,3,1500.50,2,4.5')
    expect(plain).toContain("'=Brackenford,7,0.00,1,")
    const published = reportCsv(['Report'], [table], true)
    expect(published).toContain('Ardenshire,[c],1500.50,[c],4.5')
    // 7 and 10 are shown; money and days are never suppressed; nought is not a small count.
    expect(published).toContain("'=Brackenford,7,0.00,[c],")
    expect(published).toContain('Total,10,1500.50,[c],4.5')
  })
})
