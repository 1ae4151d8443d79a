// The API as a client without a browser uses it: cookies kept, the same-origin headers a browser
// sends, and signing in with the security code from the demo mailbox. For specs about the server
// rather than the pages (crashes, outages).
import { expect } from 'vitest'
import { demoPassword } from './accounts.ts'

/** A client of the API with its own cookies, as one browser is. */
export class Client {
  cookies = new Map<string, string>()

  constructor(public baseURL: string) {}

  async send(method: 'GET' | 'POST', path: string, body?: object) {
    const res = await fetch(`${this.baseURL}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        origin: this.baseURL,
        'sec-fetch-site': 'same-origin',
        ...(body ? { 'content-type': 'application/json' } : {}),
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1)
      if (/max-age=0/i.test(cookie) || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    const text = await res.text()
    return {
      status: res.status,
      headers: res.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    }
  }
}

/** Signs in as a demo adoptive parent: password, then the security code from the demo mailbox. */
export async function signInByEmail(baseURL: string, email: string) {
  const client = new Client(baseURL)
  expect(
    (await client.send('POST', '/api/session', { email, password: demoPassword })).status,
  ).toBe(200)
  expect((await client.send('POST', '/api/session/security-code')).status).toBeLessThan(300)
  const mailbox = await client.send('GET', '/api/dev/mailbox')
  const messages = mailbox.body.messages as { recipient: string; body: string }[]
  const code = messages
    .filter((message) => message.recipient === email)
    .map((message) => /security code is (\d+)/.exec(message.body)?.[1])
    .find((found) => found !== undefined)
  expect(code).toBeDefined()
  const second = await client.send('POST', '/api/session/second-factor', { method: 'email', code })
  expect(second.status).toBe(200)
  return client
}
