import type { TestProject } from 'vitest/node'
import { startPortal } from './server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

/** One portal for the whole browser suite, built as production serves it. */
export default async function setup(project: TestProject) {
  const portal = await startPortal()
  project.provide('baseURL', portal.baseURL)
  return async () => {
    await portal.stop()
  }
}
