import type { Database } from '@asp/db'
import { createTestDatabase } from '@asp/db/testing'
import type { Express } from 'express'
import { createApp, type AppDeps } from '../app.ts'
import { seedDemoAccounts } from '../demo-seed.ts'
import { createLogger } from '../platform/logger.ts'

export interface TestApp {
  app: Express
  database: Database
  config: AppDeps['config']
  close: () => Promise<void>
}

export const testAuthSecret = 'test-secret-that-is-long-enough-for-better-auth-0123'

/**
 * createApp over a fresh database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set). With
 * `accounts`, the demo agency's people and sign-ins are seeded too.
 */
export async function createTestApp(
  options: {
    seed?: 'always' | 'never'
    accounts?: boolean
    config?: Partial<AppDeps['config']>
    /** A clock to control the time the app sees (support-request timers, duty hours). */
    clock?: () => Date
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase({
    seed: options.accounts ? 'always' : (options.seed ?? 'always'),
  })
  if (options.accounts) await seedDemoAccounts(database.db, testAuthSecret)
  const config: AppDeps['config'] = {
    env: 'test',
    webDistDir: '',
    trustProxyHops: 0,
    publicUrl: 'http://127.0.0.1:3000',
    devMailbox: true,
    textMessages: true,
    authSecret: testAuthSecret,
    ...options.config,
  }
  const app = createApp({
    config,
    database,
    logger: createLogger('silent'),
    ...(options.clock ? { clock: options.clock } : {}),
  })
  return { app, database, config, close: () => database.close() }
}
