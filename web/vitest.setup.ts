import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { resetApiActivity } from './src/lib/api-activity.ts'
import { server } from './src/test/msw-server.ts'

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  // Module state that outlives a test: when the SPA last heard from the API.
  resetApiActivity()
  window.sessionStorage.clear()
  window.localStorage.clear()
})

afterAll(() => {
  server.close()
})

// jsdom does not lay out or scroll pages. The error summary calls scrollIntoView and React Router's
// scroll restoration calls scrollTo, which jsdom reports through console.error.
Element.prototype.scrollIntoView = () => undefined
window.scrollTo = () => undefined

// A console.error is a bug (a React warning, an uncaught query error, an act() warning): it fails
// the test. A test that expects one replaces the implementation:
// `vi.mocked(console.error).mockImplementation(() => undefined)`.
let consoleErrors: unknown[][] = []

beforeEach(() => {
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
  })
})

afterEach(() => {
  const errors = consoleErrors
  consoleErrors = []
  vi.restoreAllMocks()
  if (errors.length > 0) {
    const messages = errors.map((args) => args.map((arg) => String(arg)).join(' ')).join('\n\n')
    throw new Error(`console.error was called during the test:\n\n${messages}`)
  }
})
