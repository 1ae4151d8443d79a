import PDFDocument from 'pdfkit'
import sharp from 'sharp'
import { pdfFonts } from '../../platform/pdf/pdf-fonts.ts'
import { paragraphsOf } from '../../platform/pdf/tagged-pdf.ts'

// A letter as a PDF to keep and print. It is a tagged PDF (structure tree, language, title shown
// in the window), so a screen reader reads the heading, the paragraphs and each photo's alt text
// in order.

export interface LetterPdfInput {
  title: string
  fromName: string
  toName: string
  /** The date it was passed on, in words ('3 October 2026'); null for a letter not passed on. */
  releasedOn: string | null
  body: string
  /** JPEG photos, in the order they were added. */
  photos: Buffer[]
  agencyName: string
}

export { paragraphsOf }

export async function letterPdf(input: LetterPdfInput): Promise<Buffer> {
  const sizes = await Promise.all(input.photos.map((photo) => sharp(photo).metadata()))
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    size: 'A4',
    margin: 64,
    info: { Title: input.title, Author: input.agencyName, Creator: input.agencyName },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  doc.registerFont('Body', pdfFonts.regular)
  doc.registerFont('Bold', pdfFonts.bold)
  const regular = 'Body'
  const bold = 'Bold'
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right

  const document = doc.struct('Document')
  doc.addStructure(document)
  const paragraph = (text: string, options: { font?: string; size?: number; gap?: number } = {}) =>
    document.add(
      doc.struct('P', {}, () => {
        doc
          .font(options.font ?? regular)
          .fontSize(options.size ?? 12)
          .text(text, { width, lineGap: 3 })
        doc.moveDown(options.gap ?? 0.8)
      }),
    )

  document.add(
    doc.struct('H1', {}, () => {
      doc.font(bold).fontSize(20).text(input.title, { width })
      doc.moveDown(0.6)
    }),
  )
  paragraph(`From: ${input.fromName}`, { gap: 0.2 })
  paragraph(`To: ${input.toName}`, { gap: 0.2 })
  paragraph(
    input.releasedOn
      ? `Passed on by ${input.agencyName} on ${input.releasedOn}`
      : `Not passed on yet: ${input.agencyName} checks every letter before it is passed on`,
    { size: 10, gap: 1.4 },
  )
  for (const text of paragraphsOf(input.body)) paragraph(text)

  const bottom = () => doc.page.height - doc.page.margins.bottom
  input.photos.forEach((photo, index) => {
    const size = sizes[index]!
    const scale = Math.min(1, width / (size.width ?? width), 480 / (size.height ?? 480))
    const w = (size.width ?? width) * scale
    const h = (size.height ?? 480) * scale
    if (doc.y + h > bottom()) doc.addPage()
    const x = doc.page.margins.left + (width - w) / 2
    const y = doc.y
    document.add(
      doc.struct('Figure', { alt: `Photo ${index + 1} of ${input.photos.length}` }, () => {
        doc.image(photo, x, y, { width: w, height: h })
      }),
    )
    doc.x = doc.page.margins.left
    doc.y = y + h + 18
  })

  document.end()
  doc.end()
  return finished
}
