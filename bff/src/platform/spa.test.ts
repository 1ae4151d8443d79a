import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

const distDir = mkdtempSync(path.join(tmpdir(), 'asp-dist-'))
let testApp: TestApp

beforeAll(async () => {
  mkdirSync(path.join(distDir, 'assets'))
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>SPA shell</title>')
  writeFileSync(path.join(distDir, 'assets', 'app-1234.js'), 'console.log("app")')
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

  it('never answers /api paths with the shell', async () => {
    const res = await request(testApp.app).get('/api/unknown').expect(404)
    expect(res.body.code).toBe('NOT_FOUND')
  })
})
