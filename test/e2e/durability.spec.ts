// No acknowledged write lost (issue 21): 50 clients ask for support and send messages while the
// BFF is killed with SIGKILL, as a crash or a pulled plug would end it. It is started again on the
// same data, and then every write whose answer said it succeeded is there, as it was sent; every
// write that had no answer, sent again with its idempotency key, is made exactly once: none is
// half-made, none doubled. On the embedded database (PGlite, on disk), and on PostgreSQL when the
// suite runs there (`E2E_DATABASE_URL`: a database of its own on that server).
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createEmptyPostgresDatabase } from '@asp/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from './support/accounts.ts'
import { signInByEmail, type Client } from './support/api-client.ts'
import { startPortal, type RunningPortal } from './support/server.ts'

const writers = 50
/** How many writes are answered before the kill: enough that many more are in flight. */
const answeredBeforeKill = 150

interface Write {
  kind: 'request' | 'message'
  key: string
  text: string
  /** The request a message is for, or the request made once answered. */
  requestId?: string
  answered: boolean
}

function askBody(key: string, text: string) {
  return {
    idempotencyKey: key,
    categories: ['advice'],
    description: text,
    urgency: 'routine',
    contactMethod: 'portal',
  }
}

/**
 * One client's writes until `stop()`: it asks for support, then sends two messages about it, and
 * again. Each write is recorded before it is sent, and marked answered only on a 2xx.
 */
async function write(client: Client, run: string, n: number, log: Write[], stop: () => boolean) {
  for (let round = 0; !stop(); round += 1) {
    const request: Write = {
      kind: 'request',
      key: randomUUID(),
      text: `Durability ${run} writer ${n} round ${round}: we would like advice.`,
      answered: false,
    }
    log.push(request)
    try {
      const res = await client.send(
        'POST',
        '/api/my/support-requests',
        askBody(request.key, request.text),
      )
      if (res.status !== 201) return
      request.answered = true
      request.requestId = res.body.id as string
    } catch {
      return
    }
    for (let m = 0; m < 2 && !stop(); m += 1) {
      const message: Write = {
        kind: 'message',
        key: randomUUID(),
        text: `Durability ${run} writer ${n} round ${round} message ${m}.`,
        requestId: request.requestId,
        answered: false,
      }
      log.push(message)
      try {
        const res = await client.send(
          'POST',
          `/api/my/support-requests/${request.requestId}/messages`,
          { idempotencyKey: message.key, body: message.text },
        )
        if (res.status !== 201) return
        message.answered = true
      } catch {
        return
      }
    }
  }
}

/** A PostgreSQL database of this spec's own on the suite's server, or undefined on PGlite. */
function ownPostgresDatabase() {
  const url = process.env.E2E_DATABASE_URL
  return url ? createEmptyPostgresDatabase(url) : undefined
}

const engine = process.env.E2E_DATABASE_URL ? 'PostgreSQL' : 'PGlite on disk'

