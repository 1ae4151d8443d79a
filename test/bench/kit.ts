import * as OTPAuth from 'otpauth'
import { demoPassword, demoTotpSecret } from '@asp/db'

// What the benchmarks share: a session held as a browser holds it, and a demo member of staff
// signed in with password and authenticator code.

/** A cookie jar and a JSON POST against the app, as a browser would hold a session. */
export function browser(baseUrl: string) {
  const jar = new Map<string, string>()
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
  async function post(path: string, body: object = {}) {
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: baseUrl,
        'sec-fetch-site': 'same-origin',
        cookie: cookieHeader(),
      },
      body: JSON.stringify(body),
    })
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1)
      if (/max-age=0/i.test(cookie) || value === '') jar.delete(name)
      else jar.set(name, value)
    }
    const answer = await res.text()
    if (!res.ok) throw new Error(`POST ${path} answered ${res.status}: ${answer}`)
  }
  async function signedIn() {
    const check = await fetch(`${baseUrl}/api/session`, { headers: { cookie: cookieHeader() } })
    const session = (await check.json()) as { stage?: string }
    if (session.stage !== 'active') throw new Error(`Not signed in: ${JSON.stringify(session)}`)
    return cookieHeader()
  }
  return { post, signedIn }
}

/** Signs in as a demo member of staff with password and authenticator code: the Cookie header. */
export async function signInStaff(baseUrl: string, email: string) {
  const session = browser(baseUrl)
  await session.post('/api/session', { email, password: demoPassword })
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromUTF8(demoTotpSecret(email)),
    digits: 6,
    period: 30,
  })
  await session.post('/api/session/second-factor', { method: 'totp', code: totp.generate() })
  return session.signedIn()
}
