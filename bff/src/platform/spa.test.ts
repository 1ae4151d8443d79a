import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import path from 'node:path'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

const distDir = mkdtempSync(path.join(tmpdir(), 'asp-dist-'))
const script = 'console.log("app");'.repeat(50)
let testApp: TestApp

beforeAll(async () => {
  mkdirSync(path.join(distDir, 'assets'))
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>SPA shell</title>')
  writeFileSync(path.join(distDir, 'assets', 'app-1234.js'), script)
  // What the build makes beside each text asset, and a source map that must never be served.
  writeFileSync(path.join(distDir, 'assets', 'app-1234.js.br'), brotliCompressSync(script))
  writeFileSync(path.join(distDir, 'assets', 'app-1234.js.gz'), gzipSync(script))
  writeFileSync(path.join(distDir, 'assets', 'app-1234.js.map'), '{"version":3}')
  writeFileSync(path.join(distDir, 'app.js.map'), '{"version":3}')
  testApp = await createTestApp({ config: { env: 'production', webDistDir: distDir } })
})
afterAll(async () => {
  await testApp.close()
  rmSync(distDir, { recursive: true, force: true })
})

describe('serving the built SPA in production', () => {
  it('serves index.html at the root, uncached', async () => {
    const res = await request(testApp.app).get('/').expect(200)
    expect(res.text).toContain('SPA shell')
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  it('falls back to index.html for the SPA’s own routes', async () => {
    const res = await request(testApp.app).get('/accessibility').expect(200)
    expect(res.text).toContain('SPA shell')
  })

  it('serves hashed assets for a year and 404s a missing one rather than the shell', async () => {
    const res = await request(testApp.app).get('/assets/app-1234.js').expect(200)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    await request(testApp.app).get('/assets/missing.js').expect(404)
  })

  it('sends the brotli or gzip twin the browser accepts, still cached for a year', async () => {
    // supertest undoes brotli and gzip itself: the headers say what was sent.
    const br = await request(testApp.app)
      .get('/assets/app-1234.js')
      .set('Accept-Encoding', 'gzip, deflate, br')
      .expect(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/^text\/javascript; charset=utf-8$/i)
    expect(br.headers.vary).toContain('Accept-Encoding')
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(br.text).toBe(script)
    expect(Number(br.headers['content-length'])).toBe(brotliCompressSync(script).length)

    const gzip = await request(testApp.app)
      .get('/assets/app-1234.js')
      .set('Accept-Encoding', 'gzip')
      .expect(200)
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gzip.text).toBe(script)
    expect(Number(gzip.headers['content-length'])).toBe(gzipSync(script).length)

    const plain = await request(testApp.app)
      .get('/assets/app-1234.js')
      .set('Accept-Encoding', 'identity')
      .expect(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.text).toBe(script)
  })

  it('never serves a source map, under /assets or anywhere else', async () => {
    await request(testApp.app).get('/assets/app-1234.js.map').expect(404)
    await request(testApp.app).get('/app.js.map').expect(404)
  })

  it('never answers /api paths with the shell', async () => {
    const res = await request(testApp.app).get('/api/unknown').expect(404)
    expect(res.body.code).toBe('NOT_FOUND')
  })
})
