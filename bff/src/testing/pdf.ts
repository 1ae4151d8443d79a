// Test-only: a PDF read back as a screen reader and a PDF reader get it, with pdfjs (the library
// Firefox reads PDFs with). Imported by `*.test.ts` files and their helpers only, never by the app.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

interface StructNode {
  role?: string
  alt?: string
  children?: StructNode[]
}

/** What a screen reader gets from a PDF: its text, tags, title and language. */
export async function readPdf(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise
  const texts: string[] = []
  const roles: { role: string; alt?: string }[] = []
  const walk = (node: StructNode | null) => {
    if (!node) return
    if (node.role) roles.push({ role: node.role, ...(node.alt ? { alt: node.alt } : {}) })
    node.children?.forEach(walk)
  }
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const content = await page.getTextContent()
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
    walk((await page.getStructTree()) as StructNode | null)
  }
  const metadata = await pdf.getMetadata()
  const info = metadata.info as { Title?: string; Language?: string }
  const markInfo = await pdf.getMarkInfo()
  await pdf.destroy()
  return {
    text: texts.join('\n').replace(/\s+/g, ' '),
    roles,
    title: info.Title,
    language: info.Language,
    marked: markInfo?.Marked ?? false,
  }
}
