// Load benchmark: `npm run bench`. Serves the BFF in this process on an in-memory PGlite database
// with demo data, and a bare Express app answering the same JSON as the baseline, then loads each
// endpoint with autocannon on 127.0.0.1 for a fixed time. Prints requests per second, latency and
// the ratio to the baseline measured in the same run. It asserts nothing: figures vary ±40% run to
// run on shared machines, so compare only within one run.
import type { Server } from 'node:http'
import autocannon from 'autocannon'
import express from 'express'
import { createApp, createLogger, listen, seedDemoAccounts } from '@asp/bff'
import { demoEmail, demoStaff } from '@asp/db'
import { createDatabase } from '@asp/db'

const benchSecret = 'bench-secret-that-is-long-enough-0123456789'
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 5)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)

interface Figures {
  name: string
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
}

function portOf(server: Server) {
  const address = server.address()
  return typeof address === 'object' && address ? address.port : 0
}

async function load(name: string, url: string): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: durationSeconds })
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  }
}

const baselineApp = express()
baselineApp.get('/api/health', (_req, res) => {
  res.json({ status: 'ok' })
})
const baseline = await listen(baselineApp, 0, '127.0.0.1')

const database = await createDatabase({ seed: 'always' })
await seedDemoAccounts(database.db, benchSecret)
const portal = await listen(
  createApp({
    config: {
      env: 'test',
      webDistDir: '',
      trustProxyHops: 0,
      publicUrl: 'http://127.0.0.1',
      devMailbox: false,
      textMessages: false,
      authSecret: benchSecret,
    },
    database,
    logger: createLogger('silent'),
  }),
  0,
  '127.0.0.1',
)

const portalUrl = `http://127.0.0.1:${portOf(portal)}`
console.log(`Benchmark: ${durationSeconds} s per endpoint, ${connections} connections, 127.0.0.1`)
const results = [
  await load(
    'baseline: bare Express, GET /api/health',
    `http://127.0.0.1:${portOf(baseline)}/api/health`,
  ),
  await load('BFF GET /api/health (full middleware)', `${portalUrl}/api/health`),
  await load('BFF GET /api/ready (database ping)', `${portalUrl}/api/ready`),
  await load('BFF GET /api/service-info (join, PGlite)', `${portalUrl}/api/service-info`),
]
const base = results[0]?.requestsPerSecond ?? 1

console.log('')
console.log(
  `${'endpoint'.padEnd(44)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'× baseline'.padStart(11)}`,
)
for (const r of results) {
  console.log(
    `${r.name.padEnd(44)} ${r.requestsPerSecond.toFixed(0).padStart(8)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(7)} ${(r.requestsPerSecond / base).toFixed(2).padStart(11)}`,
  )
}

// Sign-in answers must not tell a wrong password from an unknown email, in words or in time.
async function timeSignIn(email: string) {
  const started = performance.now()
  const res = await fetch(`${portalUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'not-the-password-at-all' }),
  })
  await res.arrayBuffer()
  return { ms: performance.now() - started, status: res.status }
}
const accounts = [...demoStaff.map((s) => s.key), 'adopter', 'adopter-b', 'birth-relative']
const wrong: number[] = []
const unknown: number[] = []
for (const [n, key] of accounts.entries()) {
  const a = await timeSignIn(demoEmail(key))
  const b = await timeSignIn(`nobody-${n}@example.invalid`)
  if (a.status !== 401 || b.status !== 401) throw new Error(`Unexpected ${a.status} / ${b.status}`)
  wrong.push(a.ms)
  unknown.push(b.ms)
}
const median = (values: number[]) =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0
console.log('')
console.log(
  `Sign-in with a wrong password, median of ${wrong.length}: ${median(wrong).toFixed(1)} ms`,
)
console.log(
  `Sign-in with an unknown email, median of ${unknown.length}: ${median(unknown).toFixed(1)} ms`,
)
console.log(`Ratio unknown / wrong: ${(median(unknown) / median(wrong)).toFixed(2)}`)

await new Promise((resolve) => portal.close(resolve))
await new Promise((resolve) => baseline.close(resolve))
await database.close()
