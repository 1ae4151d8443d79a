// ASVS 2.2.1, 2.2.2: every request schema refuses what it does not allow, and nothing a client can
// send makes the BFF answer with a 5xx. fast-check sends arbitrary params, queries and bodies to
// every endpoint that takes any, as a signed-in team manager and as nobody.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { endpoints, type Endpoint } from './contract/index.ts'
import { demoEmail } from '@asp/db'
import { Browser, signInAs } from './testing/sign-in.ts'
import { createTestApp, type TestApp } from './testing/test-app.ts'

let t: TestApp
let manager: Browser
let anonymous: Browser
beforeAll(async () => {
  t = await createTestApp({ accounts: true, config: { trustProxyHops: 1 } })
  manager = await signInAs(t.app, t.database.db, demoEmail('manager'), 'totp')
  anonymous = new Browser(t.app, { 'X-Forwarded-For': '192.0.2.99' })
})
afterAll(() => t.close())

function keysOf(schema: z.ZodType | undefined): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape
  if (shape) return Object.keys(shape)
  const inner = (schema as { def?: { in?: z.ZodType; schema?: z.ZodType } } | undefined)?.def
  return inner?.in ? keysOf(inner.in) : inner?.schema ? keysOf(inner.schema) : []
}

const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.uuid()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
)

function bodyFor(endpoint: Endpoint) {
  const keys = [...keysOf(endpoint.body), '__proto__', 'constructor', 'isAdmin']
  return fc.oneof(
    fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length }),
    fc.anything(),
  )
}

function pathFor(endpoint: Endpoint, param: string) {
  return endpoint.path.replace(/:([A-Za-z0-9_]+)/g, () => encodeURIComponent(param || 'x'))
}

const fuzzed = (Object.entries(endpoints) as [string, Endpoint][]).filter(
  ([, e]) => e.body || e.query || e.params,
)

describe('request schemas under arbitrary input (ASVS 2.2.1, 2.2.2)', () => {
  it.each(fuzzed.map(([name, endpoint]) => [name, endpoint] as const))(
    '%s never answers with a 5xx',
    async (_name, endpoint) => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string({ maxLength: 60 }), fc.uuid()),
          fc.dictionary(
            fc.constantFrom(...keysOf(endpoint.query), 'q', 'x'),
            fc.string({ maxLength: 30 }),
          ),
          bodyFor(endpoint),
          fc.boolean(),
          async (param, query, body, asManager) => {
            const search = new URLSearchParams(query).toString()
            const path = pathFor(endpoint, param) + (search ? `?${search}` : '')
            const browser = asManager ? manager : anonymous
            const json = endpoint.method === 'get' ? undefined : (JSON.stringify(body) ?? 'null')
            const res = await browser.send(endpoint.method, path, undefined, json)
            expect(res.status, `${endpoint.method} ${path} ${JSON.stringify(body)}`).toBeLessThan(
              500,
            )
          },
        ),
        { numRuns: 20 },
      )
    },
  )
})
