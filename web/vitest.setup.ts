import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { resetApiActivity } from './src/lib/api-activity.ts'
import { server } from './src/test/msw-server.ts'

// A feature's pages load with its first page (ADR 0019): the first test of a file waits for the
// feature's modules to be transformed, which takes more than testing-library's default second on a
// busy machine. A wait that finds nothing still fails, only later.
configure({ asyncUtilTimeout: 5000 })

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  // Module state that outlives a test: when the SPA last heard from the API.
  resetApiActivity()
  // The chart library measures text in a span of its own at the end of the body, which
  // testing-library's cleanup does not know of: its last words would be found by the next test.
  document.getElementById('recharts_measurement_span')?.remove()
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
