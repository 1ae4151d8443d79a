import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The embedded database's folder when DATA_DIR is not set: `.data/pglite` at the repository root. */
export const defaultDataDir = fileURLToPath(new URL('../../../.data/pglite', import.meta.url))

export function databaseTarget(env: NodeJS.ProcessEnv = process.env) {
  const url = env.DATABASE_URL || undefined
  const dataDir = env.DATA_DIR ? path.resolve(env.DATA_DIR) : defaultDataDir
  return { url, dataDir }
}
