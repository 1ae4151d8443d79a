import type { ReportTable } from '@asp/bff/contract'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { formatFigure } from './report-words.ts'

/** Bars in colours of the GOV.UK palette, told apart by the legend: blue, orange, teal, purple. */
const colours = ['#1d70b8', '#f47738', '#158187', '#54319f']
/** GOV.UK's text and border colours, for the axes and grid. */
const textColour = '#0b0c0c'
const gridColour = '#cecece'

const barHeight = 18
const axisHeight = 30
const legendHeight = 60

/**
 * A bar chart of a table's rows, for the columns the report names: one group of bars a row,
 * across the page so that long names fit. It is a picture for sighted readers; the table beside it
 * has every figure, so the chart has no accessibility layer, tooltip or animation of its own.
 */
export function ReportChart({ table }: { table: ReportTable }) {
  const columns = table.chartColumns.flatMap((key) => {
    const index = table.columns.findIndex((column) => column.key === key)
    const column = table.columns[index]
    return column === undefined ? [] : [{ column, index }]
  })
  const unit = columns[0]?.column.unit ?? 'count'
  const data = table.rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(columns.map(({ column, index }) => [column.key, row.cells[index] ?? 0])),
  }))
  const height = table.rows.length * (columns.length * barHeight + 16) + axisHeight + legendHeight
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart
        data={data}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 0, right: 24, bottom: 0, left: 0 }}
        // GOV.UK sets its typeface on its own classes, which the chart's SVG text has none of.
        style={{ fontFamily: 'arial, sans-serif', fontSize: 16 }}
      >
        <CartesianGrid horizontal={false} stroke={gridColour} />
        <XAxis
          type="number"
          allowDecimals={unit !== 'count'}
          tickFormatter={(value: number) => formatFigure(unit, value)}
          stroke={textColour}
          tick={{ fill: textColour }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={220}
          interval={0}
          stroke={textColour}
          tick={{ fill: textColour }}
        />
        <Legend
          verticalAlign="bottom"
          // The names in the text colour: a light bar's colour would be too faint to read.
          formatter={(name: string) => <span style={{ color: textColour }}>{name}</span>}
        />
        {columns.map(({ column }, position) => (
          <Bar
            key={column.key}
            dataKey={column.key}
            name={column.label}
            fill={colours[position % colours.length]}
            barSize={barHeight}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
