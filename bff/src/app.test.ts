import { demoLocalAuthorities, demoOrganisation } from '@asp/db'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiErrorSchema, endpoints, serviceInfoSchema } from './contract/index.ts'
import { createAppAuth, jsonBodyLimit, mountedEndpoints } from './app.ts'
import { createTestApp, type TestApp } from './testing/test-app.ts'

let testApp: TestApp
beforeAll(async () => {
  testApp = await createTestApp()
})
afterAll(() => testApp.close())

describe('status endpoints', () => {
  it('GET /api/health answers ok', async () => {
    const res = await request(testApp.app).get('/api/health').expect(200)
    expect(res.body).toEqual({ status: 'ok' })
  })

  it('GET /api/ready answers 200 when the database answers', async () => {
    const res = await request(testApp.app).get('/api/ready').expect(200)
    expect(res.body).toEqual({ status: 'ready' })
  })
})

describe('the service information the start page shows', () => {
  it('lists the demo agency and its local authorities from the database', async () => {
    const res = await request(testApp.app).get('/api/service-info').expect(200)
    const info = serviceInfoSchema.parse(res.body)
    expect(info.organisations).toEqual([
      {
        name: demoOrganisation.name,
        localAuthorities: demoLocalAuthorities.map((la) => ({ name: la.name })),
      },
    ])
  })
})

describe('the OpenAPI document', () => {
  it('lists every endpoint of the contract, and the app mounts exactly those', async () => {
    const res = await request(testApp.app).get('/api/openapi.json').expect(200)
    expect(res.body.openapi).toBe('3.1.0')
    const listed = Object.entries(res.body.paths as Record<string, object>).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`),
    )
    const contract = Object.values(endpoints).map(
      (e) => `${e.method} ${e.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`,
    )
    const deps = {
      config: testApp.config,
      database: testApp.database,
      logger: (await import('./platform/logger.ts')).createLogger('silent'),
    }
    const mounted = mountedEndpoints(deps, createAppAuth(deps)).map(
      (m) => `${m.endpoint.method} ${m.endpoint.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`,
    )
    expect(listed.sort()).toEqual(contract.sort())
    expect(mounted.sort()).toEqual(contract.sort())
  })
})

describe('bad input and failure', () => {
  it('answers an unknown /api path with a JSON 404, not the SPA', async () => {
    const res = await request(testApp.app).get('/api/no-such-thing').expect(404)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    expect(apiErrorSchema.parse(res.body)).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('answers a malformed JSON body with 400 and no stack trace', async () => {
    const res = await request(testApp.app)
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send('{"not json')
      .expect(400)
    expect(apiErrorSchema.parse(res.body)).toMatchObject({
      code: 'MALFORMED_REQUEST',
      message: 'The request body is not valid JSON',
    })
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(js|ts)|SyntaxError|stack/i)
  })

  it(`answers a body over ${jsonBodyLimit} with 413`, async () => {
    const big = JSON.stringify({ text: 'x'.repeat(200 * 1024) })
    const res = await request(testApp.app)
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send(big)
      .expect(413)
    expect(apiErrorSchema.parse(res.body).code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('answers an unexpected failure with 500, the request id and nothing internal (ASVS 16.5.1)', async () => {
    const broken = await createTestApp()
    await broken.database.close()
    const res = await request(broken.app).get('/api/service-info').expect(500)
    const body = apiErrorSchema.parse(res.body)
    expect(body).toEqual({
      code: 'INTERNAL',
      message: 'Sorry, there is a problem with the service. Try again later',
      requestId: res.headers['x-request-id'],
    })
    expect(Object.keys(res.body).sort()).toEqual(['code', 'message', 'requestId'])
  })

  it('answers /api/ready with 503 when the database is gone', async () => {
    const broken = await createTestApp()
    await broken.database.close()
    const res = await request(broken.app).get('/api/ready').expect(503)
    expect(apiErrorSchema.parse(res.body).code).toBe('SERVICE_UNAVAILABLE')
  })
})

describe('headers on every response', () => {
  const paths = [...Object.values(endpoints).map((e) => e.path), '/api/no-such-thing']

  it.each(paths)(
    '%s carries HSTS, a strict CSP, nosniff, a referrer policy and no-store (ASVS 3.4.1, 3.4.3-3.4.6, 14.3.2)',
    async (path) => {
      const res = await request(testApp.app).get(path)
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
      const csp = res.headers['content-security-policy'] ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('unsafe-inline')
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(res.headers['cache-control']).toBe('no-store')
      expect(res.headers['x-powered-by']).toBeUndefined()
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    },
  )
})
