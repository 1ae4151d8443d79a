// The outbox survives a crash (issue 21): emails queued while the mail server cannot be reached
// are still queued after the BFF is killed with SIGKILL, and once it is started again on the same
// data, with the mail server back, each is sent exactly once. The mail server is an SMTP server
// in this process (`smtp-server`), which records what it is given.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from './support/accounts.ts'
import { Client } from './support/api-client.ts'
import { freePort, startPortal, type RunningPortal } from './support/server.ts'

interface Received {
  to: string[]
  data: string
}

/** An SMTP server on 127.0.0.1 that accepts every message and keeps it. */
function startMailServer(port: number) {
  const received: Received[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          data: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  return new Promise<{ received: Received[]; close: () => Promise<void> }>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () =>
      resolve({ received, close: () => new Promise((done) => server.close(() => done())) }),
    )
  })
}

const recipients = ['adopter', 'adopter-b', 'worker', 'manager', 'duty'].map((who) =>
  demoEmail(who),
)

describe('the outbox survives a crash', { timeout: 180_000 }, () => {
  let dataDir = ''
  let portal: RunningPortal | undefined
  let mail: Awaited<ReturnType<typeof startMailServer>> | undefined

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'asp-outbox-'))
  })
  afterAll(async () => {
    await portal?.stop()
    await mail?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('sends each email queued before a SIGKILL exactly once after the restart', async () => {
    const smtpPort = await freePort()
    // Real email, so no demo mailbox (the BFF refuses both at once in production).
    const env = { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, DEV_MAILBOX: 'false' }
    portal = await startPortal({ dataDir, env })
    const client = new Client(portal.baseURL)
    for (const email of recipients) {
      const res = await client.send('POST', '/api/password-resets', { email })
      expect(res.status).toBe(202)
    }
    // A reset email is made just after the answer, by design (the answer must not say whether
    // the account exists), so the kill waits a moment for them to be queued: half a second, for
    // one insert each. Nothing listens on the mail port yet: if the worker (every 2 seconds) tries
    // one meanwhile, it fails, and the email waits 30 seconds before it is tried again.
    await new Promise((resolve) => setTimeout(resolve, 500))
    await portal.kill()

    mail = await startMailServer(smtpPort)
    portal = await startPortal({ dataDir, env })
    // A failed attempt, if there was one, waits 30 seconds before the next.
    // The BFF's own jobs may email too (a manager is told of a crisis with no worker): only the
    // password reset emails are this test's.
    const resets = () =>
      mail!.received.filter((message) =>
        /^Subject: Reset your Adoption support password$/m.test(message.data),
      )
    const deadline = Date.now() + 90_000
    while (resets().length < recipients.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    // Two more turns of the worker (every 2 seconds), for any second sending to show.
    await new Promise((resolve) => setTimeout(resolve, 5_000))

    expect(
      resets()
        .flatMap((message) => message.to)
        .sort(),
    ).toEqual([...recipients].sort())
    console.log(
      `[outbox] ${recipients.length} emails queued with the mail server down, BFF killed; after the restart ${resets().length} sent, one to each`,
    )
  })
})
