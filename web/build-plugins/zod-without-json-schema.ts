import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

// zod's classic API gives every schema a `toJSONSchema()` method, so its JSON Schema code (about
// 8 KB gzipped) comes into any bundle that uses `z`, whether or not anything asks for a JSON
// Schema. The BFF builds its OpenAPI document with it; the web app never does. In the web app's
// production build this plugin puts a stand-in in place of those two modules: the same export
// names, each throwing if called. Parsing and error messages are untouched (issue 21).

const replaced = ['json-schema-processors.js', 'to-json-schema.js']
const prefix = '\0zod-without-json-schema:'

/** The names a module of zod's exports: `export const x`, `export function x`, `export { a as b }`. */
function exportNamesOf(source: string): string[] {
  const names = new Set<string>()
  for (const match of source.matchAll(
    /export\s+(?:const|function|let|class)\s+([A-Za-z_$][\w$]*)/g,
  )) {
    names.add(match[1]!)
  }
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
      if (name) names.add(name)
    }
  }
  return [...names]
}

export function zodWithoutJsonSchema(): Plugin {
  return {
    name: 'zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]zod[\\/]v4[\\/]/.test(importer)) return null
      const file = path.basename(source)
      if (!replaced.includes(file) || !source.startsWith('.')) return null
      return prefix + path.resolve(path.dirname(importer), source)
    },
    load(id) {
      if (!id.startsWith(prefix)) return null
      const real = id.slice(prefix.length)
      const names = exportNamesOf(readFileSync(real, 'utf8'))
      const stand = `() => { throw new Error('JSON Schema is not built into the web app') }`
      return names.map((name) => `export const ${name} = ${stand};`).join('\n')
    },
  }
}
