import type { ReportColumn, ReportTable as ReportTableData } from '@asp/bff/contract'
import { lazy, Suspense } from 'react'
import { classNames } from '../../../components/class-names.ts'
import { ScrollContainer } from '../../../components/scroll-container.tsx'
import { formatFigure, hasPence } from './report-words.ts'

// The chart library is large: it loads after the report, on its own, and never with the start page.
const ReportChart = lazy(async () => ({
  default: (await import('./report-chart.tsx')).ReportChart,
}))

/**
 * One table of a report: a GOV.UK table with its rows, the total row, and, for a quarter, the
 * rolling 12 months under it; then a chart where the report names columns for one, and the notes on
 * how the figures are counted. The table is the chart's text alternative: the chart is hidden from
 * assistive technology, and from print.
 */
export function ReportTableSection({
  table,
  captionClassName = 'govuk-table__caption--m',
}: {
  table: ReportTableData
  captionClassName?: string
}) {
  return (
    <div className="app-report-table">
      <FiguresTable table={table} captionClassName={captionClassName} />
      {table.rolling.length > 0 && <RollingTable table={table} />}
      {table.chartColumns.length > 0 && table.rows.length > 0 && (
        <div className="app-report-chart" aria-hidden="true">
          <Suspense fallback={null}>
            <ReportChart table={table} />
          </Suspense>
        </div>
      )}
      {table.notes.map((note) => (
        <p key={note} className="govuk-body">
          {note}
        </p>
      ))}
    </div>
  )
}

/** A figure in a cell; "no figure" where there is none to give (an average of nothing). */
function Figure({
  column,
  value,
  withPence,
}: {
  column: ReportColumn
  value: number | null
  withPence: boolean
}) {
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="govuk-visually-hidden">No figure</span>
      </>
    )
  }
  return formatFigure(column.unit, value, { withPence })
}

/** Whether any of a money column's figures has pence, so that all of them show pence. */
function columnsWithPence(columns: ReportColumn[], lines: (number | null | undefined)[][]) {
  return columns.map(
    (column, index) =>
      column.unit === 'pence' && lines.some((cells) => hasPence(cells[index] ?? null)),
  )
}

function FiguresTable({
  table,
  captionClassName,
}: {
  table: ReportTableData
  captionClassName: string
}) {
  const withPence = columnsWithPence(table.columns, [
    ...table.rows.map((row) => row.cells),
    table.total.cells,
  ])
  const cells = (values: (number | null)[], total = false) =>
    table.columns.map((column, index) => (
      <td
        key={column.key}
        className={classNames(
          'govuk-table__cell govuk-table__cell--numeric',
          total && 'govuk-!-font-weight-bold',
        )}
      >
        <Figure
          column={column}
          value={values[index] ?? null}
          withPence={withPence[index] ?? false}
        />
      </td>
    ))
  return (
    <ScrollContainer label={table.caption}>
      <table className="govuk-table">
        <caption className={classNames('govuk-table__caption', captionClassName)}>
          {table.caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {table.rowHeader}
            </th>
            {table.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className="govuk-table__header govuk-table__header--numeric"
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {table.rows.map((row) => (
            <tr key={row.key} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {row.label}
              </th>
              {cells(row.cells)}
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {table.total.label}
            </th>
            {cells(table.total.cells, true)}
          </tr>
        </tbody>
      </table>
    </ScrollContainer>
  )
}

/**
 * For a quarter: the same totals over the rolling 12 months to the quarter's end and to the end of
 * the quarter before, for the columns that are not months.
 */
function RollingTable({ table }: { table: ReportTableData }) {
  const columns = table.columns.filter((column) =>
    table.rolling.some((rolling) => column.key in rolling.values),
  )
  const lines = table.rolling.map((rolling) =>
    columns.map((column) => rolling.values[column.key] ?? null),
  )
  const withPence = columnsWithPence(columns, lines)
  const caption = `${table.caption}: rolling 12 months`
  return (
    <ScrollContainer label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Period
            </th>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className="govuk-table__header govuk-table__header--numeric"
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {table.rolling.map((rolling, line) => (
            <tr key={rolling.label} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {rolling.label}
              </th>
              {columns.map((column, index) => (
                <td key={column.key} className="govuk-table__cell govuk-table__cell--numeric">
                  <Figure
                    column={column}
                    value={lines[line]?.[index] ?? null}
                    withPence={withPence[index] ?? false}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollContainer>
  )
}
