import { stringify } from 'csv-stringify/sync'
import type { Response } from 'express'

// Spreadsheets the service makes for download: registers, finance figures.

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return) is
 * written with a leading apostrophe, so it shows as text (OWASP: CSV injection).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** Rows as CSV text: every cell neutralised, a byte order mark so that Excel reads UTF-8. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { bom: true, record_delimiter: 'windows' },
  )
}

/** Sends a file the service made as a download, its name encoded for any characters it has. */
export function sendDownload(
  res: Response,
  file: { content: string; fileName: string },
  contentType: 'text/csv' | 'text/plain',
) {
  const body = Buffer.from(file.content, 'utf8')
  res.setHeader('Content-Type', `${contentType}; charset=utf-8`)
  res.setHeader('Content-Length', String(body.length))
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${file.fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  )
  res.status(200).end(body)
  return undefined
}
