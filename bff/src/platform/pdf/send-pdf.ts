import type { Response } from 'express'

/**
 * Sends a PDF the service has made for the caller, as a download. The file name is the service's
 * own (never typed by anyone), and anything but letters, digits, dots and hyphens becomes a hyphen,
 * so the Content-Disposition header is always safe.
 */
export function sendPdf(res: Response, pdf: { content: Buffer; fileName: string }) {
  const fileName = pdf.fileName.replace(/[^A-Za-z0-9._-]/g, '-')
  res.setHeader('Content-Type', 'application/pdf')
  res.setHeader('Content-Length', String(pdf.content.length))
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`)
  res.status(200).end(pdf.content)
  return undefined
}
