// The session middleware reads better-auth's sessions itself, in one prepared statement (ADR
// 0011): these hold it to better-auth's rules. Its own file, so that its sign-ins do not share the
// per-address second-factor throttle with the session tests.
import { eq, sessions } from '@asp/db'
import request from 'supertest'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { demoEmail } from '@asp/db'
import { expectStatus, signInAs } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ accounts: true })
})
afterAll(() => t.close())
afterEach(() => vi.useRealTimers())

const adopter = demoEmail('adopter')

describe('reading the session on each request', () => {
  it('slides the idle timeout at most once a minute, sending the cookie again with its new lifetime (ASVS 7.3.1)', async () => {
    const browser = await signInAs(t.app, t.database.db, adopter, 'email')
    const start = Date.now()
    const expiry = async () => {
      const [row] = await t.database.db
        .select({ expiresAt: sessions.expiresAt })
        .from(sessions)
        .where(eq(sessions.token, browser.cookies.get('__Host-asp_session')!.split('.')[0]!))
      return row!.expiresAt.getTime()
    }
    const signedIn = await expiry()

    vi.useFakeTimers({ toFake: ['Date'], now: start + 30_000 })
    const soon = await browser.get('/api/session')
    expect(soon.status).toBe(200)
    expect(soon.headers['set-cookie']).toBeUndefined()
    expect(await expiry()).toBe(signedIn)

    vi.useFakeTimers({ toFake: ['Date'], now: start + 5 * 60_000 })
    const later = await browser.get('/api/session')
    expect(later.status).toBe(200)
    const cookie = ([] as string[])
      .concat(later.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('__Host-asp_session='))
    expect(cookie).toMatch(/; Max-Age=1800/)
    expect(cookie).toMatch(/; HttpOnly; Secure; SameSite=Lax/)
    expect(await expiry()).toBe(start + 5 * 60_000 + 30 * 60_000)
    expect(later.body.idleExpiresAt).toBe(new Date(start + 35 * 60_000).toISOString())
  })

  it('is not found from a cookie whose signature does not hold, nor from the token alone', async () => {
    const browser = await signInAs(t.app, t.database.db, adopter, 'email')
    const value = decodeURIComponent(browser.cookies.get('__Host-asp_session')!)
    const [token, signature] = [value.slice(0, value.lastIndexOf('.')), value.split('.').pop()!]
    const forged = `${token}.${Buffer.from('x'.repeat(32)).toString('base64')}`
    const tampered = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}.${signature}`
    for (const cookie of [forged, tampered, token]) {
      await request(t.app)
        .get('/api/session')
        .set('Cookie', `__Host-asp_session=${encodeURIComponent(cookie)}`)
        .expect(401)
    }
    expectStatus(await browser.get('/api/session'), 200)
  })

  it('deletes a session past its idle timeout when it is next presented', async () => {
    const browser = await signInAs(t.app, t.database.db, adopter, 'email')
    const token = decodeURIComponent(browser.cookies.get('__Host-asp_session')!).split('.')[0]!
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31 * 60_000 })
    const res = await browser.get('/api/session')
    expect(res.status).toBe(401)
    expect(browser.cookies.has('__Host-asp_session')).toBe(false)
    const left = await t.database.db.select().from(sessions).where(eq(sessions.token, token))
    expect(left).toEqual([])
  })
})
