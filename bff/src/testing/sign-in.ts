import { demoPassword, demoTotpSecret, desc, eq, outboxMessages, type Db } from '@asp/db'
import type { Express } from 'express'
import * as OTPAuth from 'otpauth'
import request from 'supertest'

/**
 * A browser's cookie jar for supertest. The session cookie is `__Host-` and Secure, which
 * superagent's own jar will not send over http, so cookies are kept and sent here.
 */
export class Browser {
  cookies = new Map<string, string>()

  constructor(
    readonly app: Express,
    /** Headers sent with every request, e.g. X-Forwarded-For to stand for another address. */
    readonly headers: Record<string, string> = {},
  ) {}

  private remember(setCookie: string[] | string | undefined) {
    const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []
    for (const cookie of list) {
      const [pair] = cookie.split(';')
      const [name, ...value] = (pair ?? '').split('=')
      if (!name) continue
      const expired = /max-age=0/i.test(cookie) || value.join('=') === ''
      if (expired) this.cookies.delete(name.trim())
      else this.cookies.set(name.trim(), value.join('='))
    }
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  async send(
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    body?: object,
    rawJson?: string,
  ) {
    let req = request(this.app)[method](path)
    for (const [name, value] of Object.entries(this.headers)) req = req.set(name, value)
    if (this.cookies.size > 0) req = req.set('Cookie', this.cookieHeader())
    if (body !== undefined) req = req.send(body)
    if (rawJson !== undefined) req = req.set('Content-Type', 'application/json').send(rawJson)
    const res = await req
    this.remember(res.headers['set-cookie'])
    return res
  }

  get(path: string) {
    return this.send('get', path)
  }
  post(path: string, body: object = {}) {
    return this.send('post', path, body)
  }
  put(path: string, body: object) {
    return this.send('put', path, body)
  }
  patch(path: string, body: object) {
    return this.send('patch', path, body)
  }
  delete(path: string) {
    return this.send('delete', path)
  }
}

function totpFor(secret: string) {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromUTF8(secret), digits: 6, period: 30 })
}

export function currentTotp(secret: string) {
  return totpFor(secret).generate()
}

/**
 * An authenticator code this test run has not used yet: codes are single use, and the server
 * accepts the step before and after the current one, so a user can sign in three times in 30 s.
 */
const usedByTests = new Map<string, Set<string>>()
export function unusedTotp(secret: string) {
  const used = usedByTests.get(secret) ?? new Set<string>()
  usedByTests.set(secret, used)
  const totp = totpFor(secret)
  for (const offset of [0, -30_000, 30_000]) {
    const code = totp.generate({ timestamp: Date.now() + offset })
    if (!used.has(code)) {
      used.add(code)
      return code
    }
  }
  throw new Error('No unused authenticator code left in this 30-second window')
}

export async function latestEmailTo(db: Db, recipient: string) {
  const [message] = await db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.recipient, recipient))
    .orderBy(desc(outboxMessages.createdAt))
    .limit(1)
  return message
}

/** Signs in a seeded demo account with both factors; returns the browser holding the session. */
export async function signInAs(
  app: Express,
  db: Db,
  email: string,
  method: 'totp' | 'email',
  headers: Record<string, string> = {},
) {
  const browser = new Browser(app, headers)
  const first = await browser.post('/api/session', { email, password: demoPassword })
  if (first.status !== 200)
    throw new Error(`sign-in failed: ${first.status} ${JSON.stringify(first.body)}`)
  if (method === 'totp') {
    const res = await browser.post('/api/session/second-factor', {
      method: 'totp',
      code: unusedTotp(demoTotpSecret(email)),
    })
    if (res.status !== 200)
      throw new Error(`TOTP failed: ${res.status} ${JSON.stringify(res.body)}`)
  } else {
    await browser.post('/api/session/security-code')
    const message = await latestEmailTo(db, email)
    const code = /security code is (\d+)/.exec(message?.body ?? '')?.[1] ?? ''
    const res = await browser.post('/api/session/second-factor', { method: 'email', code })
    if (res.status !== 200)
      throw new Error(`email code failed: ${res.status} ${JSON.stringify(res.body)}`)
  }
  return browser
}

/** Asserts a response's status, showing its body when it differs; returns the response. */
export function expectStatus<R extends { status: number; body: unknown }>(
  res: R,
  status: number,
): R {
  if (res.status !== status) {
    throw new Error(`expected status ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  }
  return res
}
