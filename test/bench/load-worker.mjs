// The load generator's own thread (see load.ts): autocannon runs here, not on the event loop of the
// BFF it measures, so the two share the machine's cores the way a client and a server would.
// Plain JavaScript: a worker thread starts without the TypeScript loader of the script that made it.
import { randomUUID } from 'node:crypto'
import { parentPort, workerData } from 'node:worker_threads'
import autocannon from 'autocannon'

/** @type {import('./load.ts').LoadPlan} */
const plan = workerData
let next = 0
/** Response times (ms) of every 2xx answer, and counts of the other statuses. */
const times = []
const statuses = new Map()

const body = () =>
  plan.body === undefined
    ? undefined
    : JSON.stringify(
        plan.freshIdempotencyKey ? { ...plan.body, idempotencyKey: randomUUID() } : plan.body,
      )

const options = {
  url: plan.url,
  connections: plan.connections,
  duration: plan.seconds,
  headers: plan.headers,
  requests: [
    {
      method: plan.method,
      setupRequest: (req) => {
        const path = plan.paths[next++ % plan.paths.length]
        const sent = body()
        return { ...req, path, ...(sent === undefined ? {} : { body: sent }) }
      },
    },
  ],
}

const instance = autocannon(options, (error, raw) => {
  if (error) throw error
  // Off the main thread autocannon hands back its raw counts, not its summary.
  parentPort.postMessage({
    times: Float64Array.from(times),
    statuses: [...statuses],
    requestsPerSecond: raw.totalCompletedRequests / raw.duration,
    errors: raw.errors,
    non2xx: raw.non2xx,
  })
})
instance.on('response', (_client, status, _bytes, responseTime) => {
  if (status >= 200 && status < 300) times.push(responseTime)
  else statuses.set(status, (statuses.get(status) ?? 0) + 1)
})
