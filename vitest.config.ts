import { existsSync } from 'node:fs'
import { defineConfig } from 'vitest/config'

// The same suites run on the embedded database and on PostgreSQL (TEST_DATABASE_URL set). A few
// tests are about one engine only: `*.pglite.test.ts` and `*.pg.test.ts` run only on their own.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL)
const engineOnly = onPostgres ? '**/*.pglite.test.ts' : '**/*.pg.test.ts'

// One runner for every suite. `--project` picks which: db, bff, web (jsdom), e2e (browser).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'db',
          root: './db',
          include: ['src/**/*.test.ts'],
          exclude: [engineOnly],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'bff',
          root: './bff',
          include: ['src/**/*.test.ts'],
          exclude: [engineOnly],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(existsSync('./web/vitest.config.ts') ? ['./web/vitest.config.ts'] : []),
      {
        test: {
          name: 'e2e',
          root: './test',
          include: ['e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['./e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
