// A PostgreSQL restart under a running portal (issue 21): while the database is down every API
// request is answered 503 with Retry-After and the contract's body, never a 500 or the driver's
// words; when it is back the same session carries on without the BFF being restarted. The spec
// runs a PostgreSQL server of its own, since it stops it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from './support/accounts.ts'
import { signInByEmail } from './support/api-client.ts'
import { startPortal, type RunningPortal } from './support/server.ts'

interface ThrowawayPostgres {
  url: string
  stop: () => void
  halt: () => void
  resume: () => void
}

const scripts = new URL('../../scripts/', import.meta.url)

describe('a PostgreSQL restart under the portal', { timeout: 180_000 }, () => {
  let postgres: ThrowawayPostgres
  let portal: RunningPortal | undefined

  beforeAll(async () => {
    const { startPostgres } = (await import(new URL('postgres.mjs', scripts).href)) as {
      startPostgres: () => Promise<ThrowawayPostgres>
    }
    postgres = await startPostgres()
    portal = await startPortal({
      env: {
        DATABASE_URL: postgres.url,
        SEED_DEMO_DATA: 'always',
        AUTH_SECRET: 'database-restart-test-secret-0123456789abcdef',
        // Every 503 while the database is down is logged as an error, with its stack: hundreds of
        // them, which would bury the suite's own output. The answers are what this spec checks.
        LOG_LEVEL: 'fatal',
      },
    })
  })
  afterAll(async () => {
    await portal?.stop()
    postgres?.stop()
  })

  it('answers 503 with Retry-After while it is down, under load, and carries on when it is back', async () => {
    const client = await signInByEmail(portal!.baseURL, demoEmail('adopter'))
    const requests = () => client.send('GET', '/api/my/support-requests')
    expect((await requests()).status).toBe(200)

    // 20 clients read all the while: through the stop, the time it is down and the start.
    const answers: { status: number; retryAfter: string | null; body: string }[] = []
    let loading = true
    const load = Array.from({ length: 20 }, async () => {
      while (loading) {
        try {
          const res = await requests()
          answers.push({
            status: res.status,
            retryAfter: res.headers.get('retry-after'),
            body: JSON.stringify(res.body),
          })
        } catch {
          answers.push({ status: 0, retryAfter: null, body: '' })
        }
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 500))

    postgres.halt()
    try {
      for (const res of [await requests(), await client.send('GET', '/api/ready')]) {
        expect(res.status).toBe(503)
        expect(res.headers.get('retry-after')).toBe('5')
        expect(res.body.code).toBe('SERVICE_UNAVAILABLE')
        expect(JSON.stringify(res.body)).not.toMatch(/ECONN|terminat|postgres|127\.0\.0\.1/i)
      }
    } finally {
      postgres.resume()
    }

    // The pool opens new connections as they are asked for: the first request may still meet one
    // that closed, so it tries for a few seconds, as a client told "Retry-After" would.
    let status = 0
    for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) {
      status = (await requests()).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 500))
    loading = false
    await Promise.all(load)

    // Every answer under load was a success or a 503 that says when to try again: no 500, no
    // dropped connection, nothing of the driver's.
    const byStatus = new Map<number, typeof answers>()
    for (const answer of answers) {
      byStatus.set(answer.status, [...(byStatus.get(answer.status) ?? []), answer])
    }
    console.log(
      `[database restart] ${answers.length} answers under load: ` +
        [...byStatus].map(([code, list]) => `${code}×${list.length}`).join(', '),
    )
    expect([...byStatus.keys()].sort()).toEqual([200, 503])
    for (const answer of byStatus.get(503) ?? []) {
      expect(answer.retryAfter).toBe('5')
      expect(answer.body).toContain('SERVICE_UNAVAILABLE')
    }

    const asked = await client.send('POST', '/api/my/support-requests', {
      idempotencyKey: crypto.randomUUID(),
      categories: ['advice'],
      description: 'After the database came back: we would like advice.',
      urgency: 'routine',
      contactMethod: 'portal',
    })
    expect(asked.status).toBe(201)
  })
})
