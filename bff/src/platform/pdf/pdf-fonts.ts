import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * The fonts every PDF the service makes embeds: DejaVu Sans, from the `dejavu-fonts-ttf` package,
 * so that every letter a writer may type (ł, ő, ş, ’) is drawn and read back as itself on any
 * machine. PDF's built-in Helvetica covers Western European letters only.
 */
export const pdfFonts = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
}
