import type { ReportColumn, ReportTable, ReportUnit } from '../../contract/index.ts'
import { toCsv } from '../../platform/csv/csv.ts'

// Building report tables and writing them as CSV. Pure: the service hands in figures already
// counted, so the rules a table keeps (every summed column's total is the sum of its cells) are
// kept in one place and tested without a database.

export type Figures = Record<string, number | null>

export interface TableRow {
  key: string
  label: string
  figures: Figures
}

export interface TableSpec {
  key: string
  caption: string
  rowHeader: string
  columns: ReportColumn[]
  rows: TableRow[]
  /** Totals of the columns that are not summed: worked out from the records themselves. */
  unsummedTotals?: Figures
  totalLabel?: string
  chartColumns?: string[]
  notes?: string[]
}

export const column = (
  key: string,
  label: string,
  unit: ReportUnit = 'count',
  summed = true,
): ReportColumn => ({ key, label, unit, summed })

/** A table whose summed totals are the sums of its rows' cells. */
export function buildTable(spec: TableSpec): ReportTable {
  const cellsOf = (figures: Figures) => spec.columns.map((c) => figures[c.key] ?? null)
  const total = spec.columns.map((c) =>
    c.summed
      ? spec.rows.reduce((sum, row) => sum + (row.figures[c.key] ?? 0), 0)
      : (spec.unsummedTotals?.[c.key] ?? null),
  )
  return {
    key: spec.key,
    caption: spec.caption,
    rowHeader: spec.rowHeader,
    columns: spec.columns,
    rows: spec.rows.map((row) => ({ key: row.key, label: row.label, cells: cellsOf(row.figures) })),
    total: { label: spec.totalLabel ?? 'Total', cells: total },
    chartColumns: spec.chartColumns ?? [],
    rolling: [],
    notes: spec.notes ?? [],
  }
}

/** An average of days to one decimal place, or null when there is nothing to average. */
export const averageOf = (sum: number, count: number) =>
  count === 0 ? null : Math.round((sum / count) * 10) / 10

/** Counts from 1 to 4 are shown as [c] in a publication (the Government Statistical Service's mark). */
export const isSuppressed = (unit: ReportUnit, value: number | null) =>
  unit === 'count' && value !== null && value > 0 && value < 5

function cellText(unit: ReportUnit, value: number | null, suppress: boolean) {
  if (value === null) return ''
  if (suppress && isSuppressed(unit, value)) return '[c]'
  if (unit === 'pence') return (value / 100).toFixed(2)
  if (unit === 'days') return value.toFixed(1)
  return String(value)
}

/**
 * The tables of a report as one CSV: a heading line for the report, then each table with its
 * caption, header, rows and total, and its rolling 12 months when there are any. Money is in
 * pounds with two places, as a spreadsheet expects.
 */
export function reportCsv(heading: string[], tables: ReportTable[], suppress: boolean): string {
  const lines: string[][] = [heading, []]
  for (const table of tables) {
    const units = table.columns.map((c) => c.unit)
    const labels = table.columns.map((c) => (c.unit === 'pence' ? `${c.label} (£)` : c.label))
    lines.push([table.caption], [table.rowHeader, ...labels])
    for (const row of [...table.rows, table.total]) {
      lines.push([row.label, ...row.cells.map((v, i) => cellText(units[i]!, v, suppress))])
    }
    for (const rolling of table.rolling) {
      lines.push([
        rolling.label,
        ...table.columns.map((c) =>
          c.key in rolling.values ? cellText(c.unit, rolling.values[c.key] ?? null, suppress) : '',
        ),
      ])
    }
    lines.push([])
  }
  if (suppress) lines.push(['[c] a count from 1 to 4, not shown to protect the people counted'])
  return toCsv(lines)
}
