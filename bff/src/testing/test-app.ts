import type { Database } from '@asp/db'
import { createTestDatabase } from '@asp/db/testing'
import type { Express } from 'express'
import { createApp, type AppDeps } from '../app.ts'
import { createLogger } from '../platform/logger.ts'

export interface TestApp {
  app: Express
  database: Database
  close: () => Promise<void>
}

/** createApp over a fresh database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set). */
export async function createTestApp(
  options: { seed?: 'always' | 'never'; config?: Partial<AppDeps['config']> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase({ seed: options.seed ?? 'always' })
  const app = createApp({
    config: { env: 'test', webDistDir: '', trustProxyHops: 0, ...options.config },
    database,
    logger: createLogger('silent'),
  })
  return { app, database, close: () => database.close() }
}
