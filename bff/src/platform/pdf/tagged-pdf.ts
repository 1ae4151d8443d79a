import PDFDocument from 'pdfkit'
import { pdfFonts } from './pdf-fonts.ts'

// A tagged PDF written top to bottom: PDF 1.7 with a structure tree, its language en-GB and its
// title shown in the window, in DejaVu Sans. A screen reader follows its headings and paragraphs
// in order, and the text reads back as it was typed. Every builder of a document the service
// prints (a notice, a plan, a record) writes through this, so each is tagged the same way.

export interface TaggedPdfOptions {
  /** The document's title: its metadata, and what a PDF reader's window shows. */
  title: string
  /** The agency that made it: the PDF's author. */
  agencyName: string
  /** When it was made, from the service's clock. */
  createdAt: Date
}

type HeadingLevel = 'H1' | 'H2' | 'H3'
type StructureElement = PDFKit.PDFStructureElement

const headingSizes: Record<HeadingLevel, number> = { H1: 22, H2: 16, H3: 13 }

/** Paragraphs are separated by blank lines; single line breaks stay inside a paragraph. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
}

/** Opens a tagged A4 PDF; write into it in reading order, then `finish()` for its bytes. */
export function taggedPdf(options: TaggedPdfOptions) {
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    size: 'A4',
    margin: 56,
    info: {
      Title: options.title,
      Author: options.agencyName,
      Creator: options.agencyName,
      CreationDate: options.createdAt,
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  doc.registerFont('Body', pdfFonts.regular)
  doc.registerFont('Bold', pdfFonts.bold)
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const bottom = () => doc.page.height - doc.page.margins.bottom

  const root = doc.struct('Document')
  doc.addStructure(root)
  /** Where the next element goes: the document, or the section being written. */
  let parent: StructureElement = root

  const writer = {
    heading(level: HeadingLevel, text: string) {
      const size = headingSizes[level]
      // A heading never sits alone at the foot of a page.
      if (doc.y + size * 4 > bottom()) doc.addPage()
      parent.add(
        doc.struct(level, {}, () => {
          doc.font('Bold').fontSize(size).text(text, doc.page.margins.left, doc.y, { width })
          doc.moveDown(0.4)
        }),
      )
      return writer
    },

    paragraph(text: string, style: { bold?: boolean; size?: number; gap?: number } = {}) {
      parent.add(
        doc.struct('P', {}, () => {
          doc
            .font(style.bold ? 'Bold' : 'Body')
            .fontSize(style.size ?? 11)
            .text(text, doc.page.margins.left, doc.y, { width, lineGap: 2 })
          doc.moveDown(style.gap ?? 0.5)
        }),
      )
      return writer
    },

    /** One paragraph, "Label: value", the label in bold. */
    field(label: string, value: string) {
      parent.add(
        doc.struct('P', {}, () => {
          doc
            .font('Bold')
            .fontSize(11)
            .text(`${label}: `, doc.page.margins.left, doc.y, { width, continued: true })
            .font('Body')
            .text(value, { lineGap: 2 })
          doc.moveDown(0.3)
        }),
      )
      return writer
    },

    /** Text someone wrote, a paragraph for each of its paragraphs; `whenEmpty` if it has none. */
    text(text: string | null, whenEmpty: string) {
      const paragraphs = paragraphsOf(text ?? '')
      if (paragraphs.length === 0) return writer.paragraph(whenEmpty)
      for (const paragraph of paragraphs) writer.paragraph(paragraph)
      return writer
    },

    /** A section (Sect) holding what `write` writes, so a reader may move by sections. */
    section(write: () => void) {
      const section = doc.struct('Sect')
      parent.add(section)
      const outer = parent
      parent = section
      try {
        write()
      } finally {
        parent = outer
        section.end()
      }
      return writer
    },

    /** Ends the document: its bytes. */
    finish(): Promise<Buffer> {
      root.end()
      doc.end()
      return finished
    },
  }
  return writer
}
