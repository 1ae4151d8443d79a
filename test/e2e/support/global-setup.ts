import type { TestProject } from 'vitest/node'
import { startPortal } from './server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

/**
 * One portal for the whole browser suite, built as production serves it: on the embedded
 * database, or on PostgreSQL when `E2E_DATABASE_URL` names an empty database (demo data seeded).
 */
export default async function setup(project: TestProject) {
  const url = process.env.E2E_DATABASE_URL
  const portal = await startPortal(
    url
      ? {
          env: {
            DATABASE_URL: url,
            SEED_DEMO_DATA: 'always',
            AUTH_SECRET: 'browser-tests-on-postgresql-secret-0123456789',
          },
        }
      : {},
  )
  project.provide('baseURL', portal.baseURL)
  return async () => {
    await portal.stop()
  }
}
