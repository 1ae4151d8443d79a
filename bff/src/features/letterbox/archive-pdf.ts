import PDFDocument from 'pdfkit'
import { pdfFonts } from '../../platform/pdf/pdf-fonts.ts'

// A child's whole letterbox as one tagged PDF for the child's file: a cover, each agreement (its
// parties, rules and history), then every letter oldest first with every version sent, each
// decision and the photos approved or withheld. Staff only: it holds real names and what was taken
// out. Tagged (structure tree, language, title shown), so a screen reader follows headings,
// paragraphs and each photo's alt text in order.

export interface ArchiveAgreement {
  heading: string
  /** Lines about the agreement: who writes, when, what may be sent, status, reviews. */
  rules: string[]
  parties: string[]
  history: string[]
}

export interface ArchivePhoto {
  /** Approved (passed on) or withheld (kept back). */
  status: 'approved' | 'withheld'
  /** JPEG bytes, re-encoded without metadata when they were added. */
  content: Buffer
  width: number
  height: number
}

export interface ArchiveLetter {
  heading: string
  /** Who it was from and to, how it came, where it is. */
  details: string[]
  versions: { heading: string; body: string }[]
  /** For a released letter: the text recipients received. */
  releasedBody: string | null
  decisions: { heading: string; lines: string[] }[]
  photos: ArchivePhoto[]
}

export interface LetterboxArchive {
  title: string
  agencyName: string
  childName: string
  /** Lines under the child's name: family reference, council, when made and by whom. */
  cover: string[]
  agreements: ArchiveAgreement[]
  letters: ArchiveLetter[]
  createdAt: Date
}

/** Paragraphs are separated by blank lines; single line breaks stay inside a paragraph. */
function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
}

const photoLabel = (photo: ArchivePhoto, index: number) =>
  photo.status === 'approved'
    ? `Photo ${index + 1}: approved and passed on`
    : `Photo ${index + 1}: withheld, not passed on`

export async function renderLetterboxArchive(archive: LetterboxArchive): Promise<Buffer> {
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    size: 'A4',
    margin: 56,
    info: {
      Title: archive.title,
      Author: archive.agencyName,
      Creator: archive.agencyName,
      CreationDate: archive.createdAt,
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
  const regular = 'Body'
  const bold = 'Bold'
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const bottom = () => doc.page.height - doc.page.margins.bottom

  const root = doc.struct('Document')
  doc.addStructure(root)
  type Parent = typeof root

  const heading = (parent: Parent, level: 'H1' | 'H2' | 'H3', text: string) => {
    const size = { H1: 22, H2: 16, H3: 13 }[level]
    // A heading never sits alone at the foot of a page.
    if (doc.y + size * 4 > bottom()) doc.addPage()
    parent.add(
      doc.struct(level, {}, () => {
        doc.font(bold).fontSize(size).text(text, doc.page.margins.left, doc.y, { width })
        doc.moveDown(0.4)
      }),
    )
  }
  const paragraph = (parent: Parent, text: string, options: { size?: number; gap?: number } = {}) =>
    parent.add(
      doc.struct('P', {}, () => {
        doc
          .font(regular)
          .fontSize(options.size ?? 11)
          .text(text, doc.page.margins.left, doc.y, { width, lineGap: 2 })
        doc.moveDown(options.gap ?? 0.5)
      }),
    )
  const section = () => {
    const sect = doc.struct('Sect')
    root.add(sect)
    return sect
  }

  // ---- Cover ----
  heading(root, 'H1', archive.title)
  paragraph(root, archive.childName, { size: 16 })
  paragraph(root, archive.agencyName, { size: 13, gap: 1 })
  for (const line of archive.cover) paragraph(root, line, { gap: 0.3 })
  paragraph(
    root,
    'This record is for the child’s file. It holds the real names of the people in the letterbox exchange and the words the agency took out of letters. Keep it securely.',
    { size: 10, gap: 1 },
  )

  // ---- Agreements ----
  for (const agreement of archive.agreements) {
    doc.addPage()
    const sect = section()
    heading(sect, 'H2', agreement.heading)
    for (const line of agreement.rules) paragraph(sect, line, { gap: 0.3 })
    heading(sect, 'H3', 'Parties')
    for (const line of agreement.parties) paragraph(sect, line, { gap: 0.3 })
    heading(sect, 'H3', 'Status history')
    if (agreement.history.length === 0) paragraph(sect, 'No changes recorded.')
    for (const line of agreement.history) paragraph(sect, line, { gap: 0.3 })
    sect.end()
  }

  // ---- Letters ----
  if (archive.letters.length === 0) {
    doc.addPage()
    heading(root, 'H2', 'Letters')
    paragraph(root, 'No letters have been sent or logged.')
  }
  for (const letter of archive.letters) {
    doc.addPage()
    const sect = section()
    heading(sect, 'H2', letter.heading)
    for (const line of letter.details) paragraph(sect, line, { gap: 0.3 })
    for (const version of letter.versions) {
      heading(sect, 'H3', version.heading)
      const paragraphs = paragraphsOf(version.body)
      if (paragraphs.length === 0) paragraph(sect, '(No text)')
      for (const text of paragraphs) paragraph(sect, text)
    }
    if (letter.releasedBody !== null) {
      heading(sect, 'H3', 'Text passed on')
      for (const text of paragraphsOf(letter.releasedBody)) paragraph(sect, text)
    }
    for (const decision of letter.decisions) {
      heading(sect, 'H3', decision.heading)
      for (const line of decision.lines) paragraph(sect, line, { gap: 0.3 })
    }
    if (letter.photos.length > 0) heading(sect, 'H3', 'Photos')
    letter.photos.forEach((photo, index) => {
      const label = photoLabel(photo, index)
      const scale = Math.min(1, width / photo.width, 360 / photo.height)
      const w = photo.width * scale
      const h = photo.height * scale
      if (doc.y + h + 40 > bottom()) doc.addPage()
      paragraph(sect, label, { gap: 0.3 })
      const x = doc.page.margins.left
      const y = doc.y
      sect.add(
        doc.struct('Figure', { alt: `${label}. A photo sent with the letter.` }, () => {
          doc.image(photo.content, x, y, { width: w, height: h })
        }),
      )
      doc.x = doc.page.margins.left
      doc.y = y + h + 16
    })
    sect.end()
  }

  root.end()
  doc.end()
  return finished
}
