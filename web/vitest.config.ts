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
    },
  }),
)
