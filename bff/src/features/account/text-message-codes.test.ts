import { and, desc, eq, outboxMessages, users } from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from '@asp/db'
import { Browser, expectStatus, latestEmailTo, signInAs } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

let t: TestApp
let withoutTexts: TestApp
beforeAll(async () => {
  ;[t, withoutTexts] = await Promise.all([
    createTestApp({ accounts: true }),
    createTestApp({ accounts: true, config: { textMessages: false, devMailbox: false } }),
  ])
})
afterAll(() => Promise.all([t.close(), withoutTexts.close()]))

const password = 'Brackenford-kite-orchard-7'

// One support worker's session per app: authenticator codes are single use, a few a minute.
const workers = new Map<TestApp, Promise<Browser>>()
function workerIn(app: TestApp) {
  const found = workers.get(app) ?? signInAs(app.app, app.database.db, demoEmail('worker'), 'totp')
  workers.set(app, found)
  return found
}

/** Invites a new adoptive parent and creates their account; returns their email. */
async function newAdopter(app: TestApp, email: string) {
  const worker = await workerIn(app)
  const found = expectStatus(await worker.get('/api/people?q=family-'), 200)
  const parent = found.body.people.find(
    (p: { kind: string; hasAccount: boolean }) => p.kind === 'adopter' && !p.hasAccount,
  )
  expectStatus(
    await worker.post('/api/invitations', {
      name: 'Text Parent',
      email,
      role: 'adopter',
      familyParentId: parent.id,
    }),
    201,
  )
  const token = /create-account\/([A-Za-z0-9_-]+)/.exec(
    (await latestEmailTo(app.database.db, email))?.body ?? '',
  )?.[1]
  expectStatus(
    await new Browser(app.app).post(`/api/invitations/${token}/accept`, { password }),
    201,
  )
  return email
}

async function latestTextTo(app: TestApp, mobileNumber: string) {
  const [message] = await app.database.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.recipient, mobileNumber), eq(outboxMessages.channel, 'sms')))
    .orderBy(desc(outboxMessages.createdAt))
    .limit(1)
  return message
}
const codeIn = (body: string | undefined) => /security code is (\d{6})/.exec(body ?? '')?.[1] ?? ''

describe('security codes by text message', () => {
  it('a family member confirms a mobile number, then signs in with codes sent to it', async () => {
    const email = await newAdopter(t, 'text.parent@example.invalid')
    const browser = new Browser(t.app)
    await browser.post('/api/session', { email, password })
    const session = expectStatus(await browser.get('/api/session'), 200).body
    expect(session.stage).toBe('second-factor-setup-required')
    expect(session.secondFactorChoices).toEqual(['totp', 'sms', 'email'])

    const bad = await browser.post('/api/account/second-factor/text-message', {
      password,
      mobileNumber: '01632 960 001',
    })
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors).toEqual({
      mobileNumber: 'Enter a UK mobile phone number, like 07700 900 982',
    })
    const wrongPassword = await browser.post('/api/account/second-factor/text-message', {
      password: 'not-my-password-at-all',
      mobileNumber: '07700 900 982',
    })
    expect(wrongPassword.body.fieldErrors).toEqual({
      password: 'Enter your current password correctly',
    })

    const started = await browser.post('/api/account/second-factor/text-message', {
      password,
      mobileNumber: '+44 7700 900982',
    })
    expect(started.body).toEqual({ mobileNumberEnding: '982' })
    const sent = await latestTextTo(t, '07700900982')
    expect(sent?.body).not.toContain('Text Parent')
    // Not yet confirmed: the session is still in set-up and reaches nothing.
    expectStatus(await browser.get('/api/my/family'), 401)
    const wrong = await browser.post('/api/account/second-factor/text-message/confirm', {
      code: codeIn(sent?.body) === '000000' ? '111111' : '000000',
    })
    expect(wrong.body.fieldErrors).toEqual({
      code: 'Enter the security code we sent to your phone',
    })
    await browser
      .post('/api/account/second-factor/text-message/confirm', { code: codeIn(sent?.body) })
      .then((r) => expect(r.body).toEqual({ stage: 'active' }))
    expectStatus(await browser.get('/api/my/family'), 200)
    const [account] = await t.database.db.select().from(users).where(eq(users.email, email))
    expect(account).toMatchObject({ secondFactorMethod: 'sms', mobileNumber: '07700900982' })

    // The next sign-in asks for a code sent to the phone.
    const later = new Browser(t.app)
    const signIn = await later.post('/api/session', { email, password })
    expect(signIn.body).toEqual({
      stage: 'second-factor-required',
      methods: ['sms'],
      mobileNumberEnding: '982',
    })
    expectStatus(await later.post('/api/session/security-code', {}), 200)
    const code = codeIn((await latestTextTo(t, '07700900982'))?.body)
    expect(code).not.toBe(codeIn(sent?.body))
    await later
      .post('/api/session/second-factor', { method: 'sms', code })
      .then((r) => expect(r.body).toEqual({ stage: 'active' }))
    expectStatus(await later.get('/api/my/family'), 200)
  })

  it('a set-up left before the number is confirmed starts again at the next sign-in', async () => {
    const email = await newAdopter(t, 'text.leaver@example.invalid')
    const first = new Browser(t.app)
    await first.post('/api/session', { email, password })
    expectStatus(
      await first.post('/api/account/second-factor/text-message', {
        password,
        mobileNumber: '07700900123',
      }),
      200,
    )
    const again = new Browser(t.app)
    const signIn = await again.post('/api/session', { email, password })
    expect(signIn.body).toEqual({ stage: 'second-factor-setup-required' })
    expect((await again.get('/api/session')).body.stage).toBe('second-factor-setup-required')
  })

  it('staff cannot choose text messages, and nobody can where no text service is set up', async () => {
    const worker = await workerIn(t)
    expect((await worker.get('/api/session')).body.secondFactorChoices).toEqual(['totp'])

    const email = await newAdopter(withoutTexts, 'no.texts@example.invalid')
    const browser = new Browser(withoutTexts.app)
    await browser.post('/api/session', { email, password })
    expect((await browser.get('/api/session')).body.secondFactorChoices).toEqual(['totp', 'email'])
    const refused = await browser.post('/api/account/second-factor/text-message', {
      password,
      mobileNumber: '07700900982',
    })
    expect(refused.status).toBe(404)
  })
})