describe(`a crash loses no acknowledged write (${engine})`, { timeout: 240_000 }, () => {
  let dataDir = ''
  let env: NodeJS.ProcessEnv = {}
  let portal: RunningPortal | undefined
  let database: Awaited<ReturnType<typeof ownPostgresDatabase>>

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'asp-durability-'))
    database = await ownPostgresDatabase()
    env = database
      ? {
          DATABASE_URL: database.url,
          SEED_DEMO_DATA: 'always',
          AUTH_SECRET: 'durability-test-on-postgresql-secret-0123456789',
        }
      : {}
  })
  afterAll(async () => {
    await portal?.stop()
    await database?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps every answered write after SIGKILL, and makes each unanswered one once when sent again', async () => {
    const run = randomUUID().slice(0, 8)
    portal = await startPortal({ dataDir, env })
    const clients = await Promise.all([
      signInByEmail(portal.baseURL, demoEmail('adopter')),
      signInByEmail(portal.baseURL, demoEmail('adopter-b')),
    ])

    const countRequests = async (client: Client) =>
      ((await client.send('GET', '/api/my/support-requests')).body.requests as unknown[]).length
    const before = await Promise.all(clients.map(countRequests))

    const log: Write[] = []
    let stopped = false
    const writing = Array.from({ length: writers }, (_, n) =>
      write(clients[n % clients.length]!, run, n, log, () => stopped),
    )
    while (log.filter((w) => w.answered).length < answeredBeforeKill) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await portal.kill()
    stopped = true
    await Promise.all(writing)

    const answered = log.filter((w) => w.answered)
    const unanswered = log.filter((w) => !w.answered)
    expect(answered.length).toBeGreaterThanOrEqual(answeredBeforeKill)
    // The kill came while writes were in flight, or the test proves less than it says.
    expect(unanswered.length).toBeGreaterThan(0)

    portal = await startPortal({ dataDir, env })
    for (const client of clients) client.baseURL = portal.baseURL
    const restarted = await Promise.all(clients.map(countRequests))
    const owner = (w: Write) => clients[Number(/writer (\d+)/.exec(w.text)![1]) % clients.length]!

    // Every answered request is there as it was sent, with every answered message.
    for (const request of answered.filter((w) => w.kind === 'request')) {
      const res = await owner(request).send('GET', `/api/my/support-requests/${request.requestId}`)
      expect(res.status).toBe(200)
      expect(res.body.description).toBe(request.text)
      const bodies = (res.body.messages as { body: string }[]).map((m) => m.body)
      for (const message of answered.filter(
        (w) => w.kind === 'message' && w.requestId === request.requestId,
      )) {
        expect(bodies.filter((body) => body === message.text)).toHaveLength(1)
      }
    }

    // Each unanswered write, sent again with its key, is made (or found) exactly once.
    for (const request of unanswered.filter((w) => w.kind === 'request')) {
      const res = await owner(request).send(
        'POST',
        '/api/my/support-requests',
        askBody(request.key, request.text),
      )
      expect(res.status).toBe(201)
      request.requestId = res.body.id as string
    }
    for (const message of unanswered.filter((w) => w.kind === 'message')) {
      const res = await owner(message).send(
        'POST',
        `/api/my/support-requests/${message.requestId}/messages`,
        { idempotencyKey: message.key, body: message.text },
      )
      expect(res.status).toBe(201)
    }

    // Now every write is there once: as many of this run's requests as were written, each with
    // its messages once.
    const requests = log.filter((w) => w.kind === 'request')
    const after = await Promise.all(clients.map(countRequests))
    expect(after).toEqual(
      clients.map((client, c) => before[c]! + requests.filter((r) => owner(r) === client).length),
    )
    for (const request of requests) {
      const res = await owner(request).send('GET', `/api/my/support-requests/${request.requestId}`)
      expect(res.status).toBe(200)
      expect(res.body.description).toBe(request.text)
      const bodies = (res.body.messages as { body: string }[]).map((m) => m.body)
      const expected = log.filter((w) => w.kind === 'message' && w.requestId === request.requestId)
      expect(bodies.filter((body) => body.startsWith(`Durability ${run} `)).sort()).toEqual(
        expected.map((m) => m.text).sort(),
      )
    }
    const made = new Set(requests.map((r) => r.requestId))
    expect(made.size).toBe(requests.length)
    const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0)
    const answeredRequests = answered.filter((w) => w.kind === 'request').length
    console.log(
      `[durability, ${engine}] ${writers} clients; before the kill ${answered.length} writes answered` +
        ` (${answeredRequests} requests), ${unanswered.length} unanswered; after the restart` +
        ` ${sum(restarted) - sum(before) - answeredRequests} of the unanswered requests were there` +
        ` (made, answer lost), and sending each unanswered write again made it once`,
    )
  })
})
