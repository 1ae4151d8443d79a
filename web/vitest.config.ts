import { defineProject, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// The `web` project of the root vitest.config.ts; also runnable on its own with
// `vitest run --config web/vitest.config.ts`.
export default mergeConfig(
  viteConfig,
  defineProject({
    test: {
      name: 'web',
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['./vitest.setup.ts'],
      // Test files share a worker's modules instead of importing React, the router and the
      // contract afresh each (ADR 0005): half the time. What outlives a test is reset in
      // vitest.setup.ts; every render makes its own QueryClient and router.
      isolate: false,
    },
  }),
)
