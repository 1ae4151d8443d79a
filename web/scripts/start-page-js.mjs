// Prints what the start page's JavaScript weighs against the budget of 150 KB gzipped: the entry
// script of the built index.html and every chunk it preloads (issue 21, ADR 0019, ADR 0021). The
// sizes are those of the .gz and .br files the build made beside each script, which the BFF sends
// to a browser that accepts them. Run after `vite build` by `npm run build`; it reports, it does
// not fail the build.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const dist = new URL('../dist/', import.meta.url)
const html = readFileSync(new URL('index.html', dist), 'utf8')
const files = [
  ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
].map((match) => match[1])
const budgetKb = 150
let raw = 0
let gzipped = 0
let brotli = 0
for (const file of files) {
  const bytes = readFileSync(new URL(file, dist))
  raw += bytes.length
  const gz = new URL(`${file}.gz`, dist)
  gzipped += existsSync(gz) ? statSync(gz).size : gzipSync(bytes, { level: 9 }).length
  const br = new URL(`${file}.br`, dist)
  brotli += existsSync(br) ? statSync(br).size : bytes.length
}
// Kilobytes of 1,000 bytes, as Vite prints them.
const kb = (bytes) => (bytes / 1000).toFixed(1)
console.log(
  `The start page's JavaScript: ${files.length} file(s), ${kb(raw)} KB, ${kb(gzipped)} KB gzipped` +
    ` (budget ${budgetKb} KB gzipped: ${gzipped / 1000 <= budgetKb ? 'within' : 'OVER'}),` +
    ` ${kb(brotli)} KB as brotli`,
)
