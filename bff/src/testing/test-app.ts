import type { Database } from '@asp/db'
import { fileURLToPath } from 'node:url'
import { createDatabase, seedDemoData } from '@asp/db'
import {
  createTestDatabase,
  hashOfSources,
  openPostgresCopy,
  pgliteTemplate,
  postgresTemplate,
  seedFolder,
} from '@asp/db/testing'
import type { Express } from 'express'
import { createApp, type AppDeps } from '../app.ts'
import { seedDemoAccounts } from '../demo-seed.ts'
import { createLogger } from '../platform/logger.ts'
import { toLondonDate } from '../platform/working-days/working-days.ts'

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
  const database = await testDatabase(options.accounts ? 'accounts' : (options.seed ?? 'always'))
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

/**
 * A database for one test file. With the demo's people on PGlite, it is loaded from a template
 * seeded once a day (the demo's dates are relative to the day it was seeded) for each version of
 * the seed and the migrations: seeding the whole demo in every file took most of the suite's time.
 * On PostgreSQL the template is a database on the test server, made once per run and copied.
 */
async function testDatabase(seed: 'accounts' | 'always' | 'never'): Promise<Database> {
  if (seed === 'accounts' && !process.env.TEST_DATABASE_URL) {
    const key = [
      'demo-with-accounts',
      toLondonDate(new Date()),
      testAuthSecret,
      hashOfSources([seedFolder], [demoSeedFile]),
    ].join(' ')
    const template = await pgliteTemplate(key, async (database) => {
      await seedDemoData(database.db)
      await seedDemoAccounts(database.db, testAuthSecret)
    })
    return createDatabase({ seed: 'never', pgliteTemplate: template })
  }
  const serverUrl = process.env.TEST_DATABASE_URL
  if (seed === 'accounts' && serverUrl) {
    // On PostgreSQL too, the demo is seeded once per run and copied for each file.
    const key = ['demo-with-accounts', toLondonDate(new Date()), testAuthSecret].join(' ')
    const template = await postgresTemplate(serverUrl, key, async (database) => {
      await seedDemoData(database.db)
      await seedDemoAccounts(database.db, testAuthSecret)
    })
    return openPostgresCopy(serverUrl, template)
  }
  return createTestDatabase({ seed: seed === 'accounts' ? 'always' : seed })
}

const demoSeedFile = fileURLToPath(new URL('../demo-seed.ts', import.meta.url))
