import type { ReactNode } from 'react'
import { classNames } from './class-names.ts'

export interface TableCell {
  text: ReactNode
  /** Right-aligns numbers so they line up. */
  format?: 'numeric'
  colSpan?: number
  rowSpan?: number
  className?: string
}

export interface TableProps {
  caption?: ReactNode
  /** Such as `govuk-table__caption--m`. */
  captionClassName?: string
  head?: TableCell[]
  rows: TableCell[][]
  /** The first cell of each row is its header (`<th scope="row">`). */
  firstCellIsHeader?: boolean
}

/** GOV.UK table. */
export function Table({
  caption,
  captionClassName,
  head,
  rows,
  firstCellIsHeader = false,
}: TableProps) {
  return (
    <table className="govuk-table">
      {caption !== undefined && (
        <caption className={classNames('govuk-table__caption', captionClassName)}>
          {caption}
        </caption>
      )}
      {head !== undefined && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              <th
                key={index}
                scope="col"
                className={classNames(
                  'govuk-table__header',
                  cell.format && `govuk-table__header--${cell.format}`,
                  cell.className,
                )}
                colSpan={cell.colSpan}
                rowSpan={cell.rowSpan}
              >
                {cell.text}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="govuk-table__row">
            {row.map((cell, cellIndex) =>
              cellIndex === 0 && firstCellIsHeader ? (
                <th
                  key={cellIndex}
                  scope="row"
                  className={classNames('govuk-table__header', cell.className)}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                >
                  {cell.text}
                </th>
              ) : (
                <td
                  key={cellIndex}
                  className={classNames(
                    'govuk-table__cell',
                    cell.format && `govuk-table__cell--${cell.format}`,
                    cell.className,
                  )}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                >
                  {cell.text}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
