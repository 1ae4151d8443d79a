import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

/**
 * Source maps are built (`sourcemap: 'hidden'`: no comment in the scripts points at them) and then
 * moved out of what the BFF serves, to `web/source-maps/`, for reading an error report against the
 * build. The public assets never include them (issue 21).
 */
export function sourceMapsKeptPrivate(root: string): Plugin {
  let outDir = ''
  return {
    name: 'source-maps-kept-private',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const kept = path.join(root, 'source-maps')
      rmSync(kept, { recursive: true, force: true })
      mkdirSync(kept, { recursive: true })
      const assets = path.join(outDir, 'assets')
      for (const file of readdirSync(assets)) {
        if (file.endsWith('.map')) renameSync(path.join(assets, file), path.join(kept, file))
      }
    },
  }
}
