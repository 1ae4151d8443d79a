// ASVS 16.2.1, 16.2.5, 16.3.1, 16.3.2, 16.4.1: security events are logged with who, what, when and
// from where, and never a password, token, code or cookie.
import { Writable } from 'node:stream'
import { createTestDatabase } from '@asp/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { seedDemoAccounts } from '../demo-seed.ts'
import { demoEmail, demoPassword } from '@asp/db'
import { Browser, signInAs } from '../testing/sign-in.ts'
import { testAuthSecret } from '../testing/test-app.ts'
import { createLogger } from './logger.ts'

const lines: Record<string, unknown>[] = []
const raw: string[] = []
const capture = new Writable({
  write(chunk, _encoding, done) {
    const text = chunk.toString()
    raw.push(text)
    for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line))
    done()
  },
})

const database = await createTestDatabase({ seed: 'always' })
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  await seedDemoAccounts(database.db, testAuthSecret)
  app = createApp({
    config: {
      env: 'test',
      webDistDir: '',
      trustProxyHops: 0,
      publicUrl: 'http://127.0.0.1:3000',
      devMailbox: true,
      textMessages: true,
      authSecret: testAuthSecret,
    },
    database,
    logger: createLogger('info', capture),
  })
})
afterAll(() => database.close())

const events = (name: string) => lines.filter((line) => line.event === name)

describe('security logging (ASVS 16.2.1, 16.3.1)', () => {
  it('logs sign-in failures and successes, refused access, and never a secret', async () => {
    await new Browser(app).post('/api/session', {
      email: demoEmail('manager'),
      password: 'a-wrong-password-123',
    })
    const manager = await signInAs(app, database.db, demoEmail('manager'), 'totp')
    const adopter = await signInAs(app, database.db, demoEmail('adopter'), 'email')
    await adopter.get('/api/families/7b0e5c1e-6f0a-4f7e-9a53-2f1f3c6a9d11')
    await adopter.get('/api/people?q=an')

    expect(events('sign-in-failed')).toHaveLength(1)
    expect(events('signed-in').length).toBeGreaterThanOrEqual(2)
    expect(events('access-refused').length).toBe(2)
    for (const event of [...events('sign-in-failed'), ...events('access-refused')]) {
      expect(event).toHaveProperty('time')
      expect(event).toHaveProperty('req.remoteAddress')
      expect(event).toHaveProperty('req.id')
    }

    const everything = raw.join('')
    const cookie = manager.cookies.get('__Host-asp_session') ?? 'missing'
    expect(cookie).not.toBe('missing')
    expect(everything).not.toContain(demoPassword)
    expect(everything).not.toContain('a-wrong-password-123')
    expect(everything).not.toContain(cookie)
    expect(everything).not.toContain(decodeURIComponent(cookie).split('.')[0] ?? 'x')
  })
})
